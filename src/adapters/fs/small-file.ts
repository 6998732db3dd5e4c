import { constants, promises as fs } from 'node:fs';

/**
 * Reads a small file of a repository's own (`.git/HEAD`, a ref, a `.git` pointer file) that the
 * repository could have replaced by something hostile: a FIFO would block a plain read forever,
 * `/dev/zero` would fill memory. The file is opened without blocking, checked to be a regular file
 * on the open handle itself (no window between a check and the read), and read only up to
 * `maxBytes`. Anything else — missing, not a regular file, larger than the cap — is undefined.
 */
export async function readSmallFile(file: string, maxBytes: number): Promise<string | undefined> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    // A file growing while read past the cap is refused too.
    while (length <= maxBytes) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return undefined;
    return buffer.toString('utf8', 0, length);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
