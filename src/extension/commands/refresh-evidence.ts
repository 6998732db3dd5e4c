import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';

/** What Refresh Evidence needs: something that mines when the workspace is trusted. */
export interface EvidenceRefresher {
  refresh(): Promise<void>;
}

/** Refresh Evidence: mines git history again (incrementally). Refused, with the reason, when untrusted. */
export class RefreshEvidenceCommand implements Command {
  readonly id = COMMAND_IDS.refreshEvidence;

  constructor(private readonly miner: () => EvidenceRefresher | undefined) {}

  async execute(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Growth Ledger runs no git in an untrusted workspace, so evidence from history is not mined. Trust the workspace to mine it.', 'Manage Workspace Trust').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
      });
      return;
    }
    const miner = this.miner();
    if (!miner) throw new Error('mining is not available: open a folder that is a git repository');
    await miner.refresh();
  }
}
