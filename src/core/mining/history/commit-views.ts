import type { PersonName } from '../../git/mailmap';
import type { PullRequestMerge } from '../../git/merge-subject';
import type { Trailer } from '../../git/trailers';
import { detached } from '../../text/detached';
import type { CommitFacts, DocChange } from '../classification/commit-facts';

/** What the commit views read from their table (CommitTable implements it). */
export interface FactSource {
  shaAt(i: number): string;
  subjectAt(i: number): string | undefined;
  pullRequestAt(i: number): PullRequestMerge | undefined;
  mergedTipAt(i: number): string | undefined;
  mergedAuthorAt(i: number): PersonName | undefined;
  docsAt(i: number): readonly DocChange[] | undefined;
  /** Sets a cursor's fields to the commit at `i`. */
  fill(cursor: CommitCursor, i: number): void;
}

/** Flag bits of the `flags` column (the cache stores the same bits). */
export const MERGE = 1;
/** See MERGE. */
export const BOUNDARY = 2;
/** See MERGE. */
export const FORGE_SQUASH = 4;

const TABLE = Symbol('table');
const POSITION = Symbol('position');
/** A lazy field not read yet. */
const UNREAD = Symbol('unread');

/**
 * One commit's facts as a table gives them. The sha and the subject are built only when read: most
 * commits pass through a classification without either being needed, and a million strings a pass
 * were most of the garbage of a long history. Merge and document fields are built when read.
 */
export class StoredCommit implements CommitFacts {
  readonly merge: true | undefined;
  readonly boundary: true | undefined;
  readonly forgeSquash: true | undefined;
  private readonly [TABLE]: FactSource;
  private readonly [POSITION]: number;
  // Private fields: a commit spread or compared as data shows its facts, not these.
  #pr: PullRequestMerge | undefined | typeof UNREAD = UNREAD;
  #tip: string | undefined | typeof UNREAD = UNREAD;

  constructor(
    table: FactSource,
    position: number,
    readonly author: PersonName,
    readonly date: string,
    flags: number,
    readonly areas: readonly string[],
    readonly type: string | undefined,
    readonly trailers: readonly Trailer[] | undefined,
  ) {
    this[TABLE] = table;
    this[POSITION] = position;
    this.merge = (flags & MERGE) !== 0 || undefined;
    this.boundary = (flags & BOUNDARY) !== 0 || undefined;
    this.forgeSquash = (flags & FORGE_SQUASH) !== 0 || undefined;
  }

  get pullRequest(): PullRequestMerge | undefined {
    if (this.#pr === UNREAD) this.#pr = this[TABLE].pullRequestAt(this[POSITION]);
    return this.#pr;
  }

  get mergedTip(): string | undefined {
    if (this.#tip === UNREAD) this.#tip = this[TABLE].mergedTipAt(this[POSITION]);
    return this.#tip;
  }

  /** From the table at each read: a branch's author can be learned after the merge was stored. */
  get mergedAuthor(): PersonName | undefined {
    return this[TABLE].mergedAuthorAt(this[POSITION]);
  }

  /** Built at each read, not kept: what readers keep of the changes (paths, blob ids) is shared or small, the change objects are not. */
  get docs(): readonly DocChange[] | undefined {
    return this[TABLE].docsAt(this[POSITION]);
  }

  get sha(): string {
    return this[TABLE].shaAt(this[POSITION]);
  }

  /** Read only where it becomes a title or an id: a copy, since evidence outlives the table. */
  get subject(): string | undefined {
    const s = this[TABLE].subjectAt(this[POSITION]);
    return s === undefined ? undefined : detached(s);
  }
}

/**
 * One commit's facts read through a single object moved along the table: a pass over a long
 * history then builds no object per commit. What it gives is valid until the next `moveTo`; a
 * classifier that keeps a commit takes it from `CommitTable.at`.
 */
export class CommitCursor implements CommitFacts {
  author: PersonName = { name: '', email: '' };
  date = '';
  merge: true | undefined;
  boundary: true | undefined;
  forgeSquash: true | undefined;
  areas: readonly string[] = [];
  type: string | undefined;
  trailers: readonly Trailer[] | undefined;
  /** The table position it stands at. */
  at = -1;
  // Merge and document fields, built when first read at a position (most commits have none, and most passes read none).
  private prAt = -1;
  private pr: PullRequestMerge | undefined;
  private changesAt = -1;
  private changes: readonly DocChange[] | undefined;

  constructor(private readonly table: FactSource) {}

  moveTo(i: number): this {
    this.at = i;
    this.table.fill(this, i);
    return this;
  }

  get sha(): string {
    return this.table.shaAt(this.at);
  }

  get mergedTip(): string | undefined {
    return this.table.mergedTipAt(this.at);
  }

  get mergedAuthor(): PersonName | undefined {
    return this.table.mergedAuthorAt(this.at);
  }

  get pullRequest(): PullRequestMerge | undefined {
    if (this.prAt !== this.at) {
      this.prAt = this.at;
      this.pr = this.table.pullRequestAt(this.at);
    }
    return this.pr;
  }

  get docs(): readonly DocChange[] | undefined {
    if (this.changesAt !== this.at) {
      this.changesAt = this.at;
      this.changes = this.table.docsAt(this.at);
    }
    return this.changes;
  }

  get subject(): string | undefined {
    const s = this.table.subjectAt(this.at);
    return s === undefined ? undefined : detached(s);
  }
}
