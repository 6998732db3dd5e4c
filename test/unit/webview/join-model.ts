import type { MapEvidenceColumns, MapModelHead, MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { mapEvidence } from '../../../webview/evidence-rows';

/**
 * The model a head and its rows' message stand for: the rows decoded as the page decodes them, and
 * every criterion and heat-map cell given back its item list. Tests compare it with the model the
 * host built, so nothing is lost or changed on the way.
 */
export function joinModel(head: MapModelHead, columns: MapEvidenceColumns): MapViewModel {
  const { rows, lists } = mapEvidence(columns);
  return {
    ...head,
    criteria: head.criteria.map((c, i) => ({ ...c, items: lists.criteria[i] ?? [] })),
    heatmap: { ...head.heatmap, rows: head.heatmap.rows.map((r, ri) => ({ ...r, cells: r.cells.map((c, m) => ({ ...c, items: lists.cells[ri]?.[m] ?? [] })) })) },
    evidence: rows,
  };
}
