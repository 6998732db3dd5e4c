import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Resolves a repository-relative path for reading or writing, refusing anything that would leave the
 * repository: `..` segments, absolute paths, and symbolic links. A cloned repository is untrusted, and
 * a `growth/` folder or ledger file that is a link could otherwise make Log Entry write (or the
 * Problems panel quote) a file anywhere on the machine.
 */
export async function resolveInside(root: string, rel: string): Promise<string> {
  const file = path.resolve(root, rel);
  if (!isWithin(root, file)) throw new Error(`${rel} is outside the repository`);
  const realRoot = await fs.realpath(root);
  // Walk down from the root: every existing component must be a real folder or file, not a link.
  let current = root;
  for (const part of path.relative(root, file).split(path.sep).filter((p) => p !== '')) {
    current = path.join(current, part);
    let stat;
    try {
      stat = await fs.lstat(current);
    } catch {
      break;
    }
    if (stat.isSymbolicLink()) {
      throw new Error(`${path.relative(root, current).split(path.sep).join('/')} is a symbolic link; Growth Ledger does not read or write through links`);
    }
  }
  const parent = await nearestExisting(path.dirname(file));
  if (!isWithin(realRoot, await fs.realpath(parent))) throw new Error(`${rel} is outside the repository`);
  return file;
}

function isWithin(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function nearestExisting(dir: string): Promise<string> {
  for (;;) {
    try {
      await fs.stat(dir);
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return dir;
      dir = parent;
    }
  }
}
