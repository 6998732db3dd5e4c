import * as vscode from 'vscode';

/**
 * Workspace trust, watched once for the whole extension: everything that changes when the person
 * trusts the workspace (mining starts, the Evidence view's message goes away, contexts update)
 * subscribes here instead of to VS Code separately.
 */
export class WorkspaceTrust implements vscode.Disposable {
  private readonly granted = new vscode.EventEmitter<void>();
  private readonly subscription = vscode.workspace.onDidGrantWorkspaceTrust(() => this.granted.fire());
  /** Fires once, when the person trusts the workspace (trust cannot be withdrawn without a reload). */
  readonly onDidGrant = this.granted.event;

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  /** For ports that ask before every call (the git runner). */
  readonly isTrusted = (): boolean => vscode.workspace.isTrusted;

  dispose(): void {
    this.subscription.dispose();
    this.granted.dispose();
  }
}
