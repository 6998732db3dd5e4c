import { runGit, type GitProcessOptions } from './git-process';

/** Options of `runGitSmall`. */
export interface GitSmallOptions {
  /** Whether the workspace is trusted (default true: the caller has already checked). An untrusted call is refused. */
  readonly trusted?: GitProcessOptions['trusted'];
  readonly signal?: AbortSignal;
}

/**
 * Runs a small git command (`config --get user.email`, `rev-parse HEAD`) through the same hardened
 * runner as history reads and resolves with its stdout; rejects with a GitReadError when git fails,
 * is missing, or the workspace is untrusted. Not for history: its output is collected whole.
 */
export async function runGitSmall(cwd: string, args: readonly string[], options: GitSmallOptions = {}): Promise<string> {
  const r = await runGit({ trusted: options.trusted ?? true }, { cwd, args, ...(options.signal ? { signal: options.signal } : {}) });
  return r.stdout;
}
