import type { EvidenceItem } from '../../evidence/evidence-item';
import type { SummaryGroup } from '../classification/commit-summary';

/**
 * The result of classifying a repository at one tip for one set of options. An unchanged
 * repository is answered from it without loading any facts; new commits that touch no document
 * are added to it (reviews and pairing are per commit, summaries are running totals), and new
 * commits that do touch one need only the document commits of the history, so the common case of
 * a few new commits never loads the whole history.
 */
export interface EvidenceMemo {
  /** Everything the result depends on besides history: see `memoKey`. */
  readonly key: string;
  readonly tip: string;
  readonly commitsTotal: number;
  /** Documents authored or contributed to: recomputed from document commits when a new commit touches one. */
  readonly documents: readonly EvidenceItem[];
  /** Reviews, mentoring and pairing: new commits only add to them. */
  readonly commits: readonly EvidenceItem[];
  readonly groups: readonly SummaryGroup[];
  /** Names the person committed under (found through their emails) when this was computed. */
  readonly learnedNames: readonly string[];
  /** Squash and rebase merges made on a forge, per day (see `addForgeSquashDays`). */
  readonly forgeSquashDays: Readonly<Record<string, number>>;
}

/** The parts of a run that decide its result, besides the history itself. */
export interface MemoInputs {
  readonly repo: string;
  readonly identities: readonly string[];
  readonly bots: readonly string[];
  readonly paths: unknown;
  readonly excluded: readonly string[];
  readonly growthRoot: string;
  /** The shallow boundary (see `boundarySignature`). */
  readonly boundary: string;
  readonly mailmap?: string;
}

/** Bumped when classification rules change, so memos computed by older rules are not reused. */
export const CLASSIFIER_VERSION = 5;

/**
 * A string that changes whenever anything but history would change the result. The evidence
 * window is not part of it: the memo holds the whole history's result and the window filters it,
 * so the memo stays valid as the days (and a months-back window) move on.
 */
export function memoKey(inputs: MemoInputs): string {
  return JSON.stringify({ v: CLASSIFIER_VERSION, ...inputs, mailmap: inputs.mailmap ?? null });
}

/** Checks a memo read from disk; anything unexpected makes it unusable (the caller then classifies afresh). */
export function isEvidenceMemo(value: unknown): value is EvidenceMemo {
  const m = value as Partial<EvidenceMemo> | null;
  return (
    !!m &&
    typeof m.key === 'string' &&
    typeof m.tip === 'string' &&
    typeof m.commitsTotal === 'number' &&
    isItemList(m.documents) &&
    isItemList(m.commits) &&
    Array.isArray(m.groups) &&
    m.groups.every((g) => typeof g === 'object' && g !== null && typeof g.area === 'string' && typeof g.count === 'number' && typeof g.types === 'object') &&
    typeof m.forgeSquashDays === 'object' &&
    m.forgeSquashDays !== null &&
    Array.isArray(m.learnedNames) &&
    m.learnedNames.every((n) => typeof n === 'string')
  );
}

function isItemList(value: unknown): value is EvidenceItem[] {
  return Array.isArray(value) && value.every((i: Partial<EvidenceItem> | null) => typeof i === 'object' && i !== null && typeof i.id === 'string' && typeof i.kind === 'string' && Array.isArray(i.reasons));
}
