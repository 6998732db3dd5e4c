import { nextTurn } from '../../async/next-turn';
import type { PersonName } from '../../git/mailmap';
import type { CommitFacts } from '../classification/commit-facts';
import { CommitTable } from './commit-table';

/**
 * A history's commits in replay order (parents before children) without holding one object per
 * commit: classifiers iterate it, and `at` builds one commit's facts on demand.
 */
export interface CommitSequence extends Iterable<CommitFacts> {
  readonly length: number;
  /** The k-th commit, 0 being the oldest. */
  at(k: number): CommitFacts;
  /** The commit with this sha in the history the sequence was taken from (also outside a filtered view). */
  find(sha: string): CommitFacts | undefined;
  /** Its distinct authors (one shared object each), without building every commit. */
  authors(): PersonName[];
  /**
   * Visits the commits from the `from`-th to before the `to`-th, oldest
   * first, through one object moved along the history (no object per commit): `visit` must not
   * keep `commit`, and calls `keep` for a copy it may keep.
   */
  scan(visit: (commit: CommitFacts, keep: () => CommitFacts) => void, from: number, to: number): void;
}

/**
 * Commits a scan visits between two turns of the event loop (see `nextTurn`): ~12 ms of classifying.
 * At 65,536 a busy machine saw the heap outgrow a marking that finished late (302 MB in 1 of 4 runs
 * of a million commits, 248-256 in the others); at 16,384, 251-275 MB in 9 of 9 such runs.
 */
export const COMMITS_PER_TURN = 16_384;

/**
 * `scan` over any commits, through the sequence's own when it has one, in stretches of
 * COMMITS_PER_TURN with a turn of the event loop after each: a million commits are not one long
 * synchronous step (the extension host keeps answering, and the garbage collector finishes what it
 * started before the next stretch adds to the heap).
 */
export async function scanCommits(commits: Iterable<CommitFacts>, visit: (commit: CommitFacts, keep: () => CommitFacts) => void): Promise<void> {
  if (isSequence(commits)) {
    for (let from = 0; from < commits.length; from += COMMITS_PER_TURN) {
      commits.scan(visit, from, Math.min(commits.length, from + COMMITS_PER_TURN));
      await nextTurn();
    }
    return;
  }
  let k = 0;
  for (const c of commits) {
    visit(c, () => c);
    if (++k % COMMITS_PER_TURN === 0) await nextTurn();
  }
}

function isSequence(commits: Iterable<CommitFacts>): commits is CommitSequence {
  return typeof (commits as Partial<CommitSequence>).scan === 'function';
}

/** Positions of a table in some order: as added, reversed (git streams newest first), or listed. */
export type TableOrder = 'as-added' | 'reversed' | Int32Array;

/** A table's commits in one order (see TableOrder). */
export class TableView implements CommitSequence {
  constructor(
    readonly table: CommitTable,
    private readonly order: TableOrder,
  ) {}

  get length(): number {
    return typeof this.order === 'string' ? this.table.length : this.order.length;
  }

  /** The table position of the k-th commit of the view. */
  position(k: number): number {
    if (this.order === 'as-added') return k;
    if (this.order === 'reversed') return this.table.length - 1 - k;
    const p = this.order[k];
    if (p === undefined) throw new RangeError(`no commit at ${k}`);
    return p;
  }

  at(k: number): CommitFacts {
    return this.table.at(this.position(k));
  }

  find(sha: string): CommitFacts | undefined {
    const i = this.table.indexOf(sha);
    return i < 0 ? undefined : this.table.at(i);
  }

  authors(): PersonName[] {
    if (typeof this.order === 'string') return [...this.table.people.rows];
    const seen = new Uint8Array(this.table.people.rows.length);
    const out: PersonName[] = [];
    for (const p of this.order) {
      const a = this.table.authorIndexAt(p);
      if (seen[a]) continue;
      seen[a] = 1;
      out.push(this.table.authorAt(p));
    }
    return out;
  }

  scan(visit: (commit: CommitFacts, keep: () => CommitFacts) => void, from = 0, to = this.length): void {
    const cursor = this.table.cursor();
    const keep = () => this.table.at(cursor.at);
    for (let k = Math.max(0, from); k < Math.min(to, this.length); k++) visit(cursor.moveTo(this.position(k)), keep);
  }

  /** The view without the commits `drop` names, in the same order. */
  without(drop: ReadonlySet<string>): TableView {
    if (drop.size === 0) return this;
    const kept: number[] = [];
    for (let k = 0; k < this.length; k++) {
      const p = this.position(k);
      if (!drop.has(this.table.shaAt(p))) kept.push(p);
    }
    return new TableView(this.table, Int32Array.from(kept));
  }

  *[Symbol.iterator](): Iterator<CommitFacts> {
    const n = this.length;
    for (let k = 0; k < n; k++) yield this.at(k);
  }
}

/** Commits already in memory (tests, short lists of new commits) as a sequence. */
export function sequenceOf(commits: Iterable<CommitFacts>): TableView {
  const table = new CommitTable();
  for (const c of commits) table.add(c);
  return new TableView(table, 'as-added');
}

/** `older` then `newer`, as one sequence (a cached history and the commits added on top of it). */
export function concatSequences(older: CommitSequence, newer: CommitSequence): CommitSequence {
  if (newer.length === 0) return older;
  if (older.length === 0) return newer;
  return {
    get length() {
      return older.length + newer.length;
    },
    at: (k) => (k < older.length ? older.at(k) : newer.at(k - older.length)),
    find: (sha) => newer.find(sha) ?? older.find(sha),
    authors: () => [...new Set([...older.authors(), ...newer.authors()])],
    scan: (visit, from = 0, to = older.length + newer.length) => {
      if (from < older.length) older.scan(visit, from, Math.min(to, older.length));
      if (to > older.length) newer.scan(visit, Math.max(0, from - older.length), to - older.length);
    },
    *[Symbol.iterator]() {
      yield* older;
      yield* newer;
    },
  };
}

/** `commits` without the ones `drop` names (a rewritten history's commits that are gone). */
export function withoutCommits(commits: CommitSequence, drop: ReadonlySet<string>): CommitSequence {
  if (drop.size === 0) return commits;
  if (commits instanceof TableView) return commits.without(drop);
  return sequenceOf([...commits].filter((c) => !drop.has(c.sha)));
}
