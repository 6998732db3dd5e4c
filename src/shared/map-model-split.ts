import type { MapEvidenceRow, MapItemLists, MapModelHead, MapViewModel } from './evidence-map-protocol';

/**
 * The one place a view model is cut into what the first render needs (its head) and what only the
 * lists need (its rows, and which of them each criterion and heat-map cell holds), which travel
 * apart (see `MapHostMessage`): the panel's host and the exported file's bridge both use it.
 * Nothing recomputed or renamed: head, rows and lists join back into exactly the same model.
 */
export function splitMapModel(model: MapViewModel): { readonly head: MapModelHead; readonly evidence: readonly MapEvidenceRow[]; readonly lists: MapItemLists } {
  const { evidence, criteria, heatmap, ...rest } = model;
  const head: MapModelHead = {
    ...rest,
    criteria: criteria.map(({ items: _items, ...row }) => row),
    heatmap: { ...heatmap, rows: heatmap.rows.map((r) => ({ ...r, cells: r.cells.map(({ items: _items, ...cell }) => cell) })) },
  };
  const lists: MapItemLists = { criteria: criteria.map((c) => c.items), cells: heatmap.rows.map((r) => r.cells.map((c) => c.items)) };
  return { head, evidence, lists };
}
