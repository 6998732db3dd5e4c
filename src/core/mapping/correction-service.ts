import type { GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { applyCorrection, type CorrectionChange } from './evidence-corrections-writer';

/**
 * Writes one correction to `evidence.yml`: read, change through the YAML document API, replace
 * only if nobody changed the file in between (the store refuses otherwise). Shared by the
 * editor's commands and the CLI. Throws with a message for the person when nothing was written.
 */
export async function writeCorrection(store: GrowthFileStore, layout: GrowthLayout, change: CorrectionChange): Promise<void> {
  const current = await store.read(layout.evidence);
  const edit = applyCorrection(current, change, layout.evidence);
  if (edit.kind === 'error') throw new Error(edit.message);
  if (edit.text === current) return;
  await store.update(layout.evidence, current, edit.text);
}

/** "This is not evidence": leaves the item out of every count from now on. */
export function excludeEvidence(store: GrowthFileStore, layout: GrowthLayout, id: string, date: string, reason?: string): Promise<void> {
  return writeCorrection(store, layout, { type: 'exclude', id, date, ...(reason !== undefined ? { reason } : {}) });
}

/** Maps an item to `criteria` by hand; this takes the place of what signals guessed for it. */
export function mapEvidenceTo(store: GrowthFileStore, layout: GrowthLayout, id: string, criteria: readonly string[], date: string): Promise<void> {
  return writeCorrection(store, layout, { type: 'map', id, criteria, date });
}

/** Removes `criteria` from an item, whatever mapped it there. */
export function unmapEvidenceFrom(store: GrowthFileStore, layout: GrowthLayout, id: string, criteria: readonly string[], date: string): Promise<void> {
  return writeCorrection(store, layout, { type: 'unmap', id, criteria, date });
}
