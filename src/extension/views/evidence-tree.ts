import * as vscode from 'vscode';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import { groupEvidence, type EvidenceGroup } from '../../core/evidence/evidence-groups';
import type { Criterion, Framework } from '../../core/model/types';
import { COMMAND_IDS } from '../command-ids';
import type { GroupChoice } from '../evidence/group-choice';
import { iconForKind } from '../../shared/kind-icons';
import { forgeSquashNotice } from '../../core/evidence/evidence-assembly';

/** Large groups show this many items, then a node saying how many more there are. */
const GROUP_PAGE = 200;

type Node =
  | { readonly type: 'group'; readonly group: EvidenceGroup }
  | { readonly type: 'empty'; readonly criterion: Criterion; readonly target?: string }
  | { readonly type: 'item'; readonly item: EvidenceItem }
  | { readonly type: 'more'; readonly count: number };

/** Where the tree's evidence comes from (the EvidenceHub). */
export interface EvidenceSource {
  readonly onDidChange: vscode.Event<void>;
  evidence(): Promise<
    | {
        readonly items: readonly EvidenceItem[];
        readonly framework: Framework;
        readonly snapshot: { readonly model: { readonly profile?: { readonly targetLevel?: string } } };
        readonly forgeSquashMerges: number;
      }
    | undefined
  >;
}

/**
 * Evidence grouped by criterion, kind or month (Group Evidence By…, remembered per workspace), with
 * counts, an icon per kind, the reasons in each tooltip, and — by criterion — the criteria with no
 * evidence yet, each saying what the target level expects.
 */
export class EvidenceTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly source: EvidenceSource,
    private readonly grouping: GroupChoice,
    /** Told what the view should say above its items (e.g. reviews git cannot show), after each load. */
    private readonly onNotice: (text: string | undefined) => void = () => undefined,
  ) {
    this.subscriptions = [
      source.onDidChange(() => this.changed.fire()),
      grouping.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('growthLedger.groupBy')) this.changed.fire();
      }),
    ];
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.type === 'group') {
      const shown: Node[] = node.group.items.slice(0, GROUP_PAGE).map((item) => ({ type: 'item', item }));
      if (node.group.items.length > GROUP_PAGE) shown.push({ type: 'more', count: node.group.items.length - GROUP_PAGE });
      return shown;
    }
    if (node) return [];
    const data = await this.source.evidence();
    this.onNotice(data ? forgeSquashNotice(data.forgeSquashMerges) : undefined);
    if (!data) return [];
    const by = this.grouping.current;
    const groups: Node[] = groupEvidence(data.items, by, data.framework).map((group) => ({ type: 'group', group }));
    if (by !== 'criterion') return groups;
    // Every criterion has a row: the ones without evidence are the gaps worth seeing first.
    const target = data.snapshot.model.profile?.targetLevel;
    const withEvidence = new Set(groups.map((g) => (g.type === 'group' ? g.group.key : '')));
    const order = new Map(data.framework.criteria.map((c, i) => [c.id, i]));
    const empty: Node[] = data.framework.criteria.filter((c) => !withEvidence.has(c.id)).map((criterion) => ({ type: 'empty', criterion, ...(target ? { target } : {}) }));
    const rank = (n: Node) => (n.type === 'group' ? (order.get(n.group.key) ?? Number.MAX_SAFE_INTEGER) : n.type === 'empty' ? (order.get(n.criterion.id) ?? 0) : 0);
    return [...groups, ...empty].sort((a, b) => rank(a) - rank(b));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.group.items.length);
      item.id = `group:${node.group.key}`;
      item.iconPath = new vscode.ThemeIcon(node.group.key === '' ? 'question' : 'folder-library');
      item.accessibilityInformation = { label: `${node.group.label}: ${node.group.items.length} evidence ${node.group.items.length === 1 ? 'item' : 'items'}` };
      return item;
    }
    if (node.type === 'empty') {
      const c = node.criterion;
      const expects = node.target ? c.expectations[node.target] : undefined;
      const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.None);
      item.id = `group:${c.id}`;
      item.description = expects ? `no evidence yet — ${node.target} expects: ${expects}` : 'no evidence yet';
      item.tooltip = new vscode.MarkdownString().appendText(`${c.name}: no evidence yet.\n\n${expects ? `${node.target} expects: ${expects}` : c.description}`);
      item.iconPath = new vscode.ThemeIcon('circle-large-outline');
      item.contextValue = 'criterion.empty';
      return item;
    }
    if (node.type === 'more') {
      const item = new vscode.TreeItem(`… ${node.count} more (see the Evidence Map)`, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      return item;
    }
    const e = node.item;
    const item = new vscode.TreeItem(e.title, vscode.TreeItemCollapsibleState.None);
    item.description = `${e.date} · ${e.kind}${e.role ? ` (${e.role})` : ''}${e.repo ? ` · ${e.repo}` : ''}`;
    item.tooltip = tooltipOf(e);
    item.iconPath = new vscode.ThemeIcon(iconForKind(e.kind));
    item.contextValue = `evidence.${e.source}`;
    item.command = { title: 'Open', command: COMMAND_IDS.openEvidenceItem, arguments: [{ id: e.id, path: e.path, line: e.line, sha: e.sha, repo: e.repo }] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** Date, source, where, criteria and every reason — as plain text (titles and reasons come from repositories). */
function tooltipOf(e: EvidenceItem): vscode.MarkdownString {
  const where = [e.repo, e.path ? `${e.path}${e.line ? `:${e.line}` : ''}` : undefined, e.sha ? e.sha.slice(0, 10) : undefined].filter(Boolean).join(' · ');
  const source = e.source === 'git' ? 'git history' : e.source === 'note' ? 'two-note' : 'ledger';
  const lines = [e.title, `${e.date} · ${e.kind} · from ${source}${where ? ` · ${where}` : ''}`, '', `Counts toward: ${e.criteria.length > 0 ? e.criteria.join(', ') : 'no criterion yet (Map to Criterion… to decide)'}`, '', 'Why:', ...e.reasons.map((r) => `• ${r}`)];
  return new vscode.MarkdownString().appendText(lines.join('\n'));
}
