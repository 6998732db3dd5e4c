import type { MapEvidenceRow, MapModelHead } from '../src/shared/evidence-map-protocol';
import type { MapEvidence } from './evidence-rows';

/** A gap-table row (criterion), a heat-map cell (criterion × month), or the items no criterion claims. */
export type MapSelection =
  | { readonly kind: 'criterion'; readonly criterion: string }
  | { readonly kind: 'cell'; readonly criterion: string; readonly month: string }
  | { readonly kind: 'unmapped' };

/** Whether the model still has the selected criterion or cell (the unmapped items always exist, maybe as none). */
export function selectionExists(model: MapModelHead, sel: MapSelection): boolean {
  return sel.kind === 'unmapped' || position(model, sel) !== undefined;
}

/**
 * The selection's rows, newest first, or undefined when the selection is gone. Not a computation:
 * the model's lists already name each criterion's and cell's items, and each row its criteria.
 */
export function selectionItems(model: MapModelHead, evidence: MapEvidence, sel: MapSelection): readonly MapEvidenceRow[] | undefined {
  if (sel.kind === 'unmapped') return evidence.rows.filter((e) => e.criteria.length === 0);
  const at = position(model, sel);
  if (!at) return undefined;
  const indices = at.month === undefined ? evidence.lists.criteria[at.row] : evidence.lists.cells[at.row]?.[at.month];
  return (indices ?? []).map((i) => evidence.rows[i]).filter((e): e is MapEvidenceRow => e !== undefined);
}

/** Where the selection is in the head: its row in the gap table, or its row and month in the heat map. */
function position(model: MapModelHead, sel: Exclude<MapSelection, { kind: 'unmapped' }>): { row: number; month?: number } | undefined {
  if (sel.kind === 'criterion') {
    const row = model.criteria.findIndex((c) => c.id === sel.criterion);
    return row < 0 ? undefined : { row };
  }
  const row = model.heatmap.rows.findIndex((r) => r.criterion === sel.criterion);
  const month = row < 0 ? -1 : (model.heatmap.rows[row]?.cells.findIndex((c) => c.month === sel.month) ?? -1);
  return month < 0 ? undefined : { row, month };
}
