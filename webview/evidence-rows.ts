import type { MapEvidenceColumns, MapEvidenceRow } from '../src/shared/evidence-map-protocol';

/** The rows the host's columns stand for (see `MapEvidenceColumns`), each exactly as the host built it. */
export function evidenceRows(columns: MapEvidenceColumns): MapEvidenceRow[] {
  const { texts } = columns;
  const text = (at: number): string => texts[at] ?? '';
  const rows: MapEvidenceRow[] = new Array<MapEvidenceRow>(columns.id.length);
  for (let i = 0; i < rows.length; i++) {
    const repo = columns.repo[i] ?? null;
    const path = columns.path[i] ?? null;
    const line = columns.line[i] ?? null;
    const sha = columns.sha[i] ?? null;
    rows[i] = {
      id: columns.id[i] ?? '',
      source: text(columns.source[i] ?? -1) as MapEvidenceRow['source'],
      kind: text(columns.kind[i] ?? -1),
      title: columns.title[i] ?? '',
      date: columns.date[i] ?? '',
      ...(repo !== null ? { repo: text(repo) } : {}),
      ...(path !== null ? { path: text(path) } : {}),
      ...(line !== null ? { line } : {}),
      ...(sha !== null ? { sha } : {}),
      criteria: (columns.criteria[i] ?? []).map(text),
      reasons: (columns.reasons[i] ?? []).map(text),
    };
  }
  return rows;
}
