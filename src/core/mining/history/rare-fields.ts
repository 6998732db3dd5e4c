import type { ChangeStatus } from '../../git/log-commit';
import type { CodeHost, PullRequestMerge } from '../../git/merge-subject';
import { detached } from '../../text/detached';
import type { DocChange } from '../classification/commit-facts';
import { HexColumn } from './hex-column';
import { IntColumn } from './int-column';
import { Interned } from './interned';
import { TextPool } from './text-pool';

/** Largest value an `IntColumn` keeps as value + 1. */
const LARGEST = 0x7ffffffe;

/**
 * The merge and document fields of the few commits that have them (a pull request merge, its
 * merged tip and the tip's author; the documents a commit changed), one row per such commit, held
 * as columns. As one object per row (a pull request, a change list, a change per document, and
 * their strings) they were about 40 MB of a million-commit history; as columns they are a few.
 * Texts (titles, branches) sit in a pool; paths are shared; blob ids are bytes. Everything read
 * from here is built when asked and belongs to the caller.
 */
export class RareFields {
  private rows = 0;
  // Pull requests: 0 none, else the host's index + 1; number + 1 (0: kept in `bigNumbers`); text ids + 1.
  private readonly prHost = new IntColumn(256);
  private readonly prNumber = new IntColumn(256);
  private readonly prTitle = new IntColumn(256);
  private readonly prFrom = new IntColumn(256);
  private readonly bigNumbers = new Map<number, number>();
  private readonly hosts = new Interned<CodeHost>();
  private readonly texts = new TextPool();
  /** Merged tips: position + 1 once the tip is in the table (0: none, or see `tipTexts`). */
  private readonly tip = new IntColumn(256);
  private readonly tipTexts = new Map<number, string>();
  /** Who started the merged branch: an index the table gives + 1 (0: unknown). */
  private readonly mergedAuthor = new IntColumn(256);
  // Documents: the row's first change + 1 (0: none) and how many.
  private readonly docStart = new IntColumn(256);
  private readonly docCount = new IntColumn(256);
  private changes = 0;
  private readonly statuses = new Interned<ChangeStatus>();
  private readonly paths = new Interned<string>();
  private readonly status = new IntColumn(256);
  private readonly path = new IntColumn(256);
  /** 0: none, else the path's index + 1. */
  private readonly oldPath = new IntColumn(256);
  /** Blob references (see `blobRef`): 0 none. */
  private readonly oldBlob = new IntColumn(256);
  private readonly newBlob = new IntColumn(256);
  private readonly blobs = new HexColumn();
  /** Blob ids that are not hex of the repository's length (never from git; kept all the same). */
  private readonly oddBlobs = new Interned<string>();

  /** Adds a row; `tip` is the merged tip's position, or its text when it is not in the table yet. */
  add(pullRequest: PullRequestMerge | undefined, tip: number | string | undefined, mergedAuthor: number | undefined, docs: readonly DocChange[] | undefined): number {
    const r = this.rows++;
    if (pullRequest) {
      this.prHost.set(r, this.hosts.at(pullRequest.host) + 1);
      const n = pullRequest.number;
      if (Number.isInteger(n) && n >= 0 && n <= LARGEST) this.prNumber.set(r, n + 1);
      else this.bigNumbers.set(r, n);
      if (pullRequest.title !== undefined) this.prTitle.set(r, this.texts.add(pullRequest.title) + 1);
      if (pullRequest.from !== undefined) this.prFrom.set(r, this.texts.add(pullRequest.from) + 1);
    }
    if (tip !== undefined) this.setTip(r, tip);
    if (mergedAuthor !== undefined) this.setMergedAuthor(r, mergedAuthor);
    if (docs) {
      this.docStart.set(r, this.changes + 1);
      this.docCount.set(r, docs.length);
      for (const d of docs) this.addChange(d);
    }
    return r;
  }

  pullRequest(r: number): PullRequestMerge | undefined {
    const host = this.prHost.get(r);
    if (host === 0) return undefined;
    const n = this.prNumber.get(r);
    const title = this.prTitle.get(r);
    const from = this.prFrom.get(r);
    // Copies: evidence titles outlive the pool.
    return {
      host: this.hosts.rows[host - 1] as CodeHost,
      number: n === 0 ? (this.bigNumbers.get(r) as number) : n - 1,
      ...(title === 0 ? {} : { title: detached(this.texts.get(title - 1)) }),
      ...(from === 0 ? {} : { from: detached(this.texts.get(from - 1)) }),
    };
  }

  hasPullRequest(r: number): boolean {
    return this.prHost.get(r) !== 0;
  }

  hasDocs(r: number): boolean {
    return this.docStart.get(r) !== 0;
  }

  /** The merged tip's position, or its text when it is not in the table, or undefined. */
  tipOf(r: number): number | string | undefined {
    const t = this.tip.get(r);
    return t !== 0 ? t - 1 : this.tipTexts.get(r);
  }

  setTip(r: number, tip: number | string): void {
    if (typeof tip === 'number') {
      this.tip.set(r, tip + 1);
      this.tipTexts.delete(r);
    } else this.tipTexts.set(r, tip);
  }

  /** The index the table gave the merged branch's author, or -1. */
  mergedAuthorOf(r: number): number {
    return this.mergedAuthor.get(r) - 1;
  }

  setMergedAuthor(r: number, person: number): void {
    this.mergedAuthor.set(r, person + 1);
  }

  /** The row's document changes, built now (undefined: none). */
  docs(r: number): readonly DocChange[] | undefined {
    const start = this.docStart.get(r);
    if (start === 0) return undefined;
    const n = this.docCount.get(r);
    const out = new Array<DocChange>(n);
    for (let k = 0; k < n; k++) out[k] = this.changeAt(start - 1 + k);
    return out;
  }

  private addChange(d: DocChange): void {
    const c = this.changes++;
    this.status.set(c, this.statuses.at(d.status));
    this.path.set(c, this.paths.at(d.path));
    if (d.oldPath !== undefined) this.oldPath.set(c, this.paths.at(d.oldPath) + 1);
    if (d.oldBlob !== undefined) this.oldBlob.set(c, this.blobRef(d.oldBlob));
    if (d.newBlob !== undefined) this.newBlob.set(c, this.blobRef(d.newBlob));
  }

  private changeAt(c: number): DocChange {
    const oldPath = this.oldPath.get(c);
    const oldBlob = this.oldBlob.get(c);
    const newBlob = this.newBlob.get(c);
    return {
      status: this.statuses.rows[this.status.get(c)] as ChangeStatus,
      path: this.paths.rows[this.path.get(c)] as string,
      ...(oldPath === 0 ? {} : { oldPath: this.paths.rows[oldPath - 1] as string }),
      ...(oldBlob === 0 ? {} : { oldBlob: this.blobText(oldBlob) }),
      ...(newBlob === 0 ? {} : { newBlob: this.blobText(newBlob) }),
    };
  }

  /** Even: a blob in `blobs` at ref / 2 - 1; odd: one in `oddBlobs` at (ref - 1) / 2. */
  private blobRef(id: string): number {
    return this.blobs.fits(id) ? (this.blobs.add(id) + 1) * 2 : this.oddBlobs.at(id) * 2 + 1;
  }

  private blobText(ref: number): string {
    return ref % 2 === 0 ? this.blobs.at(ref / 2 - 1) : (this.oddBlobs.rows[(ref - 1) / 2] as string);
  }
}
