import type { MapEvidenceColumns, MapEvidenceRow, MapItemLists } from '../../shared/evidence-map-protocol';

/**
 * The rows as columns with their repeated texts written once, with the head's item lists (see
 * {@link MapEvidenceColumns}); the page's `mapEvidence` turns them back into exactly these rows and
 * lists. Linear, one pass.
 */
export function evidenceColumns(rows: readonly MapEvidenceRow[], lists: MapItemLists): MapEvidenceColumns {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const text = (value: string): number => {
    let at = index.get(value);
    if (at === undefined) {
      at = texts.push(value) - 1;
      index.set(value, at);
    }
    return at;
  };
  const optional = (value: string | undefined): number | null => (value === undefined ? null : text(value));
  return {
    texts,
    id: rows.map((r) => r.id),
    title: rows.map((r) => r.title),
    date: rows.map((r) => r.date),
    source: rows.map((r) => text(r.source)),
    kind: rows.map((r) => text(r.kind)),
    repo: rows.map((r) => optional(r.repo)),
    path: rows.map((r) => optional(r.path)),
    line: rows.map((r) => r.line ?? null),
    sha: rows.map((r) => r.sha ?? null),
    criteria: rows.map((r) => r.criteria.map(text)),
    reasons: rows.map((r) => r.reasons.map(text)),
    lists,
  };
}
