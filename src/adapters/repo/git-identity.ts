import { runGitSmall } from '../git/git-small';

export interface GitIdentity {
  readonly name?: string;
  readonly email?: string;
}

/** `user.name` and `user.email` as git would use them in this repository (trusted callers only). */
export async function readGitIdentity(repoRoot: string): Promise<GitIdentity> {
  const [name, email] = await Promise.all([
    runGitSmall(repoRoot, ['config', '--get', 'user.name']).catch(() => undefined),
    runGitSmall(repoRoot, ['config', '--get', 'user.email']).catch(() => undefined),
  ]);
  return { name: name?.trim() || undefined, email: email?.trim() || undefined };
}
