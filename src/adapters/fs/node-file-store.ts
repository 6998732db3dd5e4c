import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { GrowthFileStore } from '../../core/ports';
import { decodeText } from '../../core/text/decode';
import { MAX_GROWTH_FILE_BYTES } from '../../core/limits';
import { createFileAtomic, writeFileAtomic } from './atomic-write';
import { withFileLock } from './file-lock';
import { resolveInside } from './safe-path';

/**
 * The growth file store on the real file system, for the CLI (the editor has its own, which goes
 * through open buffers and uses this one for files that are not open). Paths are relative to
 * `root`; one that would leave it is refused. Several processes may write the same file at once
 * (two terminals, the CLI and the editor): appends and inserts hold the file's lock, appends are
 * one write to a file opened for appending, and whole-file writes go through a temporary file and
 * a rename, so a process killed at any moment leaves the old file or the new one.
 */
export class NodeFileStore implements GrowthFileStore {
  constructor(private readonly root: string) {}

  async read(rel: string): Promise<string | undefined> {
    const file = await resolveInside(this.root, rel);
    let stat;
    try {
      stat = await fs.stat(file);
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
    if (!stat.isFile()) throw new Error(`${rel} is not a file`);
    if (stat.size > MAX_GROWTH_FILE_BYTES) {
      throw new Error(`${rel} is ${Math.round(stat.size / 1048576)} MB; growth files over ${MAX_GROWTH_FILE_BYTES / 1048576} MB are not read`);
    }
    return decodeText(await fs.readFile(file)).text;
  }

  async list(dir: string): Promise<string[]> {
    try {
      return (await fs.readdir(await resolveInside(this.root, dir))).sort();
    } catch (e) {
      if (isMissing(e) || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
      throw e;
    }
  }

  async create(rel: string, text: string): Promise<boolean> {
    await fs.mkdir(path.dirname(await resolveInside(this.root, rel)), { recursive: true });
    // Checked again once the folders exist, so a link created among them is caught too.
    const file = await resolveInside(this.root, rel);
    return createFileAtomic(file, text);
  }

  async append(rel: string, text: string, header = ''): Promise<void> {
    const file = await resolveInside(this.root, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await withFileLock(file, async () => {
      if ((await this.read(rel)) === undefined) {
        if (await this.create(rel, header + text)) return;
      }
      await appendOnce(await resolveInside(this.root, rel), Buffer.from(text, 'utf8'));
    });
  }

  async insert(rel: string, offset: number, text: string, expectedText: string): Promise<void> {
    const file = await resolveInside(this.root, rel);
    // Under the lock, so that the check of `expectedText` and the write are one step.
    await withFileLock(file, () => this.insertLocked(rel, file, offset, text, expectedText));
  }

  async update(rel: string, expectedText: string | undefined, newText: string): Promise<void> {
    const changed = () => new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    if (expectedText === undefined) {
      if (!(await this.create(rel, newText))) throw changed();
      return;
    }
    const file = await resolveInside(this.root, rel);
    // Under the lock, so that the check of `expectedText` and the replacement are one step.
    await withFileLock(file, async () => {
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch (e) {
        if (isMissing(e)) throw changed();
        throw e;
      }
      const decoded = decodeText(bytes);
      if (decoded.text !== expectedText) throw changed();
      if (decoded.invalidUtf8) throw new Error(`${rel} has bytes that are not valid UTF-8; save it as UTF-8 first, nothing was written`);
      // A byte-order mark the person's editor put there stays; the rest is the new text.
      await writeFileAtomic(file, Buffer.concat([hasBom(bytes) ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(newText, 'utf8')]));
    });
  }

  private async insertLocked(rel: string, file: string, offset: number, text: string, expectedText: string): Promise<void> {
    const bytes = await fs.readFile(file);
    const decoded = decodeText(bytes);
    if (decoded.text !== expectedText) {
      throw new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    }
    if (decoded.invalidUtf8) throw new Error(`${rel} has bytes that are not valid UTF-8; save it as UTF-8 first, nothing was written`);
    // Splice bytes, not text, so a byte-order mark and every existing byte stay exactly as they were.
    const at = Buffer.byteLength(expectedText.slice(0, offset), 'utf8') + (hasBom(bytes) ? 3 : 0);
    const next = Buffer.concat([bytes.subarray(0, at), Buffer.from(text, 'utf8'), bytes.subarray(at)]);
    await writeFileAtomic(file, next);
  }
}

/**
 * Appends `bytes` with one write to a file opened with O_APPEND: the kernel puts them at the end
 * as one piece, so even a writer that does not take the lock cannot interleave with them. A short
 * write (disk full) continues where it stopped.
 */
async function appendOnce(file: string, bytes: Buffer): Promise<void> {
  const handle = await fs.open(file, 'a');
  try {
    let done = 0;
    while (done < bytes.length) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
  } finally {
    await handle.close();
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}


function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT';
}

