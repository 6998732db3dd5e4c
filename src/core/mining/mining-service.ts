import type { EvidenceItem } from '../evidence/evidence-item';
import type { DocPathOverrides } from '../model/types';
import { GitReadError, type FactCache, type GitFailure, type GitHistoryReader, type RepositoryInfo } from './git-history-port';
import type { CacheUse } from './history-update';
import { mineRepository } from './repo-miner';

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
  readonly durationMs: number;
}

/** How a run went: commits read, time spent, whether the cache was used. */
export interface MiningStats {
  readonly commitsRead: number;
  readonly commitsTotal: number;
  readonly durationMs: number;
  /** True when at least one repository was served (wholly or partly) from the cache. */
  readonly cacheUsed: boolean;
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

/**
 * Mines every repository for the person's evidence, several at once. A repository that cannot be
 * read becomes a problem and the others still load; cancelling through `signal` rejects with an
 * `AbortError`. Items are sorted newest first, then by id, so the same input gives the same output.
 */
export async function mineEvidence(options: MiningOptions, deps: MiningDeps): Promise<MiningResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const problems: MiningProblem[] = [];
  throwIfAborted(options.signal);
  const found = await Promise.all(
    options.repos.map(async (path) => {
      options.onProgress?.({ repo: path, commitsRead: 0, phase: 'inspect' });
      try {
        return await deps.reader.inspect(path, options.signal);
      } catch (e) {
        problems.push(failure(path, e));
        return undefined;
      }
    }),
  );
  const inspected: RepositoryInfo[] = [];
  const seen = new Set<string>();
  for (const info of found) {
    if (!info || seen.has(info.root)) continue;
    seen.add(info.root);
    inspected.push(info);
  }
  const names = uniqueNames(inspected);
  const results: { items: EvidenceItem[]; stats?: RepoStats }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < inspected.length) {
      const i = next++;
      const info = inspected[i];
      if (!info) continue;
      const name = names[i] ?? info.name;
      const started = now();
      const stats = (cache: CacheUse, commitsRead: number, commitsTotal: number, items: number): RepoStats => ({
        repo: name,
        path: info.root,
        ...(info.head ? { head: info.head } : {}),
        shallow: info.shallow,
        cache,
        commitsRead,
        commitsTotal,
        items,
        durationMs: Math.round(now() - started),
      });
      try {
        results[i] = await mineRepository(info, name, options, deps, problems, stats);
      } catch (e) {
        problems.push(failure(info.path, e));
        results[i] = { items: [] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 3, inspected.length)) }, worker));
  throwIfAborted(options.signal);
  // Plain code-unit order for ids: deterministic everywhere, and much cheaper than a locale compare.
  const items = results.flatMap((r) => r.items).sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const repos = results.flatMap((r) => (r.stats ? [r.stats] : []));
  // Repositories are mined concurrently; their problems are reported in the order they were given.
  const order = (repo: string) => options.repos.indexOf(repo);
  return {
    items,
    problems: problems.sort((a, b) => order(a.repo) - order(b.repo)),
    stats: {
      commitsRead: repos.reduce((n, r) => n + r.commitsRead, 0),
      commitsTotal: repos.reduce((n, r) => n + r.commitsTotal, 0),
      durationMs: Math.round(now() - started),
      cacheUsed: repos.some((r) => r.cache === 'hit' || r.cache === 'incremental' || r.cache === 'rewritten'),
      repos,
    },
  };
}

function failure(repo: string, e: unknown): MiningProblem {
  if (e instanceof GitReadError && e.code === 'aborted') throw e;
  if (e instanceof Error && e.name === 'AbortError') throw e;
  return { repo, severity: 'error', code: e instanceof GitReadError ? e.code : 'failed', message: e instanceof Error ? e.message : String(e) };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GitReadError('aborted', 'mining was cancelled');
}

/** Folder names, made unique (`api`, `api-2`) when two repositories share one, so ids never collide. */
function uniqueNames(repos: readonly RepositoryInfo[]): string[] {
  const used = new Map<string, number>();
  return repos.map((r) => {
    const n = (used.get(r.name) ?? 0) + 1;
    used.set(r.name, n);
    return n === 1 ? r.name : `${r.name}-${n}`;
  });
}
