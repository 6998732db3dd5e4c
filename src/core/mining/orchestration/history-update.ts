import { BranchStarts } from '../../git/branch-start';
import type { CommitRange } from '../../git/log-fields';
import type { PersonName } from '../../git/mailmap';
import type { CacheUse } from '../mining-types';
import { emptyBlobFacts, type BlobFacts } from '../classification/classify-context';
import { commitFacts, oldestFirst, FactInterner } from '../classification/commit-facts';
import { CommitTable } from '../history/commit-table';
import { concatSequences, TableView, withoutCommits, type CommitSequence, type TableOrder } from '../history/commit-sequence';
import { HeaderPrefetch } from './header-prefetch';
import { boundarySignature, type CacheUpdate, type CachedHistory, type FactCache, type GitHistoryReader, type RepositoryInfo } from '../git-history-port';


export type { CacheUse } from '../mining-types';

/** A repository’s facts brought up to HEAD, and how the cache was used for it. */
export interface UpdatedHistory {
  /** Every commit reachable from HEAD, parents first. */
  readonly commits: CommitSequence;
  readonly blobs: BlobFacts;
  /** Whether document headers were read into `blobs` while history streamed. */
  readonly blobsAdded: boolean;
  readonly cacheUse: CacheUse;
  /** Commits read from git in this run. */
  readonly commitsRead: number;
  /** A cache file that had to be thrown away, and why. */
  readonly discarded?: string;
  /** Commits read in this run whose author date was unusable. */
  readonly undated?: readonly string[];
  /** What to write back (after classification has added blob facts); undefined when nothing changed. */
  readonly update?: Pick<CacheUpdate, 'tip' | 'boundary' | 'replace' | 'append'>;
}

/** How `updateHistory` may work. */
export interface UpdateOptions {
  readonly useCache: boolean;
  /** Documents whose headers are worth reading while history streams (see HeaderPrefetch). */
  readonly wantsHeader?: (path: string) => boolean;
  readonly signal?: AbortSignal;
  readonly onCommits?: (commitsRead: number) => void;
}

/** Brings a repository's commit facts up to HEAD, reading from git only what the cache lacks. */
export async function updateHistory(
  reader: GitHistoryReader,
  cache: FactCache | undefined,
  repo: RepositoryInfo,
  head: string,
  options: UpdateOptions,
): Promise<UpdatedHistory> {
  const load = options.useCache && cache ? await cache.load(repo.root) : { kind: 'miss' as const };
  const full = async (cacheUse: CacheUse, discarded?: string): Promise<UpdatedHistory> => {
    const blobs = load.kind === 'hit' ? load.history.blobs : emptyBlobFacts();
    const prefetch = options.wantsHeader ? new HeaderPrefetch(reader, repo, blobs, options.wantsHeader, options.signal) : undefined;
    const read = await readFacts(reader, repo, { include: [head], exclude: [] }, undefined, options, prefetch);
    await prefetch?.finish();
    return {
      commits: read.commits,
      blobs,
      blobsAdded: prefetch?.added ?? false,
      cacheUse,
      commitsRead: read.commits.length,
      undated: read.undated,
      ...(discarded ? { discarded } : {}),
      update: { tip: head, boundary: boundarySignature(repo), replace: read.commits },
    };
  };
  if (!options.useCache || !cache) return full('off');
  if (load.kind === 'miss') return full('cold');
  if (load.kind === 'discarded') return full('rebuilt', load.reason);
  const old = load.history;
  // Deepening or unshallowing changes which files were really "added" at the old boundary.
  if (old.boundary !== boundarySignature(repo)) return full('rebuilt');
  if (old.tip === head) return { commits: old.commits, blobs: old.blobs, blobsAdded: false, cacheUse: 'hit', commitsRead: 0 };
  const relation = await tipRelation(reader, repo, old.tip, head, options.signal);
  if (relation === 'gone') return full('rebuilt');
  const ancestor = relation === 'ahead';
  const prefetch = options.wantsHeader ? new HeaderPrefetch(reader, repo, old.blobs, options.wantsHeader, options.signal) : undefined;
  const [goneList, read] = await Promise.all([
    ancestor ? Promise.resolve([]) : reader.listCommits(repo, { include: [old.tip], exclude: [head] }, options.signal),
    readFacts(reader, repo, { include: [head], exclude: [old.tip] }, old, options, prefetch),
  ]);
  await prefetch?.finish();
  const added = read.commits;
  // Kept commits stay in their order; new ones cannot be ancestors of kept ones, so appending keeps parents first.
  const commits = concatSequences(withoutCommits(old.commits, new Set(goneList)), added);
  return {
    commits,
    blobs: old.blobs,
    blobsAdded: prefetch?.added ?? false,
    cacheUse: ancestor ? 'incremental' : 'rewritten',
    commitsRead: added.length,
    undated: read.undated,
    update: ancestor
      ? { tip: head, boundary: boundarySignature(repo), append: { previousTip: old.tip, commits: added } }
      : { tip: head, boundary: boundarySignature(repo), replace: commits },
  };
}

/**
 * How HEAD relates to the tip mined last time: `ahead` (only new commits on top: read `head --not
 * tip`), `rewritten` (the old tip is still there but not an ancestor), or `gone` (garbage-collected
 * after a rewrite: nothing can be reused). The one test both incremental paths (cached facts and
 * the result memo) use.
 */
export async function tipRelation(reader: GitHistoryReader, repo: RepositoryInfo, tip: string, head: string, signal?: AbortSignal): Promise<'ahead' | 'rewritten' | 'gone'> {
  const [known, ancestor] = await Promise.all([
    reader.hasCommit(repo, tip, signal),
    // Fails when the old tip is gone (rewritten and garbage-collected): `known` then says so.
    reader.isAncestor(repo, tip, head, signal).catch(() => false),
  ]);
  if (!known) return 'gone';
  return ancestor ? 'ahead' : 'rewritten';
}

/** Commits read from git, parents first, and the ones whose date could not be read. */
export interface ReadFacts {
  readonly commits: TableView;
  /** Commits whose author date was unusable (kept, dated UNDATED), newest first. */
  readonly undated: readonly string[];
}

/**
 * Reads the commits of `range` into a CommitTable, parents first. Work that can happen while git
 * streams does (the main thread is idle then): checking the order, finding who started each merged
 * branch (BranchStarts), and reading document headers. A merge whose branch did not stream by
 * after it falls back to its tip's author, looked up in `old` if need be.
 */
export async function readFacts(
  reader: GitHistoryReader,
  repo: RepositoryInfo,
  range: CommitRange,
  old: CachedHistory | undefined,
  options: UpdateOptions,
  prefetch?: HeaderPrefetch,
): Promise<ReadFacts> {
  const people = new FactInterner();
  const boundary = new Set(repo.shallowBoundary);
  const table = new CommitTable();
  // Parents, only for a history out of order (the sort needs them) and only where they are not
  // simply the next commit printed (most commits): position → parents joined by spaces.
  const parentLists = new Map<number, string>();
  let previousParents: readonly string[] | undefined;
  let inOrder = true;
  // Whose request a merge was follows its branch's first commit, found as the branch streams by.
  const branches = new BranchStarts<PersonName>();
  const requests: number[] = [];
  const undated: string[] = [];
  await reader.readCommits(
    repo,
    range,
    (c) => {
      if (c.undated) undated.push(c.sha);
      const f = commitFacts(c, people, boundary);
      // Newest first means children before parents; a parent already seen is clock skew.
      if (inOrder) for (const p of c.parents) if (table.indexOf(p) >= 0) inOrder = false;
      const at = table.add(f);
      if (f.mergedTip !== undefined) requests.push(at);
      branches.observe(c.sha, c.parents, f.author, f.mergedTip !== undefined ? mergedAuthorSetter(table, at) : undefined);
      if (previousParents !== undefined && !(previousParents.length === 1 && previousParents[0] === c.sha)) parentLists.set(at - 1, previousParents.join(' '));
      previousParents = c.parents;
      prefetch?.observe(f.docs);
      if (options.onCommits && table.length % 2000 === 0) options.onCommits(table.length);
    },
    options.signal,
  );
  options.onCommits?.(table.length);
  if (previousParents !== undefined) parentLists.set(table.length - 1, previousParents.join(' '));
  let order: TableOrder = 'reversed';
  if (!inOrder) {
    const parentsOf = (i: number): readonly string[] => {
      const listed = parentLists.get(i);
      if (listed === undefined) return [table.shaAt(i + 1)];
      return listed === '' ? [] : listed.split(' ');
    };
    const nodes = Array.from({ length: table.length }, (_, i) => ({ sha: table.shaAt(i), parents: parentsOf(i), i }));
    order = Int32Array.from(oldestFirst(nodes), (node) => node.i);
  }
  resolveMergedAuthors(table, requests, old);
  table.releaseIndex();
  return { commits: new TableView(table, order), undated };
}

/** Records who started a merge's branch; made only for merges, so other commits allocate no closure. */
function mergedAuthorSetter(table: CommitTable, at: number): (start: string, author: PersonName) => void {
  return (_start, author) => table.setMergedAuthor(at, author);
}

/** Finds merged tips that were not in the stream after their merge (clock skew, or older history). */
function resolveMergedAuthors(table: CommitTable, requests: readonly number[], old: CachedHistory | undefined): void {
  for (const i of requests) {
    if (table.mergedAuthorAt(i)) continue;
    const tip = table.mergedTipAt(i);
    if (tip === undefined) continue;
    const author = table.mergedTipAuthorAt(i) ?? old?.commits.find(tip)?.author;
    if (author) table.setMergedAuthor(i, author);
  }
}
