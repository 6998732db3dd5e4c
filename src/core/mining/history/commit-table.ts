import type { PersonName } from '../../git/mailmap';
import type { PullRequestMerge } from '../../git/merge-subject';
import type { Trailer } from '../../git/trailers';
import type { CommitFacts, DocChange } from '../classification/commit-facts';
import { BOUNDARY, CommitCursor, FORGE_SQUASH, MERGE, StoredCommit, type FactSource } from './commit-views';
import { HexColumn } from './hex-column';
import { HEX_SHA, shaHashOf } from './hex-sha';
import { IntColumn } from './int-column';
import { Interned } from './interned';
import { RankedBits } from './ranked-bits';
import { RareFields } from './rare-fields';
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

export { BOUNDARY, FORGE_SQUASH, MERGE } from './commit-views';
export { Interned } from './interned';
const FLAG_BITS = 3;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** The commit facts of one repository, stored column by column (see the file comment). */
export class CommitTable implements FactSource {
  readonly people = new Interned<PersonName>();
  /** Who started merged branches (apart from `people`, the authors of this table's commits). */
  private readonly mergedPeople = new Interned<PersonName>();
  readonly areaSets = new Interned<readonly string[]>();
  readonly types = new Interned<string>();
  readonly days = new Interned<string>();
  /** Shas as bytes (20 a commit; 32 in a SHA-256 repository), not as hex text. */
  private readonly shas = new HexColumn();
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
  /** Which commits have merge or document fields; its rank is the row in `rare`. */
  private readonly hasRare = new RankedBits();
  private readonly rare = new RareFields();
  /** Merged tips not in the table yet, and the rows of the merges that name them. */
  private readonly tipsWanted = new Map<string, number[]>();
  /** Sha → position; built as commits are added, released by `releaseIndex` and rebuilt when asked again. */
  private index: ShaIndex | undefined = this.newIndex();

  get length(): number {
    return this.shas.length;
  }

  /** Adds one commit's facts and returns its position. */
  add(f: CommitFacts): number {
    const i = this.shas.length;
    if (i > 0 && f.sha.length !== this.shas.hexLength) throw new Error('commits of one repository must share a hash length');
    if (!this.shas.fits(f.sha)) throw new Error(`not a commit id: ${f.sha}`);
    this.author.set(i, this.people.at(f.author));
    this.day.set(i, this.days.at(f.date));
    this.areaSet.set(i, this.areaSets.at(f.areas));
    const flags = (f.merge ? MERGE : 0) | (f.boundary ? BOUNDARY : 0) | (f.forgeSquash ? FORGE_SQUASH : 0);
    this.typeAndFlags.set(i, ((f.type === undefined ? 0 : this.types.at(f.type) + 1) << FLAG_BITS) | flags);
    this.trailerList.set(i, f.trailers ? this.listIndex(f.trailers) + 1 : 0);
    this.hasSubject.push(f.subject !== undefined);
    if (f.subject !== undefined) this.subjects.add(f.subject);
    const rare = f.pullRequest !== undefined || f.mergedTip !== undefined || f.mergedAuthor !== undefined || f.docs !== undefined;
    if (rare) {
      const at = f.mergedTip === undefined ? -1 : this.indexOf(f.mergedTip);
      const tip = f.mergedTip === undefined ? undefined : at >= 0 ? at : f.mergedTip;
      const r = this.rare.add(f.pullRequest, tip, f.mergedAuthor ? this.mergedPeople.at(f.mergedAuthor) : undefined, f.docs);
      if (f.mergedTip !== undefined && at < 0) this.waitForTip(f.mergedTip, r);
    }
    this.hasRare.push(rare);
    // A merge streamed before its branch (newest first) names a tip added later: keep its position.
    const waiting = this.tipsWanted.size > 0 ? this.tipsWanted.get(f.sha) : undefined;
    if (waiting) {
      this.tipsWanted.delete(f.sha);
      for (const r of waiting) this.rare.setTip(r, i);
    }
    this.shas.add(f.sha);
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
    if (i < 0 || i >= this.length) throw new RangeError(`no commit at ${i}`);
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

  /** Sets a cursor's fields to the commit at `i` without building anything (merge and document fields are read when asked). */
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
  }

  /** One object to move along the table (see `CommitCursor`). */
  cursor(): CommitCursor {
    return new CommitCursor(this);
  }

  shaAt(i: number): string {
    return this.shas.at(i);
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

  /** Whether the commit at `i` merged a pull request, without building it (for encoders). */
  hasPullRequestAt(i: number): boolean {
    const r = this.hasRare.rankIfSet(i);
    return r >= 0 && this.rare.hasPullRequest(r);
  }

  /** Whether the commit at `i` changed documents, without building its changes (for encoders). */
  hasDocsAt(i: number): boolean {
    const r = this.hasRare.rankIfSet(i);
    return r >= 0 && this.rare.hasDocs(r);
  }

  pullRequestAt(i: number): PullRequestMerge | undefined {
    const r = this.hasRare.rankIfSet(i);
    return r < 0 ? undefined : this.rare.pullRequest(r);
  }

  mergedTipAt(i: number): string | undefined {
    const tip = this.tipAt(i);
    return typeof tip === 'number' ? this.shaAt(tip) : tip;
  }

  mergedAuthorAt(i: number): PersonName | undefined {
    const r = this.hasRare.rankIfSet(i);
    return r < 0 ? undefined : this.mergedPersonAt(this.rare.mergedAuthorOf(r));
  }

  docsAt(i: number): readonly DocChange[] | undefined {
    const r = this.hasRare.rankIfSet(i);
    return r < 0 ? undefined : this.rare.docs(r);
  }

  /** The author of the merged tip of the commit at `i`, when the tip is in the table. */
  mergedTipAuthorAt(i: number): PersonName | undefined {
    const tip = this.tipAt(i);
    return typeof tip === 'number' ? this.authorAt(tip) : undefined;
  }

  /** The merged tip of the commit at `i`: its position once in the table, else its text. */
  private tipAt(i: number): number | string | undefined {
    const r = this.hasRare.rankIfSet(i);
    return r < 0 ? undefined : this.rare.tipOf(r);
  }

  private mergedPersonAt(index: number): PersonName | undefined {
    return index < 0 ? undefined : this.mergedPeople.rows[index];
  }

  private waitForTip(tip: string, r: number): void {
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
    this.shas.writeHex(i, out, offset);
  }

  /** Length of a sha as hex text (40, or 64 in a SHA-256 repository). */
  get hashLength(): number {
    return this.shas.hexLength || 40;
  }

  /** Position of the commit with this sha, or -1. */
  indexOf(sha: string): number {
    if (sha.length !== this.shas.hexLength || !HEX_SHA.test(sha)) return -1;
    if (!this.index) {
      this.index = this.newIndex();
      for (let k = 0; k < this.length; k++) this.index.add(k);
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
      (i) => this.shas.hash(i),
      (i, sha) => this.shas.equals(i, sha),
    );
  }

  /** Records who started a merged branch (known only once the branch has streamed by). */
  setMergedAuthor(i: number, author: PersonName): void {
    const r = this.hasRare.rankIfSet(i);
    if (r < 0) throw new Error(`commit ${i} is not a merge of a pull request`);
    this.rare.setMergedAuthor(r, this.mergedPeople.at(author));
  }
}
