import * as vscode from 'vscode';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { GrowthSnapshot } from '../../core/services/growth-snapshot';
import { localMonth } from '../../core/time/calendar';
import { readPlanProgress, planFile } from '../../core/plan/plan-service';
import type { MapPlanProgress } from '../../shared/evidence-map-protocol';
import { counted } from '../../shared/plural';

type Node =
  | { readonly type: 'month'; readonly month: string; readonly current: boolean }
  | { readonly type: 'notes' }
  | { readonly type: 'entry'; readonly file: string; readonly line: number; readonly title: string; readonly date: string; readonly kind: string; readonly body: string }
  | { readonly type: 'note'; readonly file: string; readonly task: string; readonly date: string }
  | { readonly type: 'step'; readonly file: string; readonly line: number; readonly text: string }
  | { readonly type: 'plan'; readonly file: string; readonly done: number; readonly total: number }
  | { readonly type: 'milestone'; readonly file: string; readonly line: number; readonly text: string; readonly when?: string };

/**
 * Recent ledger entries by month (newest first), open two-notes with their open next steps, and
 * the development plan's open milestones (`growth/plan.md`; ticking one there updates the view).
 */
export class LedgerTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly workspaces: GrowthWorkspaceProvider) {
    this.subscription = workspaces.onDidChange(() => void this.refreshIfChanged());
  }

  private shown = '';

  /**
   * Refreshes only when what the tree shows changed. Saves, file events and buffer edits arrive in
   * bursts; refreshing on each one made VS Code ask for children of nodes it had just dropped.
   */
  private async refreshIfChanged(): Promise<void> {
    const ws = await this.workspaces.get();
    const snapshot = ws ? await ws.snapshot().catch(() => undefined) : undefined;
    const plan = ws ? await readPlanProgress(ws.store, ws.layout).catch(() => undefined) : undefined;
    const shape = JSON.stringify([
      plan,
      !!snapshot?.model.profile,
      snapshot?.ledger.map((l) => [l.month, l.entries.map((e) => [e.line, e.date, e.title, e.kind])]),
      snapshot?.notes.map((n) => [n.file, n.note.task, n.note.status, [...n.note.futureMe.nextSteps, ...n.note.teammate.nextSteps].map((x) => [x.line, x.text, x.done])]),
    ]);
    if (shape === this.shown) return;
    this.shown = shape;
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const ws = await this.workspaces.get();
    if (!ws) return [];
    const snapshot = await ws.snapshot().catch(() => undefined);
    if (!snapshot || !snapshot.model.profile) return [];
    if (!node) {
      const plan = await readPlanProgress(ws.store, ws.layout).catch(() => undefined);
      return roots(snapshot, plan === undefined ? undefined : { file: planFile(ws.layout), plan });
    }
    if (node.type === 'plan') {
      const plan = await readPlanProgress(ws.store, ws.layout).catch(() => undefined);
      return (plan?.open ?? []).map((m) => ({ type: 'milestone' as const, file: node.file, line: m.line, text: m.text, ...(m.when !== undefined ? { when: m.when } : {}) }));
    }
    if (node.type === 'month') {
      return snapshot.ledger
        .filter((l) => l.month === node.month)
        .flatMap((l) => l.entries.map((e) => ({ type: 'entry' as const, file: l.file, line: e.line, title: e.title, date: e.date, kind: e.kind, body: e.body })))
        .reverse();
    }
    if (node.type === 'notes') {
      return snapshot.notes
        .filter((n) => n.note.status !== 'done')
        .map((n) => ({ type: 'note' as const, file: n.file, task: n.note.task, date: n.note.date }))
        .reverse();
    }
    if (node.type === 'note') {
      const note = snapshot.notes.find((n) => n.file === node.file)?.note;
      if (!note) return [];
      return [...note.futureMe.nextSteps, ...note.teammate.nextSteps]
        .filter((s) => !s.done)
        .map((s) => ({ type: 'step' as const, file: node.file, line: s.line, text: s.text }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'month': {
        const item = new vscode.TreeItem(monthLabel(node.month), node.current ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.id = `month:${node.month}`;
        return item;
      }
      case 'notes': {
        const item = new vscode.TreeItem('Open two-notes', vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('notebook');
        item.id = 'notes';
        return item;
      }
      case 'entry': {
        const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.date} · ${node.kind}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${node.date} — ${node.title}\n\n${node.body.slice(0, 600)}`);
        item.iconPath = new vscode.ThemeIcon('circle-small-filled');
        item.command = openAt(node.file, node.line);
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(node.task, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = node.date;
        item.iconPath = new vscode.ThemeIcon('note');
        item.command = openAt(node.file, 1);
        item.id = `note:${node.file}`;
        return item;
      }
      case 'plan': {
        const item = new vscode.TreeItem('Development plan', node.done < node.total ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = `${node.done} of ${counted(node.total, 'milestone')} done`;
        item.iconPath = new vscode.ThemeIcon('milestone');
        item.command = openAt(node.file, 1);
        item.id = 'plan';
        return item;
      }
      case 'milestone': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        if (node.when !== undefined) item.description = node.when;
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        item.tooltip = 'Open milestone: tick it in the plan when it is done';
        item.command = openAt(node.file, node.line);
        return item;
      }
      case 'step': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('circle-large-outline');
        item.tooltip = 'Open next step';
        item.command = openAt(node.file, node.line);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function roots(snapshot: GrowthSnapshot, plan: { file: string; plan: MapPlanProgress } | undefined): Node[] {
  const current = localMonth(new Date());
  const months = [...new Set([current, ...snapshot.ledger.filter((l) => l.entries.length > 0).map((l) => l.month)])].sort().reverse();
  const nodes: Node[] = [];
  if (plan && plan.plan.total > 0) nodes.push({ type: 'plan', file: plan.file, done: plan.plan.done, total: plan.plan.total });
  if (snapshot.notes.some((n) => n.note.status !== 'done')) nodes.push({ type: 'notes' });
  for (const month of months.slice(0, 12)) nodes.push({ type: 'month', month, current: month === current });
  return nodes;
}

function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, 1).toLocaleString('en', { month: 'long', year: 'numeric' });
}

/** A command that opens a growth file at a 1-based line. */
export function openAt(file: string, line: number): vscode.Command {
  return { title: 'Open', command: 'growthLedger.openEvidenceItem', arguments: [{ path: file, line }] };
}
