import type { EvidenceItem } from '../evidence/evidence-item';
import type { DocPathOverrides } from '../model/types';
import type { FactCache, GitFailure, GitHistoryReader } from './git-history-port';

/**
 * The shapes mining is asked with and answers with, apart from the code that does it, so the
 * orchestration, the editor, the CLI and the tests share them without importing each other.
 */

/**
 * How the cache served a repository: `off` (disabled), `cold` (no cache yet), `hit` (nothing new),
 * `incremental` (only `new --not old` read), `rewritten` (old tip no longer an ancestor: what is
 * gone was dropped, what is new was read), `rebuilt` (cache unusable: everything read again).
 */
export type CacheUse = 'off' | 'cold' | 'hit' | 'incremental' | 'rewritten' | 'rebuilt';

/** What to mine and for whom. Identity and path rules are applied after the cache, so changing them needs no re-mining. */
export interface MiningOptions {
  /** Repository folders (working trees or bare repositories); duplicates are mined once. */
  readonly repos: readonly string[];
  /** The person's names and emails (an entry with `@` is an email). */
  readonly identities: readonly string[];
  /** Extra bot globs (added to the built-in ones). */
  readonly bots?: readonly string[];
  /** The profile's document path globs; a kind given here replaces its defaults. */
  readonly paths?: DocPathOverrides;
  /** Globs of paths that are never documents, added to DEFAULT_EXCLUDED_GLOBS. */
  readonly excludePaths?: readonly string[];
  /**
   * The growth folder (default `growth`): its ledger and notes are evidence of their own, so its
   * files are never documents here, and commits to it are not summarised as an area of work.
   */
  readonly growthRoot?: string;
  /** Inclusive YYYY-MM-DD bounds on evidence dates; the whole history is always read (authorship needs it). */
  readonly since?: string;
  readonly until?: string;
  readonly noCache?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: MiningProgress) => void;
  /** Repositories mined at once (default 3). */
  readonly concurrency?: number;
}

/** What a repository’s mining is doing, for progress reports. */
export type MiningPhase = 'inspect' | 'cache' | 'log' | 'documents' | 'classify' | 'done';

/** A progress report: a repository, its phase, and how many commits were read so far. */
export interface MiningProgress {
  readonly repo: string;
  readonly commitsRead: number;
  readonly phase: MiningPhase;
}

/** The ports `mineEvidence` uses (see `nodeMiningDeps` for the real ones). */
export interface MiningDeps {
  readonly reader: GitHistoryReader;
  /** Omit to mine without a cache. */
  readonly cache?: FactCache;
  /** Milliseconds, for timings (default `Date.now`). */
  readonly now?: () => number;
}

/** How one repository was mined. */
export interface RepoStats {
  readonly repo: string;
  readonly path: string;
  readonly head?: string;
  readonly shallow: boolean;
  readonly cache: CacheUse;
  /** Commits read from git in this run. */
  readonly commitsRead: number;
  /** Commits in the repository's history (cached plus read). */
  readonly commitsTotal: number;
  readonly items: number;
  /** Squash and rebase merges made on a forge, per day: git does not record who merged them. */
  readonly forgeSquashDays: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

/** How a run went: commits read, time spent, whether the cache was used. */
export interface MiningStats {
  readonly commitsRead: number;
  readonly commitsTotal: number;
  readonly durationMs: number;
  /** True when at least one repository was served (wholly or partly) from the cache. */
  readonly cacheUsed: boolean;
  /** Squash and rebase merges made on a forge inside the asked window, in every repository: reviews git cannot show. */
  readonly forgeSquashMerges: number;
  /** The same per day, for callers that apply another window later. */
  readonly forgeSquashDays: Readonly<Record<string, number>>;
  readonly repos: readonly RepoStats[];
}

/** What kind of problem a repository had: why git could not be read, or a condition of the repository. */
export type MiningProblemCode = GitFailure | 'empty' | 'shallow' | 'partial' | 'cache-rebuilt' | 'bad-commit';

/** A repository-level message: not a repository, git missing, empty, shallow, cache rebuilt. */
export interface MiningProblem {
  /** The path as the caller gave it. */
  readonly repo: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** Lets a caller treat kinds differently (the editor only logs a workspace folder that is not a repository). */
  readonly code: MiningProblemCode;
  /** A sentence for people: what happened and what to do. */
  readonly message: string;
}

/** Evidence (sorted newest first), statistics, and per-repository problems. */
export interface MiningResult {
  readonly items: EvidenceItem[];
  readonly stats: MiningStats;
  readonly problems: MiningProblem[];
}
