import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Which git to run. Git runs with its working folder set to the repository, and on Windows a
 * program lookup by bare name tries the working folder before PATH: a `git.exe` committed to a
 * cloned repository would run instead of the real one. So on Windows git is found here, in PATH's
 * absolute folders only, and spawned by its full path. Elsewhere a bare-name lookup searches PATH
 * alone, and `git` is spawned as before.
 */

/** Whether a path is a file this process may run. */
export type RunnableCheck = (file: string) => boolean;

/** Where to look: the environment, and the platform whose rules apply. */
export interface GitLookup {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** Default: a regular file that is executable (on Windows, any regular file). */
  readonly isRunnable?: RunnableCheck;
}

/** Windows' default PATHEXT, for an environment without one. */
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/**
 * The absolute path of the first `git` in PATH, or undefined. Relative and empty PATH entries are
 * skipped (they would mean the repository's folder). On Windows the names tried are `git` plus
 * each PATHEXT extension in order, except `.bat` and `.cmd`: Node refuses to start those without a
 * shell, and this project never uses one (Git for Windows puts `git.exe` on PATH).
 */
export function findGitOnPath(lookup: GitLookup): string | undefined {
  const windows = lookup.platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  const isRunnable = lookup.isRunnable ?? (windows ? isFile : isExecutableFile);
  const names = windows
    ? (variable(lookup.env, 'PATHEXT', true) || DEFAULT_PATHEXT)
        .split(';')
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e.startsWith('.') && e !== '.bat' && e !== '.cmd')
        .map((e) => `git${e}`)
    : ['git'];
  for (const raw of (variable(lookup.env, 'PATH', windows) ?? '').split(windows ? ';' : ':')) {
    const dir = windows ? raw.trim().replace(/^"(.*)"$/, '$1') : raw;
    if (dir === '' || !p.isAbsolute(dir)) continue;
    for (const name of names) {
      const candidate = p.join(dir, name);
      if (isRunnable(candidate)) return candidate;
    }
  }
  return undefined;
}

const found = new Map<string, string>();

/**
 * The git to spawn for an environment: on Windows the absolute path `findGitOnPath` gives
 * (looked up once per PATH and PATHEXT; undefined when there is none), elsewhere `git`.
 */
export function gitCommand(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform !== 'win32') return 'git';
  const key = `${variable(env, 'PATH', true) ?? ''}\u0000${variable(env, 'PATHEXT', true) ?? ''}`;
  const known = found.get(key);
  if (known !== undefined) return known;
  // A miss is not remembered: git may be installed while the editor stays open.
  const git = findGitOnPath({ env, platform });
  if (git !== undefined) found.set(key, git);
  return git;
}

/** Forgets a found git that could not be started (uninstalled or moved since). */
export function forgetGitCommand(command: string): void {
  for (const [key, value] of found) if (value === command) found.delete(key);
}

/** An environment variable; Windows names ignore case (`Path`). */
function variable(env: Readonly<Record<string, string | undefined>>, name: string, ignoreCase: boolean): string | undefined {
  if (!ignoreCase || env[name] !== undefined) return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isExecutableFile(file: string): boolean {
  if (!isFile(file)) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
