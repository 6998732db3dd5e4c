import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { entriesInMonth } from '../../core/services/growth-snapshot';
import { localMonth } from '../../core/time/calendar';

/** This month's ledger entry count; a click opens the Growth Ledger menu (Log Entry first). */
export class LedgerStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('growthLedger.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspaces: GrowthWorkspaceProvider) {
    this.item.name = 'Growth Ledger';
    this.item.command = COMMAND_IDS.showMenu;
    this.subscription = workspaces.onDidChange(() => void this.update());
    void this.update();
  }

  async update(): Promise<void> {
    const ws = await this.workspaces.get();
    if (!ws) {
      this.item.hide();
      return;
    }
    try {
      const snapshot = await ws.snapshot();
      // A window without a growth folder gets no status item: Set Up lives in the Growth view.
      if (!snapshot.model.profile) {
        this.item.hide();
        return;
      }
      const now = new Date();
      const count = entriesInMonth(snapshot, localMonth(now));
      const monthName = now.toLocaleString('en', { month: 'long', year: 'numeric' });
      this.item.text = `$(book) ${count}`;
      const entries = `${count} ${count === 1 ? 'entry' : 'entries'}`;
      this.item.tooltip = new vscode.MarkdownString(`**Growth Ledger** — ${entries.replace(' ', ' ledger ')} in ${monthName}.\n\nClick for the Growth Ledger menu; Ctrl+Alt+L logs an entry.`);
      this.item.accessibilityInformation = { label: `Growth Ledger: ${entries} this month. Opens the Growth Ledger menu.`, role: 'button' };
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
