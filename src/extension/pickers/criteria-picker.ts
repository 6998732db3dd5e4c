import * as vscode from 'vscode';
import type { Framework } from '../../core/model/types';

interface CriterionItem extends vscode.QuickPickItem {
  readonly id?: string;
}

/**
 * Multi-select of framework criteria, technical and soft apart, with the criteria whose signals name
 * `kind` already ticked. Resolves undefined when cancelled, [] when the person picks none.
 */
export async function pickCriteria(
  framework: Framework,
  kind: string | undefined,
  options: { title: string },
): Promise<string[] | undefined> {
  const items: CriterionItem[] = [];
  for (const area of ['technical', 'soft'] as const) {
    const criteria = framework.criteria.filter((c) => c.area === area);
    if (criteria.length === 0) continue;
    items.push({ label: area === 'technical' ? 'Technical' : 'Soft skills', kind: vscode.QuickPickItemKind.Separator });
    for (const c of criteria) {
      items.push({ id: c.id, label: c.name, description: c.id, detail: c.description, picked: kind !== undefined && c.signals.kinds.includes(kind) });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: options.title,
    placeHolder: 'Which criteria does this show? (Space to toggle, Enter to accept; none is fine)',
    canPickMany: true,
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  return picked?.map((p) => p.id).filter((id): id is string => id !== undefined);
}
