import * as vscode from 'vscode';
import { assembleEvidence, type EvidenceList } from '../../core/evidence/evidence-assembly';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import { DEFAULT_WINDOW_MONTHS, resolveWindow, type WindowOverrides } from '../../core/evidence/evidence-window';
import type { Framework } from '../../core/model/types';
import type { Clock } from '../../core/ports';
import type { GrowthSnapshot } from '../../core/services/growth-snapshot';
import { localDay } from '../../core/time/calendar';
import type { GrowthWorkspaceProvider } from '../workspace-provider';

/** Git evidence as the mining controller publishes it (the whole history: the hub applies the window). */
export interface GitEvidenceFeed {
  readonly items: readonly EvidenceItem[];
  /** Squash and rebase merges made on a forge, per day. */
  readonly forgeSquashDays?: Readonly<Record<string, number>>;
  /** Whether mining has finished once: until then `items` is empty for want of mining. */
  readonly mined: boolean;
  readonly onDidChange: vscode.Event<readonly EvidenceItem[]>;
}

/** The one evidence list with what it was made from, for views, the Evidence Map and the packet. */
export interface HubEvidence extends EvidenceList {
  readonly framework: Framework;
  readonly snapshot: GrowthSnapshot;
  /** Whether git evidence is part of the list (false in Restricted Mode and before mining ran). */
  readonly gitMined: boolean;
}

/**
 * One list of evidence for the editor: the ledger and two-notes (always, also in Restricted
 * Mode) plus what mining found in git (trusted workspaces only), assembled by the same core
 * function and in the same window as the CLI's `evidence` command. The window is worked out on
 * every call from the clock, so a new day moves it without mining again.
 */
export class EvidenceHub implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private git: GitEvidenceFeed | undefined;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly clock: Clock,
  ) {
    this.subscriptions.push(
      workspaces.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('growthLedger.evidenceWindowMonths')) this.changed.fire();
      }),
    );
  }

  /** Connects the git feed once mining is available (it is not created in untrusted workspaces). */
  attachGit(feed: GitEvidenceFeed): void {
    this.git = feed;
    this.subscriptions.push(feed.onDidChange(() => this.changed.fire()));
    this.changed.fire();
  }

  /** The evidence list, or undefined when there is no folder or no profile yet. */
  async evidence(overrides: WindowOverrides = {}): Promise<HubEvidence | undefined> {
    const ws = await this.workspaces.get();
    if (!ws) return undefined;
    const snapshot = await ws.snapshot().catch(() => undefined);
    const profile = snapshot?.model.profile;
    if (!snapshot || !profile) return undefined;
    const months = vscode.workspace.getConfiguration('growthLedger', ws.folder).get<number>('evidenceWindowMonths', DEFAULT_WINDOW_MONTHS);
    const window = resolveWindow(profile.window, localDay(this.clock.now()), months, overrides);
    const git = this.git;
    // The tree, the status bar and the map ask for the same list in turn: it is assembled once per
    // snapshot, git result and window (a changed file gives a new snapshot, new mining new items).
    const key = `${window.since ?? ''}|${window.until ?? ''}|${window.rule}|${git?.mined === true}`;
    const memo = this.memo;
    if (memo && memo.snapshot === snapshot && memo.gitItems === git?.items && memo.squashDays === git?.forgeSquashDays && memo.key === key) return memo.value;
    const list = assembleEvidence({ snapshot, ...(git ? { git: git.items, ...(git.forgeSquashDays ? { forgeSquashDays: git.forgeSquashDays } : {}) } : {}), window });
    const value: HubEvidence = { ...list, framework: snapshot.model.framework, snapshot, gitMined: git?.mined === true };
    this.memo = { snapshot, gitItems: git?.items, squashDays: git?.forgeSquashDays, key, value };
    return value;
  }

  private memo: { readonly snapshot: object; readonly gitItems: unknown; readonly squashDays: unknown; readonly key: string; readonly value: HubEvidence } | undefined;

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
