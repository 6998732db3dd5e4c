import type * as vscode from 'vscode';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { GitEvidenceFeed } from './evidence-hub';
import type { EvidenceRefresher } from '../commands/refresh-evidence';

export interface MiningHandle extends GitEvidenceFeed, EvidenceRefresher, vscode.Disposable {}

/** Starts background mining for the workspace (trusted only). */
export async function startMining(_context: vscode.ExtensionContext, _workspaces: GrowthWorkspaceProvider, _log: vscode.LogOutputChannel): Promise<MiningHandle | undefined> {
  return undefined;
}
