import * as path from 'node:path';
import { defaultCacheDir } from '../adapters/cache/cache-dir';
import { nodeMiningDeps } from '../adapters/git/node-mining-deps';
import { assembleEvidence, miningOptionsFor } from '../core/evidence/evidence-assembly';
import type { EvidenceItem } from '../core/evidence/evidence-item';
import { DEFAULT_WINDOW_MONTHS, resolveWindow, type ResolvedWindow, type WindowOverrides } from '../core/evidence/evidence-window';
import { mineEvidence } from '../core/mining/orchestration/mining-service';
import type { GrowthSnapshot } from '../core/services/growth-snapshot';
import { loadGrowthSnapshot } from '../core/services/growth-snapshot';
import { formatProblem } from '../core/problems';
import { localDay } from '../core/time/calendar';
import { cliContext, type CliContext, type GlobalOptions } from './cli-context';
import type { CliIo } from './cli-io';

/** What `gaps` (and later `map`, `packet`) work from: the growth folder and the mapped evidence in the window. */
export interface CliStanding {
  readonly ctx: CliContext;
  readonly snapshot: GrowthSnapshot;
  readonly window: ResolvedWindow;
  /** Ledger, two-notes and git, in the window, mapped to criteria, excluded items left out. */
  readonly items: readonly EvidenceItem[];
  /** Repository names git evidence came from. */
  readonly repositories: readonly string[];
  /** What the person should know about how complete this is (no identities, repositories that failed). */
  readonly notices: readonly string[];
}

/**
 * Loads the same evidence the editor shows: the growth folder, the window rule, git history of
 * the repository and the profile's `repositories` for the profile's identities, the one assembly,
 * which maps it with the person's corrections. Without identities the git half is left out
 * with a notice instead of failing: ledger and notes still say a lot.
 */
export async function loadCliStanding(io: CliIo, opts: GlobalOptions & { readonly cache?: boolean }, overrides: WindowOverrides): Promise<CliStanding> {
  const ctx = await cliContext(io, opts);
  const snapshot = await loadGrowthSnapshot(ctx.store, ctx.layout);
  for (const p of snapshot.problems.filter((q) => q.severity === 'error')) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const profile = snapshot.model.profile;
  const window = resolveWindow(profile?.window, localDay(ctx.clock.now()), DEFAULT_WINDOW_MONTHS, overrides);
  const notices: string[] = [];
  let mined: readonly EvidenceItem[] | undefined;
  if (!profile || profile.identities.length === 0) {
    notices.push('git history was not read: the profile names no identities (growth-ledger init writes them)');
  } else {
    const cache = opts.cache !== false;
    const result = await mineEvidence(
      {
        repos: [ctx.repoRoot, ...profile.repositories.map((r) => path.resolve(ctx.repoRoot, r))],
        ...miningOptionsFor(profile, ctx.layout),
        since: window.since,
        until: window.until,
        noCache: !cache,
      },
      nodeMiningDeps({ trusted: true, env: io.env, ...(cache ? { cacheDir: defaultCacheDir(io.env) } : {}) }),
    );
    for (const p of result.problems) {
      io.stderr(`growth-ledger: ${p.repo}: ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}\n`);
      if (p.severity === 'error') notices.push(`${p.repo} could not be mined: ${p.message}`);
    }
    mined = result.items;
  }
  // The assembly maps every item (tags, signals, then the person's corrections) and reports
  // corrections that match nothing.
  const list = assembleEvidence({ snapshot, ...(mined ? { git: mined } : {}), window });
  for (const p of list.problems) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const repositories = [...new Set(list.items.flatMap((i) => (i.repo ? [i.repo] : [])))].sort();
  return { ctx, snapshot, window, items: list.items, repositories, notices };
}
