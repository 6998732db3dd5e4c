import type { MapEvidenceRow, MapModelHead, MapViewModel } from './evidence-map-protocol';

/**
 * The one place a view model is cut into what the first render needs (its head) and its rows,
 * which travel apart (see `MapHostMessage`): the panel's host and the exported file's bridge both
 * use it. Nothing recomputed or renamed, so head and rows join back into the same model.
 */
export function splitMapModel(model: MapViewModel): { readonly head: MapModelHead; readonly evidence: readonly MapEvidenceRow[] } {
  const { evidence, ...head } = model;
  return { head, evidence };
}
