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

/**
 * One commit's facts as a table gives them. The sha and the subject are built only when read: most
 * commits pass through a classification without either being needed, and a million strings a pass
 * were most of the garbage of a long history.
 */
export class StoredCommit implements CommitFacts {
  readonly merge: true | undefined;
  readonly boundary: true | undefined;
  readonly forgeSquash: true | undefined;
  readonly pullRequest: PullRequestMerge | undefined;
  readonly mergedTip: string | undefined;
  readonly mergedAuthor: PersonName | undefined;
  readonly docs: readonly DocChange[] | undefined;
  private readonly [TABLE]: FactSource;
  private readonly [POSITION]: number;

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
    this.pullRequest = table.pullRequestAt(position);
    this.mergedTip = table.mergedTipAt(position);
    this.mergedAuthor = table.mergedAuthorAt(position);
    this.docs = table.docsAt(position);
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
  pullRequest: PullRequestMerge | undefined;
  mergedAuthor: PersonName | undefined;
  docs: readonly DocChange[] | undefined;
  /** The table position it stands at. */
  at = -1;

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

  get subject(): string | undefined {
    const s = this.table.subjectAt(this.at);
    return s === undefined ? undefined : detached(s);
  }
}
