import { runGitSmall } from '../git/git-small';

export interface GitIdentity {
  readonly name?: string;
  readonly email?: string;
}

/** `user.name` and `user.email` as git would use them in this repository; nothing is read when `trusted` says no. */
export async function readGitIdentity(repoRoot: string, trusted: boolean | (() => boolean)): Promise<GitIdentity> {
  const [name, email] = await Promise.all([
    runGitSmall(repoRoot, ['config', '--get', 'user.name'], { trusted }).catch(() => undefined),
    runGitSmall(repoRoot, ['config', '--get', 'user.email'], { trusted }).catch(() => undefined),
  ]);
  return { name: name?.trim() || undefined, email: email?.trim() || undefined };
}
