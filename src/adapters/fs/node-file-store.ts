import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { GrowthFileStore } from '../../core/ports';
import { decodeText } from '../../core/text/decode';
import { MAX_GROWTH_FILE_BYTES } from '../../core/limits';
import { resolveInside } from './safe-path';

/**
 * The growth file store on the real file system, for the CLI (the editor has its own, which goes
 * through open buffers). Paths are relative to `root`; one that would leave it is refused.
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
    const tmp = tempName(file);
    await fs.writeFile(tmp, text, { flag: 'wx' });
    try {
      // link() fails when the target exists, so the complete file appears at once and never replaces another.
      await fs.link(tmp, file);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // File systems without hard links (FAT, some network shares): exclusive create instead.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return exclusiveWrite(file, text);
      throw e;
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  async append(rel: string, text: string, header = ''): Promise<void> {
    if ((await this.read(rel)) === undefined) {
      if (await this.create(rel, header + text)) return;
    }
    await fs.appendFile(await resolveInside(this.root, rel), text, { encoding: 'utf8' });
  }

  async insert(rel: string, offset: number, text: string, expectedText: string): Promise<void> {
    const file = await resolveInside(this.root, rel);
    const bytes = await fs.readFile(file);
    const decoded = decodeText(bytes);
    if (decoded.text !== expectedText) {
      throw new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    }
    if (decoded.invalidUtf8) throw new Error(`${rel} has bytes that are not valid UTF-8; save it as UTF-8 first, nothing was written`);
    // Splice bytes, not text, so a byte-order mark and every existing byte stay exactly as they were.
    const at = Buffer.byteLength(expectedText.slice(0, offset), 'utf8') + (hasBom(bytes) ? 3 : 0);
    const next = Buffer.concat([bytes.subarray(0, at), Buffer.from(text, 'utf8'), bytes.subarray(at)]);
    const tmp = tempName(file);
    await fs.writeFile(tmp, next, { flag: 'wx' });
    await fs.rename(tmp, file);
  }

  async update(rel: string, expectedText: string | undefined, newText: string): Promise<void> {
    const changed = () => new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    if (expectedText === undefined) {
      if (!(await this.create(rel, newText))) throw changed();
      return;
    }
    const file = await resolveInside(this.root, rel);
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
    const next = Buffer.concat([hasBom(bytes) ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(newText, 'utf8')]);
    const tmp = tempName(file);
    await fs.writeFile(tmp, next, { flag: 'wx' });
    try {
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
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

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/** Whether a path exists and is readable. */
export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.access(p, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
