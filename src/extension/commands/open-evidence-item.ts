import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';

export interface OpenEvidenceArgs {
  readonly path?: string;
  readonly line?: number;
  readonly sha?: string;
  /** Absolute path of the repository the item came from, when not the workspace's own. */
  readonly repoPath?: string;
}

/** Opens what an evidence item points at: its file at its line, or its commit when it has no file. */
export class OpenEvidenceItemCommand implements Command {
  readonly id = COMMAND_IDS.openEvidenceItem;

  constructor(private readonly workspaces: GrowthWorkspaceProvider) {}

  async execute(args?: OpenEvidenceArgs): Promise<void> {
    if (!args) return;
    const ws = await this.workspaces.require();
    if (args.path) {
      const base = args.repoPath ? vscode.Uri.file(args.repoPath) : ws.root;
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
      const choice = await vscode.window.showInformationMessage(`Commit ${args.sha.slice(0, 12)}`, 'Copy Commit Id');
      if (choice) await vscode.env.clipboard.writeText(args.sha);
    }
  }
}
