import type { MapEvidenceColumns, MapEvidenceRow, MapItemLists, MapModelHead } from '../src/shared/evidence-map-protocol';

/** A model's rows and which of them each criterion and heat-map cell holds, as the page keeps them. */
export interface MapEvidence {
  readonly rows: readonly MapEvidenceRow[];
  readonly lists: MapItemLists;
}

/**
 * The rows and item lists the host's columns stand for, checked like {@link evidenceRows}; every
 * index in a list must name a row.
 */
export function mapEvidence(value: unknown): MapEvidence {
  const rows = evidenceRows(value);
  return { rows, lists: itemLists((value as { lists?: unknown }).lists, rows.length) };
}

/**
 * Throws unless the lists have one entry per criterion and per heat-map cell of the head they join
 * (a head and rows with the same id were cut from one model, so anything else is a broken message).
 */
export function checkListsFit(head: MapModelHead, lists: MapItemLists): void {
  const fits = lists.criteria.length === head.criteria.length && lists.cells.length === head.heatmap.rows.length
    && head.heatmap.rows.every((r, i) => lists.cells[i]?.length === r.cells.length);
  if (!fits) throw new Error('the evidence lists do not match the gap table and heat map they belong to');
}

function itemLists(value: unknown, count: number): MapItemLists {
  const record = value as { criteria?: unknown; cells?: unknown } | null;
  if (typeof record !== 'object' || record === null) throw new Error('the evidence columns have no item lists');
  const indices = (list: unknown, where: string): readonly number[] => {
    if (!Array.isArray(list) || !list.every((i) => Number.isInteger(i) && i >= 0 && i < count)) throw new Error(`the item list of ${where} names rows that do not exist`);
    return list as number[];
  };
  const array = (v: unknown, where: string): unknown[] => {
    if (!Array.isArray(v)) throw new Error(`the item lists of ${where} are not a list`);
    return v;
  };
  return {
    criteria: array(record.criteria, 'the criteria').map((l, i) => indices(l, `criterion ${i}`)),
    cells: array(record.cells, 'the heat map').map((r, i) => array(r, `heat-map row ${i}`).map((l, m) => indices(l, `heat-map cell ${i}/${m}`))),
  };
}

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
