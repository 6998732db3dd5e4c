import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceColumns } from '../../../src/extension/evidence-map/evidence-columns';
import { checkListsFit, evidenceRows, mapEvidence } from '../../../webview/evidence-rows';
import { splitMapModel } from '../../../src/shared/map-model-split';
import type { MapEvidenceColumns, MapEvidenceRow, MapItemLists, MapViewModel } from '../../../src/shared/evidence-map-protocol';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'map', 'view-model.json'), 'utf8')) as MapViewModel;

/** No item lists: the rows alone. */
const NO_LISTS: MapItemLists = { criteria: [], cells: [] };
/** Through JSON, as the rows travel to the page. */
const roundTrip = (rows: readonly MapEvidenceRow[]): MapEvidenceRow[] => evidenceRows(JSON.parse(JSON.stringify(evidenceColumns(rows, NO_LISTS))) as MapEvidenceColumns);

/** Ledger rows as a 20,000-entry ledger has them: repeated kinds, paths, criteria and reasons. */
function ledgerRows(count: number): MapEvidenceRow[] {
  const criteria = ['architecture', 'mentoring', 'communication', 'leadership'];
  return Array.from({ length: count }, (_, i) => ({
    id: `ledger:growth/ledger/2026-${String(1 + (i % 12)).padStart(2, '0')}.md:${5 + i * 5}`,
    source: 'ledger' as const,
    kind: ['review', 'pairing', 'talk'][i % 3]!,
    title: `Reviewed the retry budgets (${i + 1})`,
    date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    path: `growth/ledger/2026-${String(1 + (i % 12)).padStart(2, '0')}.md`,
    line: 5 + i * 5,
    criteria: [criteria[i % 4]!, criteria[(i + 1) % 4]!],
    reasons: [`ledger entry tagged #${criteria[i % 4]}`, `ledger entry tagged #${criteria[(i + 1) % 4]}`],
  }));
}

describe('the rows as columns', () => {
  it('come back as exactly the rows of the year-long fixture (fields a row lacks stay absent)', () => {
    expect(fixture.evidence.some((r) => r.sha) && fixture.evidence.some((r) => !r.sha)).toBe(true);
    expect(roundTrip(fixture.evidence)).toStrictEqual(fixture.evidence);
  });

  it('keep every field of a git row and of a row with none of the optional ones', () => {
    const rows: MapEvidenceRow[] = [
      { id: 'git:payments:review:1', source: 'git', kind: 'review', title: 'Review', date: '2026-11-02', repo: 'payments', path: 'docs/a.md', line: 1, sha: '3f2a9c1', criteria: [], reasons: [] },
      { id: 'note:x', source: 'note', kind: 'two-note', title: 'Note', date: '2026-10-01', criteria: ['mentoring'], reasons: ['two-note'] },
    ];
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('keep untrusted text as it is, even text equal to another field\'s', () => {
    const hostile = '<img src=x onerror=alert(1)> "q" \u2028 </script>';
    const rows: MapEvidenceRow[] = [{ id: hostile, source: 'git', kind: hostile, title: hostile, date: '2026-11-02', repo: hostile, path: hostile, sha: hostile, criteria: [hostile], reasons: [hostile, 'review'] }];
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('write each repeated text once, so a large ledger\'s rows take a fraction of their JSON', () => {
    const rows = ledgerRows(5_000);
    const columns = evidenceColumns(rows, NO_LISTS);
    expect(columns.texts.filter((t) => t === 'ledger entry tagged #mentoring')).toHaveLength(1);
    expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(rows).length / 2);
    expect(roundTrip(rows)).toStrictEqual(rows);
  });
});

describe('the page reading columns that are not what the host builds', () => {
  const { lists } = splitMapModel(fixture);
  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(evidenceColumns(fixture.evidence, lists))) as Record<string, unknown>;
  const without = <T>(name: string, change: (column: T[]) => void): Record<string, unknown> => {
    const columns = good();
    change(columns[name] as T[]);
    return columns;
  };

  it('reads the host\'s own columns back into its rows', () => {
    expect(evidenceRows(good())).toStrictEqual(fixture.evidence);
  });

  it('throws on a column with fewer or more entries than rows, instead of making rows up', () => {
    expect(() => evidenceRows(without<string>('title', (c) => c.pop()))).toThrow(/title does not have one entry per row/);
    expect(() => evidenceRows(without<number>('kind', (c) => c.push(0)))).toThrow(/kind does not have one entry per row/);
    expect(() => evidenceRows({ ...good(), reasons: undefined })).toThrow(/reasons/);
  });

  it('throws on an index that names no text, or a value of the wrong kind', () => {
    expect(() => evidenceRows(without<number>('kind', (c) => (c[0] = 10_000)))).toThrow(/row 0: kind names no text/);
    expect(() => evidenceRows(without<number[]>('criteria', (c) => (c[1] = [-1])))).toThrow(/row 1: criteria names no text/);
    expect(() => evidenceRows(without<unknown>('id', (c) => (c[2] = 7)))).toThrow(/row 2: id is not text/);
    expect(() => evidenceRows(without<unknown>('source', (c) => (c[0] = 'not a number')))).toThrow(/row 0: source/);
    expect(() => evidenceRows(null)).toThrow(/not an object/);
  });

  it('throws on a source that is none of the three', () => {
    const columns = good();
    (columns.texts as string[]).push('elsewhere');
    (columns.source as number[])[0] = (columns.texts as string[]).length - 1;
    expect(() => evidenceRows(columns)).toThrow(/unknown source elsewhere/);
  });
});

describe('the item lists that travel with the rows', () => {
  const { head, lists } = splitMapModel(fixture);
  const sent = (): Record<string, unknown> => JSON.parse(JSON.stringify(evidenceColumns(fixture.evidence, lists))) as Record<string, unknown>;

  it('come back as the lists the model gave every criterion and heat-map cell', () => {
    const { rows, lists: read } = mapEvidence(sent());
    expect(rows).toStrictEqual(fixture.evidence);
    expect(read.criteria).toStrictEqual(fixture.criteria.map((c) => c.items));
    expect(read.cells).toStrictEqual(fixture.heatmap.rows.map((r) => r.cells.map((c) => c.items)));
    expect(() => checkListsFit(head, read)).not.toThrow();
  });

  it('are refused when an index names no row, or a list is not one', () => {
    const outside = sent();
    (outside.lists as { criteria: number[][] }).criteria[0] = [fixture.evidence.length];
    expect(() => mapEvidence(outside)).toThrow(/criterion 0 names rows that do not exist/);
    const fraction = sent();
    (fraction.lists as { cells: number[][][] }).cells[1]![2] = [0.5];
    expect(() => mapEvidence(fraction)).toThrow(/heat-map cell 1\/2/);
    expect(() => mapEvidence({ ...sent(), lists: undefined })).toThrow(/no item lists/);
    expect(() => mapEvidence({ ...sent(), lists: { criteria: 'all', cells: [] } })).toThrow(/the criteria are not a list/);
  });

  it('must fit the head they join: one list per criterion and per cell', () => {
    const { lists: read } = mapEvidence(sent());
    expect(() => checkListsFit(head, { ...read, criteria: read.criteria.slice(1) })).toThrow(/do not match/);
    expect(() => checkListsFit(head, { ...read, cells: read.cells.map((r, i) => (i === 0 ? r.slice(1) : r)) })).toThrow(/do not match/);
  });
});
