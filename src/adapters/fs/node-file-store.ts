import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { GrowthFileStore } from '../../core/ports';
import { decodeText } from '../../core/text/decode';
import { MAX_GROWTH_FILE_BYTES } from '../../core/limits';

/**
 * The growth file store on the real file system, for the CLI (the editor has its own, which goes
 * through open buffers). Paths are relative to `root`; one that would leave it is refused.
 */
export class NodeFileStore implements GrowthFileStore {
  constructor(private readonly root: string) {}

  async read(rel: string): Promise<string | undefined> {
    const file = this.resolve(rel);
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
      return (await fs.readdir(this.resolve(dir))).sort();
    } catch (e) {
      if (isMissing(e) || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
      throw e;
    }
  }

  async create(rel: string, text: string): Promise<boolean> {
    const file = this.resolve(rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = tempName(file);
    await fs.writeFile(tmp, text, { flag: 'wx' });
    try {
      // link() fails when the target exists, so the complete file appears at once and never replaces another.
      await fs.link(tmp, file);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  async append(rel: string, text: string, header = ''): Promise<void> {
    const file = this.resolve(rel);
    if (await this.read(rel) === undefined) {
      if (await this.create(rel, header + text)) return;
    }
    await fs.appendFile(file, text, { encoding: 'utf8' });
  }

  async insert(rel: string, offset: number, text: string, expectedText: string): Promise<void> {
    const current = await this.read(rel);
    if (current !== expectedText) {
      throw new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    }
    const file = this.resolve(rel);
    const next = current.slice(0, offset) + text + current.slice(offset);
    const tmp = tempName(file);
    await fs.writeFile(tmp, next, { flag: 'wx' });
    await fs.rename(tmp, file);
  }

  private resolve(rel: string): string {
    const file = path.resolve(this.root, rel);
    const back = path.relative(this.root, file);
    if (back.startsWith('..') || path.isAbsolute(back)) throw new Error(`${rel} is outside the repository`);
    return file;
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
