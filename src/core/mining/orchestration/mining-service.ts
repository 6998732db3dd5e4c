import { inWindow } from '../../evidence/evidence-window';
import { forgeSquashesIn } from '../classification/commit-summary';
import { GitReadError, type RepositoryInfo } from '../git-history-port';
import type { MiningDeps, MiningOptions, MiningProblem, MiningResult } from '../mining-types';
import { mineRepository, type RepoResult } from './repo-miner';

export type {
  MiningDeps,
  MiningOptions,
  MiningPhase,
  MiningProblem,
  MiningProblemCode,
  MiningProgress,
  MiningResult,
  MiningStats,
  RepoStats,
} from '../mining-types';

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
  const results: RepoResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < inspected.length) {
      const i = next++;
      const info = inspected[i];
      if (!info) continue;
      try {
        results[i] = await mineRepository({ info, name: names[i] ?? info.name, options, deps });
      } catch (e) {
        results[i] = { items: [], problems: [failure(info.path, e)] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 3, inspected.length)) }, worker));
  throwIfAborted(options.signal);
  for (const r of results) problems.push(...r.problems);
  // The memoised result covers the whole history, so it stays valid from one day to the next; the
  // window is applied here, on the way out.
  const window = { ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) };
  const all = results.flatMap((r) => r.items);
  const kept = window.since || window.until ? all.filter((item) => inWindow(item.date, window)) : all;
  // Plain code-unit order for ids: deterministic everywhere, and much cheaper than a locale compare.
  const items = kept.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const repos = results.flatMap((r) => (r.stats ? [r.stats] : []));
  const forgeSquashDays: Record<string, number> = {};
  for (const r of repos) for (const [day, n] of Object.entries(r.forgeSquashDays)) forgeSquashDays[day] = (forgeSquashDays[day] ?? 0) + n;
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
      forgeSquashMerges: forgeSquashesIn(forgeSquashDays, window),
      forgeSquashDays,
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
