import type { EvidenceItem } from './evidence-item';

/**
 * Where an item lives, in one line a person can paste: `growth/ledger/2026-11.md#L12`,
 * `payments: docs/rfcs/0001-retry.md @ 3f2a9c1`, or `payments @ 3f2a9c1` for a commit.
 */
export function evidenceLinkText(item: Pick<Partial<EvidenceItem>, 'path' | 'line' | 'repo' | 'sha'>): string {
  const sha = item.sha ? item.sha.slice(0, 7) : undefined;
  if (item.path && !item.repo) return item.line ? `${item.path}#L${item.line}` : item.path;
  const where = item.repo ? `${item.repo}: ` : '';
  if (item.path) return `${where}${item.path}${sha ? ` @ ${sha}` : ''}`;
  if (sha) return `${item.repo ?? ''} @ ${sha}`.trim();
  return item.repo ?? '';
}
