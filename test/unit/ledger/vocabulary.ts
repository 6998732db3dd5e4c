import { BUILTIN_KINDS } from '../../../src/core/model/types';
import type { LedgerVocabulary } from '../../../src/core/ledger/ledger-entry';

/** The seeds' criteria (the gap table's areas plus the soft skills), as the default framework names them. */
export const SEED_CRITERIA = [
  'technical-scope', 'architecture', 'code-quality', 'impact-scope', 'initiative', 'strategic-thinking',
  'visibility', 'mentoring', 'communication', 'collaboration', 'leadership', 'maturity',
] as const;

export const vocab: LedgerVocabulary = {
  kinds: new Set<string>(BUILTIN_KINDS),
  criteria: new Set<string>(SEED_CRITERIA),
};
