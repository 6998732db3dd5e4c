import { BranchStarts } from '../../git/branch-start';
import type { CommitRange } from '../../git/log-fields';
import type { PersonName } from '../../git/mailmap';
import type { CacheUse } from '../mining-types';
import { emptyBlobFacts, type BlobFacts } from '../classification/classify-context';
import { commitFacts, oldestFirst, FactInterner, type CommitFacts } from '../classification/commit-facts';
import type { EncodedSegment } from '../cache/fact-codec';
import { HeaderPrefetch } from './header-prefetch';
import { SegmentBuilder } from '../cache/segment-builder';
import { boundarySignature, type CacheUpdate, type CachedHistory, type FactCache, type GitHistoryReader, type RepositoryInfo } from '../git-history-port';


export type { CacheUse } from '../mining-types';

/** A repository’s facts brought up to HEAD, and how the cache was used for it. */
export interface UpdatedHistory {
  /** Every commit reachable from HEAD, parents first. */
  readonly commits: readonly CommitFacts[];
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
  readonly update?: Pick<CacheUpdate, 'tip' | 'boundary' | 'replace' | 'append' | 'encoded'>;
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
      commits: read.facts,
      blobs,
      blobsAdded: prefetch?.added ?? false,
      cacheUse,
      commitsRead: read.facts.length,
      undated: read.undated,
      ...(discarded ? { discarded } : {}),
      update: { tip: head, boundary: boundarySignature(repo), replace: read.facts, ...(read.encoded ? { encoded: read.encoded } : {}) },
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
  const added = read.facts;
  const gone = new Set(goneList);
  // Kept commits stay in their order; new ones cannot be ancestors of kept ones, so appending keeps parents first.
  const kept = gone.size === 0 ? old.commits : old.commits.filter((c) => !gone.has(c.sha));
  const commits = kept.length === 0 ? added : added.length === 0 ? kept : [...kept, ...added];
  return {
    commits,
    blobs: old.blobs,
    blobsAdded: prefetch?.added ?? false,
    cacheUse: ancestor ? 'incremental' : 'rewritten',
    commitsRead: added.length,
    undated: read.undated,
    update: ancestor
      ? { tip: head, boundary: boundarySignature(repo), append: { previousTip: old.tip, commits: added }, ...(read.encoded ? { encoded: read.encoded } : {}) }
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

/** Commits read from git: facts parents first, and the same commits already encoded for the cache when that was possible. */
export interface ReadFacts {
  readonly facts: CommitFacts[];
  readonly encoded?: EncodedSegment;
  /** Commits whose author date was unusable (kept, dated UNDATED), newest first. */
  readonly undated: readonly string[];
}

/**
 * Reads the commits of `range` as facts, parents first. Work that can happen while git streams
 * does (the main thread is idle then): encoding for the cache, checking the order, finding who
 * started each merged branch (BranchStarts), and reading document headers. A merge whose branch
 * did not stream by after it falls back to its tip's author, looked up in `old` if need be.
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
  const facts: CommitFacts[] = [];
  // Parent lists, only for a history out of order (the sort needs them). A commit whose only
  // parent is the next one printed (most of them) stores nothing: `linear` stands for that.
  const parentLists: (readonly string[] | undefined)[] = [];
  let previousParents: readonly string[] | undefined;
  const builder = new SegmentBuilder();
  const seen = new Set<string>();
  let inOrder = true;
  // Whose request a merge was follows its branch's first commit, found as the branch streams by.
  const branches = new BranchStarts<PersonName>();
  const requests: CommitFacts[] = [];
  const undated: string[] = [];
  await reader.readCommits(
    repo,
    range,
    (c) => {
      if (c.undated) undated.push(c.sha);
      const f = commitFacts(c, people, boundary);
      // Newest first means children before parents; a parent already seen is clock skew.
      if (inOrder) for (const p of c.parents) if (seen.has(p)) inOrder = false;
      seen.add(c.sha);
      if (f.mergedTip !== undefined) requests.push(f);
      branches.observe(c.sha, c.parents, f.author, f.mergedTip !== undefined ? (_start, author) => setMergedAuthor(f, author) : undefined);
      if (previousParents !== undefined) parentLists.push(previousParents.length === 1 && previousParents[0] === c.sha ? undefined : previousParents);
      previousParents = c.parents;
      facts.push(f);
      builder.add(f);
      prefetch?.observe(f.docs);
      if (options.onCommits && facts.length % 2000 === 0) options.onCommits(facts.length);
    },
    options.signal,
  );
  options.onCommits?.(facts.length);
  if (previousParents !== undefined) parentLists.push(previousParents);
  const parentsOf = (i: number): readonly string[] => parentLists[i] ?? [facts[i + 1]?.sha ?? ''];
  const ordered = inOrder ? facts.reverse() : oldestFirst(facts.map((f, i) => ({ sha: f.sha, parents: parentsOf(i), f }))).map((g) => g.f);
  if (requests.some((m) => !m.mergedAuthor)) resolveMergedAuthors(ordered, old);
  return { facts: ordered, undated, ...(inOrder ? { encoded: builder.build(true) } : {}) };
}

/** Facts are built here and not yet shared: completing a merge in place saves a copy of it. */
function setMergedAuthor(merge: CommitFacts, author: PersonName): void {
  (merge as { mergedAuthor?: PersonName }).mergedAuthor = author;
}

/** Finds merged tips that were not in the stream after their merge (clock skew, or older history). */
function resolveMergedAuthors(commits: readonly CommitFacts[], old: CachedHistory | undefined): void {
  const wanted = new Set<string>();
  for (const c of commits) if (c.mergedTip !== undefined && !c.mergedAuthor) wanted.add(c.mergedTip);
  if (wanted.size === 0) return;
  const authors = new Map<string, PersonName>();
  for (const c of commits) if (wanted.has(c.sha)) authors.set(c.sha, c.author);
  if (old && authors.size < wanted.size) for (const c of old.commits) if (wanted.has(c.sha)) authors.set(c.sha, c.author);
  for (const c of commits) {
    const author = c.mergedTip === undefined || c.mergedAuthor ? undefined : authors.get(c.mergedTip);
    if (author) setMergedAuthor(c, author);
  }
}
