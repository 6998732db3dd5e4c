import * as path from 'node:path';
import { defaultCacheDir } from '../adapters/cache/cache-dir';
import { nodeMiningDeps } from '../adapters/git/node-mining-deps';
import { assembleEvidence, miningOptionsFor } from '../core/evidence/evidence-assembly';
import type { EvidenceItem } from '../core/evidence/evidence-item';
import { DEFAULT_WINDOW_MONTHS, resolveWindow, type ResolvedWindow, type WindowOverrides } from '../core/evidence/evidence-window';
import { mapEvidence } from '../core/mapping/evidence-mapping';
import { noCorrections, type EvidenceCorrections } from '../core/mapping/evidence-corrections';
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
 * Ids a correction may name without being an orphan although they are not in the window's list:
 * every ledger entry and two-note of any date, and git items, which were mined for the window
 * only (whether a git correction lost its item is for a full re-mine to tell, not for this view).
 */
function knownOutsideWindow(snapshot: GrowthSnapshot, corrections: EvidenceCorrections): Set<string> {
  const always: ResolvedWindow = { since: '0000-01-01', until: '9999-12-31', rule: 'all dates', label: 'all dates' };
  const known = new Set(assembleEvidence({ snapshot, window: always, sources: ['ledger', 'note'] }).items.map((i) => i.id));
  for (const c of [...corrections.excluded, ...corrections.mapped, ...corrections.unmapped]) if (c.id.startsWith('git:')) known.add(c.id);
  return known;
}

/**
 * Loads the same evidence the editor shows: the growth folder, the window rule, git history of
 * the repository and the profile's `repositories` for the profile's identities, the one assembly,
 * then the mapping with the person's corrections. Without identities the git half is left out
 * with a notice instead of failing: ledger and notes still say a lot.
 */
export async function loadCliStanding(io: CliIo, opts: GlobalOptions & { readonly cache?: boolean }, overrides: WindowOverrides): Promise<CliStanding> {
  const ctx = await cliContext(io, opts);
  const snapshot = await loadGrowthSnapshot(ctx.store, ctx.layout);
  for (const p of snapshot.problems.filter((q) => q.severity === 'error')) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const profile = snapshot.model.profile;
  const window = resolveWindow(profile?.window, localDay(ctx.clock.now()), DEFAULT_WINDOW_MONTHS, overrides);
  const notices: string[] = [];
  let git: readonly EvidenceItem[] = [];
  if (!profile || profile.identities.length === 0) {
    notices.push('git history was not read: the profile names no identities (growth-ledger init writes them)');
  } else {
    const cache = opts.cache !== false;
    const mined = await mineEvidence(
      {
        repos: [ctx.repoRoot, ...profile.repositories.map((r) => path.resolve(ctx.repoRoot, r))],
        ...miningOptionsFor(profile, ctx.layout),
        since: window.since,
        until: window.until,
        noCache: !cache,
      },
      nodeMiningDeps({ trusted: true, env: io.env, ...(cache ? { cacheDir: defaultCacheDir(io.env) } : {}) }),
    );
    for (const p of mined.problems) {
      io.stderr(`growth-ledger: ${p.repo}: ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}\n`);
      if (p.severity === 'error') notices.push(`${p.repo} could not be mined: ${p.message}`);
    }
    git = mined.items;
  }
  const list = assembleEvidence({ snapshot, git, window });
  const corrections = snapshot.model.corrections ?? noCorrections(ctx.layout.evidence);
  const mapped = mapEvidence(list.items, snapshot.model.framework, corrections, { knownIds: knownOutsideWindow(snapshot, corrections) });
  for (const p of mapped.problems) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const repositories = [...new Set(mapped.items.flatMap((i) => (i.repo ? [i.repo] : [])))].sort();
  return { ctx, snapshot, window, items: mapped.items, repositories, notices };
}
