import * as vscode from 'vscode';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import type { Framework } from '../../core/model/types';
import { ledgerEvidence, noteEvidence } from '../../core/ledger/ledger-evidence';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { EvidenceSource } from '../views/evidence-tree';

/** Git evidence as the mining controller publishes it. */
export interface GitEvidenceFeed {
  readonly items: readonly EvidenceItem[];
  readonly onDidChange: vscode.Event<readonly EvidenceItem[]>;
}

/**
 * One list of evidence for the views: the ledger and two-notes (always, also in Restricted Mode)
 * plus what mining found in git (trusted workspaces only).
 */
export class EvidenceHub implements EvidenceSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private git: GitEvidenceFeed | undefined;
  readonly onDidChange = this.changed.event;

  constructor(private readonly workspaces: GrowthWorkspaceProvider) {
    this.subscriptions.push(workspaces.onDidChange(() => this.changed.fire()));
  }

  /** Connects the git feed once mining is available (it is not created in untrusted workspaces). */
  attachGit(feed: GitEvidenceFeed): void {
    this.git = feed;
    this.subscriptions.push(feed.onDidChange(() => this.changed.fire()));
    this.changed.fire();
  }

  async evidence(): Promise<{ items: readonly EvidenceItem[]; framework: Framework } | undefined> {
    const ws = await this.workspaces.get();
    if (!ws) return undefined;
    const snapshot = await ws.snapshot().catch(() => undefined);
    if (!snapshot || !snapshot.model.profile) return undefined;
    const items: EvidenceItem[] = [];
    for (const l of snapshot.ledger) for (const item of ledgerEvidence(l.entries, l.file)) items.push(item);
    for (const n of snapshot.notes) items.push(noteEvidence(n.note, n.file));
    if (this.git) for (const item of this.git.items) items.push(item);
    return { items, framework: snapshot.model.framework };
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
