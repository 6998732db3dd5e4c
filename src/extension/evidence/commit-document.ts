import * as vscode from 'vscode';
import type { HostAdapters } from '../host-adapters';

export const COMMIT_SCHEME = 'growth-ledger-commit';

/** A read-only document URI showing one commit of a repository. */
export function commitUri(repoPath: string, sha: string): vscode.Uri {
  return vscode.Uri.from({ scheme: COMMIT_SCHEME, path: `/${sha.slice(0, 12)}.txt`, query: new URLSearchParams({ repo: repoPath, sha }).toString() });
}

/**
 * Shows a commit (message, trailers, files changed — no patch) so an evidence item such as a review
 * can be checked where it came from. Trusted workspaces only; git runs through the hardened runner.
 */
export class CommitDocumentProvider implements vscode.TextDocumentContentProvider {
  /** `knownRepos` lists where git may run; a URI naming any other folder is refused. */
  constructor(
    private readonly knownRepos: () => Promise<readonly string[]>,
    private readonly git: Pick<HostAdapters, 'runGit'>,
  ) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const query = new URLSearchParams(uri.query);
    const repo = query.get('repo') ?? '';
    const sha = query.get('sha') ?? '';
    if (!/^[0-9a-f]{7,64}$/.test(sha)) return `"${sha}" is not a commit id.`;
    if (!vscode.workspace.isTrusted) return 'This workspace is not trusted, so Growth Ledger runs no git here.';
    if (!(await this.knownRepos()).includes(repo)) return `${repo} is not a repository Growth Ledger mines in this workspace.`;
    try {
      const trusted = () => vscode.workspace.isTrusted;
      // A blob or tree id would make `show` print the whole object: only commits are shown.
      await this.git.runGit(repo, ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], { trusted });
      return await this.git.runGit(repo, ['show', '--stat', '--format=fuller', '--no-textconv', '--no-ext-diff', '--no-color', sha, '--'], { trusted });
    } catch (e) {
      return `Could not show ${sha.slice(0, 12)} in ${repo}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}
