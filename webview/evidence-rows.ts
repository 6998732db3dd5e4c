import type { MapEvidenceColumns, MapEvidenceRow } from '../src/shared/evidence-map-protocol';

const SOURCES: readonly MapEvidenceRow['source'][] = ['ledger', 'note', 'git'];
const COLUMNS = ['id', 'title', 'date', 'source', 'kind', 'repo', 'path', 'line', 'sha', 'criteria', 'reasons'] as const;

/**
 * The rows the host's columns stand for (see `MapEvidenceColumns`), each exactly as the host built
 * it. The columns come decoded from a message, so they are checked, not trusted: a column of
 * another length, an index outside `texts` or a value of the wrong kind throws instead of
 * becoming an empty or shifted row the person could act on.
 */
export function evidenceRows(value: unknown): MapEvidenceRow[] {
  const columns = asColumns(value);
  const { texts } = columns;
  const count = columns.id.length;
  const text = (at: unknown, column: string, row: number): string => {
    const found = Number.isInteger(at) ? texts[at as number] : undefined;
    if (typeof found !== 'string') throw new Error(`evidence row ${row}: ${column} names no text (${String(at)})`);
    return found;
  };
  const string = (at: unknown, column: string, row: number): string => {
    if (typeof at !== 'string') throw new Error(`evidence row ${row}: ${column} is not text`);
    return at;
  };
  const list = (at: unknown, column: string, row: number): string[] => {
    if (!Array.isArray(at)) throw new Error(`evidence row ${row}: ${column} is not a list`);
    return at.map((i: unknown) => text(i, column, row));
  };
  const rows: MapEvidenceRow[] = new Array<MapEvidenceRow>(count);
  for (let i = 0; i < count; i++) {
    const source = text(columns.source[i], 'source', i);
    if (!(SOURCES as readonly string[]).includes(source)) throw new Error(`evidence row ${i}: unknown source ${source}`);
    const repo = columns.repo[i];
    const path = columns.path[i];
    const line = columns.line[i];
    const sha = columns.sha[i];
    if (line !== null && !Number.isInteger(line)) throw new Error(`evidence row ${i}: line is not a number`);
    rows[i] = {
      id: string(columns.id[i], 'id', i),
      source: source as MapEvidenceRow['source'],
      kind: text(columns.kind[i], 'kind', i),
      title: string(columns.title[i], 'title', i),
      date: string(columns.date[i], 'date', i),
      ...(repo !== null ? { repo: text(repo, 'repo', i) } : {}),
      ...(path !== null ? { path: text(path, 'path', i) } : {}),
      ...(line !== null ? { line } : {}),
      ...(sha !== null ? { sha: string(sha, 'sha', i) } : {}),
      criteria: list(columns.criteria[i], 'criteria', i),
      reasons: list(columns.reasons[i], 'reasons', i),
    };
  }
  return rows;
}

/** The value as columns, every one an array as long as `id`; each entry is checked as it is read. */
function asColumns(value: unknown): MapEvidenceColumns {
  if (typeof value !== 'object' || value === null) throw new Error('the evidence columns are not an object');
  const record = value as Record<string, unknown>;
  if (!Array.isArray(record.texts)) throw new Error('the evidence columns have no texts');
  const length = Array.isArray(record.id) ? record.id.length : -1;
  for (const name of COLUMNS) {
    const column = record[name];
    if (!Array.isArray(column) || column.length !== length) throw new Error(`the evidence column ${name} does not have one entry per row`);
  }
  return value as MapEvidenceColumns;
}
