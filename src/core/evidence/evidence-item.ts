/**
 * One piece of evidence, whatever it came from: a ledger entry, a two-note, or git history.
 * Everything the views, the evidence map and the packet show is a list of these.
 */
export type EvidenceSource = 'ledger' | 'note' | 'git';

export interface EvidenceItem {
  /** Stable across runs for the same input and across history rewrites that keep authors, dates and messages (e.g. `git:<repo>:review:<key>`, see `stable-id.ts`; `ledger:<file>:<line>`). */
  readonly id: string;
  readonly source: EvidenceSource;
  /** `rfc`, `adr`, `design-doc`, `doc`, `review`, `mentoring`, `pairing`, `commits`, or a ledger kind. */
  readonly kind: string;
  readonly title: string;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  /** Repository name (git items). */
  readonly repo?: string;
  /** Commit (git items). */
  readonly sha?: string;
  /** File the evidence lives in, relative to its repository root. */
  readonly path?: string;
  /** 1-based line in `path` (ledger entries). */
  readonly line?: number;
  /** Documents: whether the person wrote it or contributed to it. */
  readonly role?: 'authored' | 'contributed';
  /** Reviews: a trailer naming the person, or a merge they performed. */
  readonly via?: 'trailer' | 'merge';
  /** Criteria ids this item maps to. */
  readonly criteria: readonly string[];
  /** Why it was recognised and mapped, in words a person can check. */
  readonly reasons: readonly string[];
  /** `commits` items: how many commits the summary stands for. */
  readonly count?: number;
  /** Free tags (ledger) or conventional-commit types (commits). */
  readonly tags?: readonly string[];
}
