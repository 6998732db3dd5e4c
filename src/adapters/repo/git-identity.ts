import { runGitSmall } from '../git/git-small';

export interface GitIdentity {
  readonly name?: string;
  readonly email?: string;
}

/**
 * `user.name` and `user.email` as git would use them in this repository; nothing is read when
 * `trusted` says no. `env` (default `process.env`) decides which global configuration git reads.
 */
export async function readGitIdentity(repoRoot: string, trusted: boolean | (() => boolean), env?: Readonly<Record<string, string | undefined>>): Promise<GitIdentity> {
  const options = { trusted, ...(env ? { env } : {}) };
  const [name, email] = await Promise.all([
    runGitSmall(repoRoot, ['config', '--get', 'user.name'], options).catch(() => undefined),
    runGitSmall(repoRoot, ['config', '--get', 'user.email'], options).catch(() => undefined),
  ]);
  return { name: name?.trim() || undefined, email: email?.trim() || undefined };
}
