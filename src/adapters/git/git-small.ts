import { runGit, type GitProcessOptions } from './git-process';

/** Options of `runGitSmall`. */
export interface GitSmallOptions {
  /**
   * Whether the workspace is trusted (a function is asked at the call). Required: every caller
   * must say where its answer comes from (`vscode.workspace.isTrusted`, or true in the CLI, which
   * the person ran themselves). An untrusted call is refused without starting git.
   */
  readonly trusted: GitProcessOptions['trusted'];
  readonly signal?: AbortSignal;
  /** Base environment (default `process.env`): the CLI passes its own, so HOME decides which global config is read. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs a small git command (`config --get user.email`, `rev-parse HEAD`) through the same hardened
 * runner as history reads and resolves with its stdout; rejects with a GitReadError when git fails,
 * is missing, or the workspace is untrusted. Not for history: its output is collected whole.
 */
export async function runGitSmall(cwd: string, args: readonly string[], options: GitSmallOptions): Promise<string> {
  const r = await runGit({ trusted: options.trusted, ...(options.env ? { env: options.env } : {}) }, { cwd, args, ...(options.signal ? { signal: options.signal } : {}) });
  return r.stdout;
}
