import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { Clock } from '../../core/ports';
import { previousMonth, reviewToOffer } from '../../core/review/review-offer';
import { localMonth, monthTitle } from '../../core/time/calendar';

const OFFERED_KEY = 'growthLedger.reviewOffered';

/**
 * When a month ends, a status bar item offers that month's review, once: the first window that
 * shows it remembers the month, so it does not come back in later sessions; it goes away as soon
 * as the review exists. A click runs Monthly Review for that month.
 */
export class MonthlyReviewOffer implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('growthLedger.reviewOffer', vscode.StatusBarAlignment.Left, 49);
  private readonly subscription: vscode.Disposable;
  private showing: string | undefined;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly state: vscode.Memento,
    private readonly clock: Clock,
  ) {
    this.item.name = 'Growth Ledger: Monthly Review';
    this.subscription = workspaces.onDidChange(() => void this.update());
    void this.update();
  }

  async update(): Promise<void> {
    const ws = await this.workspaces.get();
    const snapshot = ws ? await ws.snapshot().catch(() => undefined) : undefined;
    if (!ws || !snapshot?.model.profile) return this.hide();
    const month = localMonth(this.clock.now());
    const last = previousMonth(month);
    const reviewExists = (await ws.store.read(ws.layout.reviewFile(last)).catch(() => undefined)) !== undefined;
    const ledgerMonths = snapshot.ledger.filter((l) => l.entries.length > 0).map((l) => l.month);
    // The month on show stays for this session even though it is now remembered as offered.
    const offered = this.showing === last ? undefined : this.state.get<string>(OFFERED_KEY);
    const candidate = reviewToOffer({ month, ledgerMonths, reviewExists, ...(offered ? { offered } : {}) });
    if (!candidate) return this.hide();
    if (this.showing !== candidate) await this.state.update(OFFERED_KEY, candidate);
    this.showing = candidate;
    this.item.text = `$(calendar) Review ${monthTitle(candidate).split(' ')[0]}`;
    this.item.tooltip = new vscode.MarkdownString(`**Growth Ledger** — ${monthTitle(candidate)} has ended: write its monthly review.`);
    this.item.command = { title: 'Monthly Review', command: COMMAND_IDS.monthlyReview, arguments: [{ month: candidate }] };
    this.item.accessibilityInformation = { label: `Growth Ledger: write the monthly review of ${monthTitle(candidate)}`, role: 'button' };
    this.item.show();
  }

  private hide(): void {
    this.showing = undefined;
    this.item.hide();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
