import type { CommitRange } from '../git/log-fields';
import type { LogCommit } from '../git/log-commit';
import type { BlobFacts } from './classification/classify-context';
import type { CommitFacts } from './classification/commit-facts';
import type { EvidenceMemo } from './cache/evidence-memo';
import type { CommitSequence } from './history/commit-sequence';

/**
 * The ports mining needs: a reader of git history (the hardened git adapter implements it) and a
 * store for cached facts (files outside the repository). Fakes in tests throw on calls they do not
 * expect, so a test proves which git work a scenario really needs.
 */

/** Why git could not be read; each becomes a message saying what to do. */
export type GitFailure = 'untrusted' | 'git-missing' | 'not-a-repository' | 'unsafe-repository' | 'aborted' | 'failed';

/** A git read that failed, with why (`code`) and a message for people; cancellation has the name `AbortError`. */
export class GitReadError extends Error {
  constructor(
    readonly code: GitFailure,
    message: string,
  ) {
    super(message);
    this.name = code === 'aborted' ? 'AbortError' : 'GitReadError';
  }
}

/** What `inspect` found out about a repository. */
export interface RepositoryInfo {
  /** The path the caller gave. */
  readonly path: string;
  /** Absolute root: the working tree, or the git directory of a bare repository. */
  readonly root: string;
  readonly gitDir: string;
  /** Short name used in evidence ids and titles (the folder name, without `.git` for bare repositories). */
  readonly name: string;
  readonly bare: boolean;
  readonly shallow: boolean;
  /** The commit HEAD points at; undefined in a repository with no commits yet. */
  readonly head?: string;
  /** Shallow clones: the commits whose parents were not fetched. */
  readonly shallowBoundary: readonly string[];
  /**
   * Partial clones: the object filter they were cloned with (`blob:none`, `tree:0`…). Missing
   * objects are never fetched: what needs them is skipped and said so.
   */
  readonly partialFilter?: string;
}

/** A blob read for its header or an edit size; `text` is undefined for missing, binary or undecodable content. */
export interface BlobText {
  readonly id: string;
  readonly text?: string;
  readonly truncated: boolean;
}

/** Reads a repository’s history and contents; implemented by the hardened git adapter. */
export interface GitHistoryReader {
  /** Finds the repository at `path`. Throws GitReadError (not a repository, git missing, untrusted…). */
  inspect(path: string, signal?: AbortSignal): Promise<RepositoryInfo>;
  /**
   * Streams the commits of `range`, newest first, one at a time. What cannot matter may be left
   * out: the body of a non-merge commit whose message has no `…-by:` trailer (see
   * `evidenceBodyFilter`), and the blob ids and mode of a change to a file that cannot be a
   * document (see `isDocumentFile`).
   */
  readCommits(repo: RepositoryInfo, range: CommitRange, onCommit: (commit: LogCommit) => void, signal?: AbortSignal): Promise<void>;
  /** Whether the object exists and is a commit (an old tip may have been garbage-collected after a rewrite). */
  hasCommit(repo: RepositoryInfo, sha: string, signal?: AbortSignal): Promise<boolean>;
  isAncestor(repo: RepositoryInfo, ancestor: string, descendant: string, signal?: AbortSignal): Promise<boolean>;
  /** Shas of the commits in `range` (no other data). */
  listCommits(repo: RepositoryInfo, range: CommitRange, signal?: AbortSignal): Promise<string[]>;
  /** Streams blob contents (at most `maxBytes` of each) in any order. */
  readBlobs(repo: RepositoryInfo, ids: readonly string[], onBlob: (blob: BlobText) => void, signal?: AbortSignal): Promise<void>;
  /**
   * A blob reader that stays open: ids can be requested while other work goes on (one process for
   * a whole history read rather than one per batch). Optional: without it, `readBlobs` is used.
   */
  openBlobReader?(repo: RepositoryInfo, onBlob: (blob: BlobText) => void, signal?: AbortSignal): BlobReaderSession;
  /** The `.mailmap` at HEAD, if any. */
  readMailmap(repo: RepositoryInfo, signal?: AbortSignal): Promise<string | undefined>;
}

/**
 * The shallow boundary and partial-clone filter as one string ('' for a full clone). The diff of a
 * boundary commit is its whole tree, so facts mined under one boundary are not valid under another.
 */
export function boundarySignature(repo: RepositoryInfo): string {
  const shallow = repo.shallow ? [...repo.shallowBoundary].sort().join(',') : '';
  // A partial clone's facts lack what its missing objects hold; refetched, the same tip has more.
  return repo.partialFilter === undefined ? shallow : `${shallow}|partial:${repo.partialFilter}`;
}

/** An open blob reader: request ids as they become known, then close to wait for every answer. */
export interface BlobReaderSession {
  request(ids: readonly string[]): void;
  /** Ends the requests and resolves when every answer has been delivered; rejects if git failed. */
  close(): Promise<void>;
}

/** Cached, identity-independent facts of one repository. */
export interface CachedHistory {
  /** HEAD when these facts were mined. */
  readonly tip: string;
  /** `boundarySignature` of the repository then: a shallow clone deepened since has other facts. */
  readonly boundary: string;
  /** Every commit reachable from `tip`, parents before children. */
  readonly commits: CommitSequence;
  readonly blobs: BlobFacts;
}

/** What the cache had for a repository. */
export type CacheLoad =
  | { readonly kind: 'hit'; readonly history: CachedHistory }
  | { readonly kind: 'miss' }
  /** A cache file was unreadable or from another version: it is ignored and rebuilt. */
  | { readonly kind: 'discarded'; readonly reason: string };

/** What to write to the cache after a run. */
export interface CacheUpdate {
  readonly tip: string;
  readonly boundary: string;
  /** The whole history, parents first: the store rewrites everything. */
  readonly replace?: CommitSequence;
  /** Commits added on top of `previousTip`, parents first: the store appends them (compacting when it must). */
  readonly append?: { readonly previousTip: string; readonly commits: CommitSequence };
  /** Present when blob facts gained entries: the store rewrites them. */
  readonly blobs?: BlobFacts;
  /** The classification result at `tip`, so an unchanged repository needs no facts loaded at all. */
  readonly memo?: EvidenceMemo;
}

/** Where cached facts and result memos live (files outside the repository). */
export interface FactCache {
  load(repoRoot: string): Promise<CacheLoad>;
  /** The result memo alone (small), valid only for the cached tip; undefined when there is none. */
  loadMemo(repoRoot: string): Promise<EvidenceMemo | undefined>;
  /**
   * Only the commits that changed documents (parents first) and the blob facts: all that document
   * evidence depends on. Undefined when the cache cannot give them (the caller then loads everything).
   */
  loadDocumentFacts(repoRoot: string): Promise<{ readonly tip: string; readonly commits: readonly CommitFacts[]; readonly blobs: BlobFacts } | undefined>;
  /** Never throws for I/O problems that only cost a future re-mine; returns false when nothing was written. */
  save(repoRoot: string, update: CacheUpdate): Promise<boolean>;
}
