import { BUILTIN_KINDS, type Criterion, type Framework } from '../model/types';
import { TWO_NOTE_KIND } from '../notes/note-evidence';

/**
 * The git-only evidence kind: a summary of the person's own commits. It can appear in a
 * criterion's signals but is not a ledger kind, because nobody logs "commits" by hand.
 */
export const COMMITS_KIND = 'commits';

/**
 * Kinds that only ever come from git history or two-note files, never from a ledger tag: a
 * criterion's signals may name them, a ledger entry may not.
 */
export const SIGNAL_ONLY_KINDS: readonly string[] = [COMMITS_KIND, TWO_NOTE_KIND];

/** Lookups over a framework that the ledger, mapping and gap code ask for again and again. */
export interface CriteriaIndex {
  /** Criterion ids, e.g. `mentoring`: a ledger tag naming one maps the entry to it. */
  readonly knownCriteria: ReadonlySet<string>;
  /** Ledger/evidence kinds: the built-in ones plus the framework's extra kinds. */
  readonly knownKinds: ReadonlySet<string>;
  /** `knownKinds` plus `commits` and `two-note`: what a criterion's `signals.kinds` may name. */
  readonly signalKinds: ReadonlySet<string>;
  readonly byId: ReadonlyMap<string, Criterion>;
  /** Level id → position in the ladder (0 = most junior). */
  readonly levelRank: ReadonlyMap<string, number>;
}

export function criteriaIndex(framework: Framework): CriteriaIndex {
  const knownKinds = kindsOf(framework.extraKinds);
  return {
    knownCriteria: new Set(framework.criteria.map((c) => c.id)),
    knownKinds,
    signalKinds: new Set([...knownKinds, ...SIGNAL_ONLY_KINDS]),
    byId: new Map(framework.criteria.map((c) => [c.id, c])),
    levelRank: new Map(framework.levels.map((l, i) => [l.id, i])),
  };
}

/** The built-in kinds plus `extra`, in that order. */
export function kindsOf(extra: readonly string[]): Set<string> {
  return new Set<string>([...BUILTIN_KINDS, ...extra]);
}

/** True when `id` is a stable criterion id: lowercase words joined by single hyphens. */
export function isKebabId(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

/** `Code_Quality` → `code-quality`: the id a person most likely meant. */
export function toKebabId(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
