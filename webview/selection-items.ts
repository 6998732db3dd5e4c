import type { MapEvidenceRow, MapModelHead } from '../src/shared/evidence-map-protocol';

/** A gap-table row (criterion), a heat-map cell (criterion × month), or the items no criterion claims. */
export type MapSelection =
  | { readonly kind: 'criterion'; readonly criterion: string }
  | { readonly kind: 'cell'; readonly criterion: string; readonly month: string }
  | { readonly kind: 'unmapped' };

/** Whether the model still has the selected criterion or cell (the unmapped items always exist, maybe as none). */
export function selectionExists(model: MapModelHead, sel: MapSelection): boolean {
  return sel.kind === 'unmapped' || indicesFor(model, sel) !== undefined;
}

/**
 * The selection's rows, newest first, or undefined when the selection is gone. Not a computation:
 * the model already lists each criterion's and cell's items, and each row its criteria.
 */
export function selectionItems(model: MapModelHead, evidence: readonly MapEvidenceRow[], sel: MapSelection): readonly MapEvidenceRow[] | undefined {
  if (sel.kind === 'unmapped') return evidence.filter((e) => e.criteria.length === 0);
  const indices = indicesFor(model, sel);
  if (!indices) return undefined;
  return indices.map((i) => evidence[i]).filter((e): e is MapEvidenceRow => e !== undefined);
}

function indicesFor(model: MapModelHead, sel: Exclude<MapSelection, { kind: 'unmapped' }>): readonly number[] | undefined {
  return sel.kind === 'criterion'
    ? model.criteria.find((c) => c.id === sel.criterion)?.items
    : model.heatmap.rows.find((r) => r.criterion === sel.criterion)?.cells.find((c) => c.month === sel.month)?.items;
}
