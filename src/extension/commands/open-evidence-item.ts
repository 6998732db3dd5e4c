import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { commitUri } from '../evidence/commit-document';

export interface OpenEvidenceArgs {
  readonly path?: string;
  readonly line?: number;
  readonly sha?: string;
  /** Name of the repository a git item came from (its folder name). */
  readonly repo?: string;
}

/** Opens what an evidence item points at: its file at its line, or its commit (read-only) when it has no file. */
export class OpenEvidenceItemCommand implements Command {
  readonly id = COMMAND_IDS.openEvidenceItem;

  constructor(private readonly workspaces: GrowthWorkspaceProvider) {}

  async execute(args?: OpenEvidenceArgs): Promise<void> {
    if (!args) return;
    const ws = await this.workspaces.require();
    const repoPath = args.repo ? await this.repoPath(args.repo) : ws.root.fsPath;
    if (args.path) {
      const base = vscode.Uri.file(repoPath);
      const parts = args.path.split('/').filter((p) => p !== '' && p !== '.' && p !== '..');
      const uri = vscode.Uri.joinPath(base, ...parts);
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
      const doc = await vscode.workspace.openTextDocument(commitUri(repoPath, args.sha));
      await vscode.window.showTextDocument(doc, { preview: true });
    }
  }

  /** The folder of a mined repository, from its name: the workspace's own or one the profile lists. */
  private async repoPath(name: string): Promise<string> {
    const ws = await this.workspaces.require();
    const root = ws.root.fsPath;
    const candidates = [root, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath)];
    const profile = (await ws.snapshot().catch(() => undefined))?.model.profile;
    for (const r of profile?.repositories ?? []) candidates.push(path.resolve(root, r));
    return candidates.find((c) => path.basename(c.replace(/\.git$/, '')) === name || path.basename(c) === name) ?? root;
  }
}
