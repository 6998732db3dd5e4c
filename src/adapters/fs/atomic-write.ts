import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Text pieces are gathered up to this many characters before each write. */
const WRITE_BATCH = 1 << 15;

/**
 * Writes a generated file so that any reader, and any crash, sees either the old file or the new
 * one, never a part: the bytes go to a temporary file in the same folder, are flushed to disk, and
 * the temporary file is renamed over the target (a rename within one file system is atomic).
 * Text may come as pieces (a large cache file is never one string in memory), written in order.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const tmp = temporaryNameFor(file);
  try {
    const handle = await fs.open(tmp, 'wx', 0o644);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) {
        await handle.writeFile(data);
      } else {
        let batch: string[] = [];
        let size = 0;
        for (const piece of data) {
          batch.push(piece);
          size += piece.length;
          if (size < WRITE_BATCH) continue;
          await writeAll(handle, batch.join(''));
          batch = [];
          size = 0;
        }
        if (batch.length > 0) await writeAll(handle, batch.join(''));
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** Writes all of `text`: a write may take fewer bytes than it was given. */
async function writeAll(handle: fs.FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/** A hidden, unique name beside `file` (same folder, so the rename stays on one file system). */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Creates `file` with `text`, atomically and never over another file: the complete file appears at
 * once (written beside it, then hard-linked into place — `link` fails when the target exists) or
 * not at all. Resolves false when the file already exists. On file systems without hard links
 * (FAT, some network shares) it falls back to an exclusive create.
 */
export async function createFileAtomic(file: string, text: string): Promise<boolean> {
  const tmp = temporaryNameFor(file);
  await fs.writeFile(tmp, text, { flag: 'wx' });
  try {
    await fs.link(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return exclusiveWrite(file, text);
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

async function exclusiveWrite(file: string, text: string): Promise<boolean> {
  try {
    await fs.writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}
