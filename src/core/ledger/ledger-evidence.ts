import type { EvidenceItem } from '../evidence/evidence-item';
import { DEFAULT_KIND, type LedgerEntry } from './ledger-entry';

/**
 * Ledger entries as evidence. Each item opens the entry's heading, maps to the criteria its tags
 * name, and says why in the person's own tags, e.g. "ledger entry tagged #mentoring".
 */
export function ledgerEvidence(entries: readonly LedgerEntry[], file: string): EvidenceItem[] {
  return entries.map((entry) => {
    const reasons: string[] = [];
    reasons.push(
      entry.kind === DEFAULT_KIND
        ? `ledger entry in ${file} (kind: ${DEFAULT_KIND}, no more specific kind tag)`
        : `ledger entry tagged #${entry.kind}`,
    );
    for (const criterion of entry.criteria) {
      if (criterion !== entry.kind) reasons.push(`ledger entry tagged #${criterion}`);
    }
    const item: EvidenceItem = {
      id: `ledger:${file}:${entry.line}`,
      source: 'ledger',
      kind: entry.kind,
      title: entry.title === '' ? `Ledger entry of ${entry.date}` : entry.title,
      date: entry.date,
      path: file,
      line: entry.line,
      criteria: [...entry.criteria],
      reasons,
    };
    return entry.tags.length > 0 ? { ...item, tags: [...entry.tags] } : item;
  });
}

/** Two-notes become evidence next to ledger entries; callers find both conversions here. */
export { noteEvidence } from '../notes/note-evidence';
