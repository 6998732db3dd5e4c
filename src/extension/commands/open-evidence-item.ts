import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { commitUri } from '../evidence/commit-document';
import { knownRepoPaths, repoByName } from '../evidence/known-repos';

export interface OpenEvidenceArgs {
  readonly path?: string;
  readonly line?: number;
  readonly sha?: string;
  /** Name of the repository a git item came from (its folder name). */
  readonly repo?: string;
}

/**
 * Opens what an evidence item points at: its file at its line, or its commit (read-only) when it has
 * no file. The arguments can come from anywhere a command can be invoked, so they are checked: the
 * file must stay inside a known repository and the commit id must look like one.
 */
export class OpenEvidenceItemCommand implements Command {
  readonly id = COMMAND_IDS.openEvidenceItem;

  constructor(private readonly workspaces: GrowthWorkspaceProvider) {}

  async execute(raw?: unknown): Promise<void> {
    const args = parseArgs(raw);
    if (!args) throw new Error('this evidence item has nothing to open');
    const ws = await this.workspaces.require();
    let repoPath = ws.root.fsPath;
    if (args.repo) {
      const found = repoByName(await knownRepoPaths(ws), args.repo);
      if (!found) throw new Error(`repository "${args.repo}" is not one Growth Ledger mined here; open it from its own window`);
      repoPath = found;
    }
    if (args.path) {
      const file = path.resolve(repoPath, ...args.path.split(/[\\/]/));
      const rel = path.relative(repoPath, file);
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`${args.path} is outside the repository`);
      const uri = vscode.Uri.file(file);
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        void vscode.window.showWarningMessage(`${args.path} is no longer in the working tree${args.sha ? ` (it was in commit ${args.sha.slice(0, 10)})` : ''}.`);
        return;
      }
      const line = Math.max(0, (args.line ?? 1) - 1);
      const editor = await vscode.window.showTextDocument(uri, { preview: true });
      const at = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      return;
    }
    if (args.sha) {
      if (!ws.trusted) throw new Error('this workspace is not trusted, so Growth Ledger runs no git to show the commit');
      const doc = await vscode.workspace.openTextDocument(commitUri(repoPath, args.sha));
      await vscode.window.showTextDocument(doc, { preview: true });
    }
  }
}

function parseArgs(raw: unknown): OpenEvidenceArgs | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const text = (v: unknown, max: number) => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined);
  const line = typeof r['line'] === 'number' && Number.isInteger(r['line']) && r['line'] > 0 ? r['line'] : undefined;
  const sha = text(r['sha'], 64);
  const args = {
    path: text(r['path'], 4096),
    line,
    sha: sha && /^[0-9a-f]{7,64}$/.test(sha) ? sha : undefined,
    repo: text(r['repo'], 255),
  };
  return args.path || args.sha ? args : undefined;
}
