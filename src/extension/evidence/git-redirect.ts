import { lstat, readFile, realpath } from 'node:fs/promises';
import * as path from 'node:path';

/** A `.git` file is one line; anything bigger is not one git wrote. */
const MAX_POINTER_BYTES = 4096;
/** A repository's own config is small; a bigger one is not read (and not trusted to say anything). */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Where a folder's git data or working tree really is, when a file in the folder says it is
 * somewhere else (issue 11, fault 9): a `.git` file (`gitdir: PATH`) or link, or `core.worktree` in
 * `.git/config`. Read from the files alone — git is never run, so this is safe before the person
 * has trusted the workspace — and only from regular files under a small size.
 */
export interface GitRedirect {
  readonly via: '.git file' | '.git link' | 'core.worktree';
  /** The path named, resolved against the folder (links not resolved). */
  readonly target: string;
}

async function smallRegularFile(file: string, max: number): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > max) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}

async function same(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realpath(a).catch(() => path.resolve(a)), realpath(b).catch(() => path.resolve(b))]);
  return ra === rb;
}

/**
 * `core.worktree` from a config file's text: the last value in a plain `[core]` section, quotes and
 * trailing comments removed. Includes are not followed (a known limit, see SECURITY.md).
 */
export function coreWorktree(configText: string): string | undefined {
  let section = '';
  let value: string | undefined;
  for (const raw of configText.split(/\r?\n/)) {
    const header = /^\s*\[\s*([A-Za-z0-9.-]+)\s*(?:"[^"]*")?\s*\]/.exec(raw);
    if (header) {
      // A subsection (`[core "x"]`) is not the core section.
      section = /"/.test(raw.slice(0, raw.indexOf(']'))) ? '' : (header[1] ?? '').toLowerCase();
      continue;
    }
    if (section !== 'core') continue;
    const entry = /^\s*worktree\s*=\s*(.*)$/i.exec(raw);
    if (!entry) continue;
    const text = (entry[1] ?? '').trim();
    value = text.startsWith('"') ? text.slice(1, text.indexOf('"', 1) > 0 ? text.indexOf('"', 1) : undefined) : text.replace(/\s[#;].*$/, '').trim();
  }
  return value === '' ? undefined : value;
}

/**
 * Where the repository in `folder` sends git elsewhere. A linked worktree (`git worktree add`) and
 * a submodule also have a `.git` file naming another folder; they are recognised by the link back
 * that git keeps on the other side (the worktree's `gitdir` file, the submodule's `core.worktree`)
 * naming this folder, which a file in this folder alone cannot forge.
 */
export async function gitRedirects(folder: string): Promise<GitRedirect[]> {
  const dotGit = path.join(folder, '.git');
  const info = await lstat(dotGit).catch(() => undefined);
  if (!info) return [];
  if (info.isSymbolicLink()) return [{ via: '.git link', target: await realpath(dotGit).catch(() => dotGit) }];
  if (info.isFile()) {
    const text = await smallRegularFile(dotGit, MAX_POINTER_BYTES);
    const named = text === undefined ? undefined : /^gitdir:\s*(.+?)\s*$/m.exec(text)?.[1];
    if (!named) return [];
    const target = path.resolve(folder, named);
    const backLink = await smallRegularFile(path.join(target, 'gitdir'), MAX_POINTER_BYTES);
    if (backLink !== undefined && (await same(path.resolve(target, backLink.trim()), dotGit))) return [];
    const config = await smallRegularFile(path.join(target, 'config'), MAX_CONFIG_BYTES);
    const worktree = config === undefined ? undefined : coreWorktree(config);
    if (worktree !== undefined && (await same(path.resolve(target, worktree), folder))) return [];
    return [{ via: '.git file', target }];
  }
  if (!info.isDirectory()) return [];
  const config = await smallRegularFile(path.join(dotGit, 'config'), MAX_CONFIG_BYTES);
  const worktree = config === undefined ? undefined : coreWorktree(config);
  if (worktree === undefined) return [];
  const target = path.resolve(dotGit, worktree);
  return (await same(target, folder)) ? [] : [{ via: 'core.worktree', target }];
}
