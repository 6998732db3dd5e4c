import * as vscode from 'vscode';
import { GrowthWorkspace, pickGrowthFolder } from './growth-workspace';
import type { WorkspaceTrust } from './workspace-trust';

/**
 * Hands commands and views the current growth workspace, creating it on first use, and recreating
 * it when workspace folders change. Commands call `require()`, which explains what to do when no
 * folder is open instead of failing silently.
 */
export class GrowthWorkspaceProvider implements vscode.Disposable {
  private current: GrowthWorkspace | undefined;
  private pending: Promise<GrowthWorkspace | undefined> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Fires when the workspace or anything in its growth folder changes. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    trust: WorkspaceTrust,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()),
      trust.onDidGrant(() => this.changed.fire()),
    );
  }

  /** The growth workspace, or undefined when no folder is open. */
  get(): Promise<GrowthWorkspace | undefined> {
    if (this.current) return Promise.resolve(this.current);
    this.pending ??= pickGrowthFolder().then((folder) => {
      if (!folder) return undefined;
      this.current = new GrowthWorkspace(folder, this.log);
      this.current.onDidChange(() => this.changed.fire());
      return this.current;
    });
    return this.pending;
  }

  async require(): Promise<GrowthWorkspace> {
    const ws = await this.get();
    if (!ws) throw new Error('open a folder (your repository) first: Growth Ledger keeps its files inside it');
    return ws;
  }

  private reset(): void {
    this.current?.dispose();
    this.current = undefined;
    this.pending = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.current?.dispose();
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
