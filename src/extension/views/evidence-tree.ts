import * as vscode from 'vscode';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import { groupEvidence, type EvidenceGroup, type GroupBy } from '../../core/evidence/evidence-groups';
import type { Framework } from '../../core/model/types';

/** Large groups show this many items, then a node saying how many more there are. */
const GROUP_PAGE = 200;

type Node =
  | { readonly type: 'group'; readonly group: EvidenceGroup }
  | { readonly type: 'item'; readonly item: EvidenceItem }
  | { readonly type: 'more'; readonly count: number };

/** Where the tree's evidence comes from (the EvidenceHub). */
export interface EvidenceSource {
  readonly onDidChange: vscode.Event<void>;
  evidence(): Promise<{ readonly items: readonly EvidenceItem[]; readonly framework: Framework } | undefined>;
}

/** Evidence grouped by criterion, kind or month (setting `growthLedger.groupBy`), with counts. */
export class EvidenceTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly source: EvidenceSource) {
    this.subscriptions = [
      source.onDidChange(() => this.changed.fire()),
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
    if (!data || data.items.length === 0) return [];
    const by = vscode.workspace.getConfiguration('growthLedger').get<GroupBy>('groupBy', 'criterion');
    return groupEvidence(data.items, by, data.framework).map((group) => ({ type: 'group', group }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.group.items.length);
      item.id = `group:${node.group.key}`;
      item.iconPath = new vscode.ThemeIcon(node.group.key === '' ? 'question' : 'folder-library');
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
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${e.title}\n${e.date} · ${e.kind}${e.path ? ` · ${e.path}` : ''}${e.sha ? ` · ${e.sha.slice(0, 10)}` : ''}\n\nWhy: ${e.reasons.join('; ')}`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(iconFor(e.kind));
    item.contextValue = `evidence.${e.source}`;
    item.command = { title: 'Open', command: 'growthLedger.openEvidenceItem', arguments: [{ id: e.id, path: e.path, line: e.line, sha: e.sha, repo: e.repo }] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

function iconFor(kind: string): string {
  switch (kind) {
    case 'rfc':
    case 'design-doc':
    case 'adr':
      return 'file-text';
    case 'doc':
      return 'book';
    case 'review':
      return 'eye';
    case 'mentoring':
    case 'pairing':
      return 'person';
    case 'commits':
      return 'git-commit';
    case 'incident':
      return 'flame';
    case 'talk':
      return 'megaphone';
    default:
      return 'circle-small-filled';
  }
}
