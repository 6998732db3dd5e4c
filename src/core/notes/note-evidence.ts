import type { EvidenceItem } from '../evidence/evidence-item';
import type { TwoNote } from './two-note';

/** The evidence kind of a two-note: written reasoning for others, distinct from published docs. */
export const TWO_NOTE_KIND = 'two-note';

/**
 * A two-note as evidence: explaining intent and tradeoffs to a teammate is the communication the
 * seeds ask for. It maps to the criteria its front matter names.
 */
export function noteEvidence(note: TwoNote, file: string): EvidenceItem {
  const reasons = [`two-note for "${note.task}" (${note.status})`];
  for (const criterion of note.criteria) reasons.push(`two-note lists criterion ${criterion} in its front matter`);
  const written = [note.teammate.intent, note.teammate.tradeoffs].some((t) => t !== '');
  if (written) reasons.push('its teammate half explains intent or tradeoffs');
  return {
    id: `note:${file}`,
    source: 'note',
    kind: TWO_NOTE_KIND,
    title: note.task,
    date: note.date,
    path: file,
    line: 1,
    criteria: [...note.criteria],
    reasons,
    tags: [note.status],
  };
}
