import * as vscode from 'vscode';

/** The `when`-clause context keys Growth Ledger sets (package.json menus and welcome views read them). */
export type ContextKey = 'growthLedger.hasProfile' | 'growthLedger.mining';

/**
 * The one place context keys are set. Values are remembered so a key is only sent to the
 * workbench when it changes (views refresh often; the workbench need not hear every refresh).
 */
export class ContextKeys {
  private readonly values = new Map<ContextKey, boolean>();

  async set(key: ContextKey, value: boolean): Promise<void> {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    await vscode.commands.executeCommand('setContext', key, value);
  }
}
