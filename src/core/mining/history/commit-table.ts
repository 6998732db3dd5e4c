import type { PersonName } from '../../git/mailmap';
import type { PullRequestMerge } from '../../git/merge-subject';
import type { Trailer } from '../../git/trailers';
import type { CommitFacts, DocChange } from '../classification/commit-facts';
import { BOUNDARY, CommitCursor, FORGE_SQUASH, MERGE, StoredCommit, type FactSource } from './commit-views';
import { byteAt, FNV_OFFSET, FNV_PRIME, HASHED_BYTES, HEX_CODES, HEX_SHA, shaHashOf } from './hex-sha';
import { IntColumn } from './int-column';
import { Interned } from './interned';

import { RankedBits } from './ranked-bits';
import { ShaIndex } from './sha-index';
import { TextPool } from './text-pool';

/**
 * A repository's commit facts held as columns, so that a long history costs tens of bytes per
 * commit rather than an object, a sha string and a set entry each (a million commits as objects
 * took about a gigabyte). Every commit has a sha, an author, a day, flags, an area set and a type,
 * stored as bytes and small integers; subjects (kept only where they become titles) and trailer
 * lists (one shared list per distinct set of trailers) per commit; pull requests and document
 * changes only for the commits that have them. `at` builds a commit's facts
 * when they are read: classifiers walk the history once per pass and keep only what becomes
 * evidence, so those objects die young.
 *
 * Commits are stored in the order they are added (git streams newest first); a `TableView` gives
 * them in any order, parents first.
 */

/**
 * Merge and document fields as kept, per commit that has any (a few percent of a history): the
 * merged tip as its position once it is in the table.
 */
interface Rare {
  pullRequest?: PullRequestMerge;
  tip?: string | number;
  mergedAuthor?: PersonName;
  docs?: readonly DocChange[];
}

export { BOUNDARY, FORGE_SQUASH, MERGE } from './commit-views';
export { Interned } from './interned';
const FLAG_BITS = 3;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** The commit facts of one repository, stored column by column (see the file comment). */
export class CommitTable implements FactSource {
  readonly people = new Interned<PersonName>();
  readonly areaSets = new Interned<readonly string[]>();
  readonly types = new Interned<string>();
  readonly days = new Interned<string>();
  private count = 0;
  private shaLength = 0;
  /** Shas as bytes (20 a commit; 32 in a SHA-256 repository), not as hex text. */
  private shaBytes = new Uint8Array(0);
  private readonly author = new IntColumn(1024);
  private readonly day = new IntColumn(1024);
  private readonly areaSet = new IntColumn(1024);
  /** Flags in the low 3 bits, above them the type's index + 1 (0: no conventional type). */
  private readonly typeAndFlags = new IntColumn(1024);
  /** Index + 1 into `trailerLists` (0: no trailers). */
  private readonly trailerList = new IntColumn(1024);
  private readonly trailerListRows: (readonly Trailer[])[] = [];
  private readonly trailerListIndex = new Map<string, number>();
  private readonly trailerIds = new Interned<Trailer>();
  /** Which commits kept a subject; its rank is the subject's id in `subjects`. */
  private readonly hasSubject = new RankedBits();
  private readonly subjects = new TextPool();
  /** Which commits have merge or document fields; its rank is the row in `rareRows`. */
  private readonly hasRare = new RankedBits();
  private readonly rareRows: Rare[] = [];
  /** Merged tips not in the table yet, and the merges that name them. */
  private readonly tipsWanted = new Map<string, Rare[]>();
  /** Scratch space for building one sha's text. */
  private hexCodes = new Uint8Array(40);
  /** Sha → position; built as commits are added, released by `releaseIndex` and rebuilt when asked again. */
  private index: ShaIndex | undefined = this.newIndex();

  get length(): number {
    return this.count;
  }

  /** Adds one commit's facts and returns its position. */
  add(f: CommitFacts): number {
    const i = this.count;
    if (i === 0) {
      if (f.sha.length % 2 !== 0) throw new Error(`not a commit id: ${f.sha}`);
      this.shaLength = f.sha.length / 2;
      this.hexCodes = new Uint8Array(f.sha.length);
    } else if (f.sha.length !== this.shaLength * 2) throw new Error('commits of one repository must share a hash length');
    const L = this.shaLength;
    if ((i + 1) * L > this.shaBytes.length) {
      const next = new Uint8Array(Math.max(1024 * L, this.shaBytes.length * 2));
      next.set(this.shaBytes);
      this.shaBytes = next;
    }
    for (let k = 0; k < L; k++) this.shaBytes[i * L + k] = byteAt(f.sha, k);
    this.author.set(i, this.people.at(f.author));
    this.day.set(i, this.days.at(f.date));
    this.areaSet.set(i, this.areaSets.at(f.areas));
    const flags = (f.merge ? MERGE : 0) | (f.boundary ? BOUNDARY : 0) | (f.forgeSquash ? FORGE_SQUASH : 0);
    this.typeAndFlags.set(i, ((f.type === undefined ? 0 : this.types.at(f.type) + 1) << FLAG_BITS) | flags);
    this.trailerList.set(i, f.trailers ? this.listIndex(f.trailers) + 1 : 0);
    this.hasSubject.push(f.subject !== undefined);
    if (f.subject !== undefined) this.subjects.add(f.subject);
    const rareBefore = this.rareRows.length;
    if (f.pullRequest || f.mergedTip !== undefined || f.mergedAuthor || f.docs) {
      const r: Rare = {};
      if (f.pullRequest) r.pullRequest = f.pullRequest;
      if (f.mergedTip !== undefined) {
        const at = this.indexOf(f.mergedTip);
        r.tip = at >= 0 ? at : f.mergedTip;
        if (at < 0) this.waitForTip(f.mergedTip, r);
      }
      if (f.mergedAuthor) r.mergedAuthor = f.mergedAuthor;
      if (f.docs) r.docs = f.docs;
      this.rareRows.push(r);
    }
    this.hasRare.push(this.rareRows.length > rareBefore);
    // A merge streamed before its branch (newest first) names a tip added later: keep its position.
    const waiting = this.tipsWanted.size > 0 ? this.tipsWanted.get(f.sha) : undefined;
    if (waiting) {
      this.tipsWanted.delete(f.sha);
      for (const r of waiting) r.tip = i;
    }
    this.count++;
    this.index?.add(i);
    return i;
  }

  /** One shared list per distinct sequence of trailers (most commits repeat a few). */
  private listIndex(list: readonly Trailer[]): number {
    let key = '';
    for (const t of list) key += `${this.trailerIds.at(t)},`;
    let at = this.trailerListIndex.get(key);
    if (at === undefined) {
      at = this.trailerListRows.push(list) - 1;
      this.trailerListIndex.set(key, at);
    }
    return at;
  }

  /** The facts of the commit at `i`, built now (see the file comment). */
  at(i: number): CommitFacts {
    if (i < 0 || i >= this.count) throw new RangeError(`no commit at ${i}`);
    const tf = this.typeAndFlags.get(i);
    const t = tf >>> FLAG_BITS;
    return new StoredCommit(
      this,
      i,
      this.authorAt(i),
      this.days.rows[this.day.get(i)] as string,
      tf & FLAG_MASK,
      this.areaSets.rows[this.areaSet.get(i)] as readonly string[],
      t === 0 ? undefined : this.types.rows[t - 1],
      this.trailersAt(i),
    );
  }

  /** Sets a cursor's fields to the commit at `i` without building anything but rare fields. */
  fill(c: CommitCursor, i: number): void {
    const tf = this.typeAndFlags.get(i);
    const t = tf >>> FLAG_BITS;
    const flags = tf & FLAG_MASK;
    c.author = this.authorAt(i);
    c.date = this.days.rows[this.day.get(i)] as string;
    c.merge = (flags & MERGE) !== 0 || undefined;
    c.boundary = (flags & BOUNDARY) !== 0 || undefined;
    c.forgeSquash = (flags & FORGE_SQUASH) !== 0 || undefined;
    c.areas = this.areaSets.rows[this.areaSet.get(i)] as readonly string[];
    c.type = t === 0 ? undefined : this.types.rows[t - 1];
    c.trailers = this.trailersAt(i);
    const r = this.rareRow(i);
    c.pullRequest = r?.pullRequest;
    c.mergedAuthor = r?.mergedAuthor;
    c.docs = r?.docs;
  }

  /** One object to move along the table (see `CommitCursor`). */
  cursor(): CommitCursor {
    return new CommitCursor(this);
  }

  shaAt(i: number): string {
    // Built from character codes in one go: `+=` would make a chain of 20 joined strings, which
    // is what a kept sha (an item's, a summary's) would then cost.
    const L = this.shaLength;
    const codes = this.hexCodes;
    for (let k = 0; k < L; k++) {
      const b = this.shaBytes[i * L + k] as number;
      codes[2 * k] = HEX_CODES[b >> 4] as number;
      codes[2 * k + 1] = HEX_CODES[b & 15] as number;
    }
    return String.fromCharCode.apply(null, codes.length === 2 * L ? (codes as unknown as number[]) : (codes.subarray(0, 2 * L) as unknown as number[]));
  }

  authorAt(i: number): PersonName {
    return this.people.rows[this.author.get(i)] as PersonName;
  }

  /** Index of the author in `people`, for encoders. */
  authorIndexAt(i: number): number {
    return this.author.get(i);
  }

  /** Index of the day in `days`, for encoders. */
  dayIndexAt(i: number): number {
    return this.day.get(i);
  }

  /** Index of the area set in `areaSets`, for encoders. */
  areaSetIndexAt(i: number): number {
    return this.areaSet.get(i);
  }

  /** The type's index in `types` + 1 (0: none), for encoders. */
  typeIndexAt(i: number): number {
    return this.typeAndFlags.get(i) >>> FLAG_BITS;
  }

  flagsAt(i: number): number {
    return this.typeAndFlags.get(i) & FLAG_MASK;
  }

  pullRequestAt(i: number): PullRequestMerge | undefined {
    return this.rareRow(i)?.pullRequest;
  }

  mergedTipAt(i: number): string | undefined {
    const tip = this.rareRow(i)?.tip;
    return typeof tip === 'number' ? this.shaAt(tip) : tip;
  }

  mergedAuthorAt(i: number): PersonName | undefined {
    return this.rareRow(i)?.mergedAuthor;
  }

  docsAt(i: number): readonly DocChange[] | undefined {
    return this.rareRow(i)?.docs;
  }

  /** The author of the merged tip of the commit at `i`, when the tip is in the table. */
  mergedTipAuthorAt(i: number): PersonName | undefined {
    const tip = this.rareRow(i)?.tip;
    return typeof tip === 'number' ? this.authorAt(tip) : undefined;
  }

  private rareRow(i: number): Rare | undefined {
    const row = this.hasRare.rankIfSet(i);
    return row < 0 ? undefined : this.rareRows[row];
  }

  private waitForTip(tip: string, r: Rare): void {
    const list = this.tipsWanted.get(tip);
    if (list) list.push(r);
    else this.tipsWanted.set(tip, [r]);
  }

  hasSubjectAt(i: number): boolean {
    return this.hasSubject.rankIfSet(i) >= 0;
  }

  /** The subject of the commit at `i`, as a slice of the pool's memory (copy it to keep it). */
  subjectAt(i: number): string | undefined {
    const id = this.hasSubject.rankIfSet(i);
    return id < 0 ? undefined : this.subjects.get(id);
  }

  trailersAt(i: number): readonly Trailer[] | undefined {
    const list = this.trailerList.get(i);
    return list === 0 ? undefined : this.trailerListRows[list - 1];
  }

  /** Writes the sha at `i` as hex character codes into `out` at `offset`, for encoders. */
  writeShaHex(i: number, out: Uint8Array, offset: number): void {
    const L = this.shaLength;
    for (let k = 0; k < L; k++) {
      const b = this.shaBytes[i * L + k] as number;
      out[offset + 2 * k] = HEX_CODES[b >> 4] as number;
      out[offset + 2 * k + 1] = HEX_CODES[b & 15] as number;
    }
  }

  /** Length of a sha as hex text (40, or 64 in a SHA-256 repository). */
  get hashLength(): number {
    return this.shaLength * 2 || 40;
  }

  /** Position of the commit with this sha, or -1. */
  indexOf(sha: string): number {
    if (sha.length !== this.shaLength * 2 || !HEX_SHA.test(sha)) return -1;
    if (!this.index) {
      this.index = this.newIndex();
      for (let k = 0; k < this.count; k++) this.index.add(k);
    }
    return this.index.find(sha, shaHashOf(sha));
  }

  /**
   * Frees the sha index (8 to 16 bytes a commit) once a history is read: classifying and writing it
   * never look a sha up. A later `indexOf` builds it again.
   */
  releaseIndex(): void {
    this.index = undefined;
  }

  private newIndex(): ShaIndex {
    return new ShaIndex(
      (i) => this.shaHash(i),
      (i, sha) => this.shaEquals(i, sha),
    );
  }

  /** Records who started a merged branch (known only once the branch has streamed by). */
  setMergedAuthor(i: number, author: PersonName): void {
    const r = this.rareRow(i);
    if (!r) throw new Error(`commit ${i} is not a merge of a pull request`);
    r.mergedAuthor = author;
  }

  private shaHash(i: number): number {
    const at = i * this.shaLength;
    let h = FNV_OFFSET;
    for (let k = 0; k < Math.min(HASHED_BYTES, this.shaLength); k++) h = Math.imul(h ^ (this.shaBytes[at + k] as number), FNV_PRIME);
    return h >>> 0;
  }

  private shaEquals(i: number, sha: string): boolean {
    const L = this.shaLength;
    for (let k = 0; k < L; k++) if (this.shaBytes[i * L + k] !== byteAt(sha, k)) return false;
    return true;
  }
}
