import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectionExists, selectionItems } from '../../../webview/selection-items';
import type { MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { splitMapModel } from '../../../src/shared/map-model-split';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'map', 'view-model.json'), 'utf8')) as MapViewModel;
// As the page has it: the head without item lists, and the rows with them.
const { head, evidence: rows, lists } = splitMapModel(fixture);
const evidence = { rows, lists };
const busiest = [...fixture.criteria].sort((a, b) => b.items.length - a.items.length)[0]!;
const row = fixture.heatmap.rows.find((r) => r.criterion === busiest.id)!;
const cell = row.cells.find((c) => c.count > 0)!;

describe('the evidence behind a selection', () => {
  it('lists a criterion\'s items, newest first, as the model names them', () => {
    const items = selectionItems(head, evidence, { kind: 'criterion', criterion: busiest.id });
    expect(items?.map((i) => i.id)).toEqual(busiest.items.map((i) => rows[i]?.id));
    expect(items?.every((i) => i.criteria.includes(busiest.id))).toBe(true);
    const dates = items?.map((i) => i.date) ?? [];
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists a heat-map cell\'s items, all of its month', () => {
    const items = selectionItems(head, evidence, { kind: 'cell', criterion: busiest.id, month: cell.month });
    expect(items).toHaveLength(cell.count);
    expect(items?.every((i) => i.date.startsWith(cell.month))).toBe(true);
  });

  it('lists the items no criterion claims', () => {
    const items = selectionItems(head, evidence, { kind: 'unmapped' });
    expect(items).toHaveLength(fixture.headline.unmapped);
  });

  it('knows a selection the model no longer has (a criterion gone, a month out of the window)', () => {
    expect(selectionExists(head, { kind: 'criterion', criterion: busiest.id })).toBe(true);
    expect(selectionExists(head, { kind: 'criterion', criterion: 'no-such-criterion' })).toBe(false);
    expect(selectionExists(head, { kind: 'cell', criterion: busiest.id, month: '1999-01' })).toBe(false);
    expect(selectionItems(head, evidence, { kind: 'cell', criterion: busiest.id, month: '1999-01' })).toBeUndefined();
    expect(selectionExists(head, { kind: 'unmapped' })).toBe(true);
  });
});
