import type { EvidenceItem } from './evidence-item';
import type { Framework } from '../model/types';

export type GroupBy = 'criterion' | 'kind' | 'month';

export interface EvidenceGroup {
  readonly key: string;
  readonly label: string;
  readonly items: readonly EvidenceItem[];
}

/**
 * Groups evidence for the Evidence view. By criterion, an item appears under each criterion it maps
 * to (framework order) and unmapped items gather last; by kind, largest group first; by month,
 * newest first. Items inside a group are newest first.
 */
export function groupEvidence(items: readonly EvidenceItem[], by: GroupBy, framework: Framework): EvidenceGroup[] {
  const buckets = new Map<string, EvidenceItem[]>();
  const put = (key: string, item: EvidenceItem) => {
    const list = buckets.get(key);
    if (list) list.push(item);
    else buckets.set(key, [item]);
  };
  for (const item of items) {
    if (by === 'criterion') {
      if (item.criteria.length === 0) put('', item);
      for (const c of item.criteria) put(c, item);
    } else if (by === 'kind') put(item.kind, item);
    else put(item.date.slice(0, 7), item);
  }
  const newestFirst = (a: EvidenceItem, b: EvidenceItem) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id));
  const groups = [...buckets].map(([key, list]) => ({ key, label: label(key, by, framework), items: list.sort(newestFirst) }));
  if (by === 'criterion') {
    const order = new Map(framework.criteria.map((c, i) => [c.id, i]));
    const rank = (k: string) => (k === '' ? Number.MAX_SAFE_INTEGER : order.get(k) ?? Number.MAX_SAFE_INTEGER - 1);
    return groups.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
  }
  if (by === 'kind') return groups.sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key));
  return groups.sort((a, b) => b.key.localeCompare(a.key));
}

function label(key: string, by: GroupBy, framework: Framework): string {
  if (by === 'criterion') return key === '' ? 'Not mapped yet' : framework.criteria.find((c) => c.id === key)?.name ?? key;
  if (by === 'month') {
    const [y, m] = key.split('-').map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return key;
}
