import type { GitIdentity } from '../adapters/repo/git-identity';
import type { HeadState } from '../adapters/repo/repo-files';
import type { GitSmallOptions } from '../adapters/git/git-small';
import type { MiningDeps } from '../core/mining/mining-types';

/**
 * The side effects the editor layer needs beyond VS Code's own API, as one small interface. The
 * real implementations (the hardened git runner, `.git` readers) are created in the composition
 * root (`extension.ts`) and handed to the commands and services that need them, so no command
 * reaches an adapter by itself and tests can pass fakes.
 */
export interface HostAdapters {
  /** The branch and commit HEAD points at, read from `.git` without running git. */
  readHead(root: string): Promise<HeadState | undefined>;
  /** `user.name` and `user.email` as git would use them (no git runs when untrusted). */
  readGitIdentity(root: string, trusted: () => boolean): Promise<GitIdentity>;
  /** The git directory of a working tree (for watching HEAD and refs). */
  gitDir(root: string): Promise<string | undefined>;
  /** A small git command through the hardened runner, its output as text. */
  runGit(cwd: string, args: readonly string[], options: GitSmallOptions): Promise<string>;
  /** The git history reader and fact cache mining uses, with the cache in `cacheDir`. */
  miningDeps(cacheDir: string, trusted: () => boolean): MiningDeps;
}
