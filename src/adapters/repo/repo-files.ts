import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readSmallFile } from '../fs/small-file';

/** `.git/HEAD`, a loose ref, a `.git` pointer or `commondir` file: a few dozen bytes in any real repository. */
const SMALL_FILE_BYTES = 4096;
/** `packed-refs` of a large repository with many tags runs to megabytes; beyond this it is not read. */
const PACKED_REFS_BYTES = 32 * 1024 * 1024;

/**
 * Facts about a repository read straight from its `.git` files — no git process, so they are safe
 * in an untrusted workspace and cheap on activation. Anything unusual yields `undefined`, never a throw.
 */

/** The nearest folder at or above `start` that holds a `.git` folder or file (the repository top level). */
export async function findRepoRoot(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    try {
      await fs.stat(path.join(dir, '.git'));
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

/** The git directory of a work tree: `.git` itself, or where a `.git` file (worktrees, submodules) points. */
export async function gitDir(root: string): Promise<string | undefined> {
  const dotGit = path.join(root, '.git');
  try {
    const stat = await fs.stat(dotGit);
    if (stat.isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec((await readSmallFile(dotGit, SMALL_FILE_BYTES)) ?? '');
    return pointer?.[1] ? path.resolve(root, pointer[1].trim()) : undefined;
  } catch {
    return undefined;
  }
}

export interface HeadState {
  /** Branch name, or undefined when HEAD is detached. */
  readonly branch?: string;
  /** Full commit id HEAD points at, when there is one. */
  readonly sha?: string;
}

/** Reads HEAD: the current branch and the commit it points at (loose or packed ref). */
export async function readHead(root: string): Promise<HeadState | undefined> {
  const dir = await gitDir(root);
  if (!dir) return undefined;
  const head = (await readSmallFile(path.join(dir, 'HEAD'), SMALL_FILE_BYTES))?.trim();
  if (head === undefined) return undefined;
  if (/^[0-9a-f]{40,64}$/.test(head)) return { sha: head };
  const ref = /^ref:\s*(refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const sha = await resolveRef(dir, ref);
  return sha === undefined ? { branch } : { branch, sha };
}

async function resolveRef(dir: string, ref: string): Promise<string | undefined> {
  if (ref.split('/').includes('..')) return undefined;
  const common = await commonDir(dir);
  for (const base of [dir, common]) {
    const value = (await readSmallFile(path.join(base, ref), SMALL_FILE_BYTES))?.trim();
    if (value !== undefined && /^[0-9a-f]{40,64}$/.test(value)) return value;
    // not a loose ref here; try packed-refs
  }
  const packed = (await readSmallFile(path.join(common, 'packed-refs'), PACKED_REFS_BYTES)) ?? '';
  for (const line of packed.split('\n')) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return undefined;
}

async function commonDir(dir: string): Promise<string> {
  const rel = (await readSmallFile(path.join(dir, 'commondir'), SMALL_FILE_BYTES))?.trim();
  return rel ? path.resolve(dir, rel) : dir;
}
