import * as path from 'node:path';
import { defaultCacheDir } from '../../adapters/cache/cache-dir';
import { nodeMiningDeps } from '../../adapters/git/node-mining-deps';
import { runGitSmall } from '../../adapters/git/git-small';
import { assembleEvidence, miningOptionsFor } from '../../core/evidence/evidence-assembly';
import { DEFAULT_WINDOW_MONTHS, resolveWindow } from '../../core/evidence/evidence-window';
import { mineEvidence } from '../../core/mining/orchestration/mining-service';
import type { Framework } from '../../core/model/types';
import type { NoteAtFile } from '../../core/notes/next-steps';
import { documentModel } from '../../core/packet/document-model';
import type { RepositoryInfo } from '../../core/packet/repository-links';
import { readPlanProgress } from '../../core/plan/plan-service';
import { formatProblem } from '../../core/problems';
import { loadGrowthSnapshot } from '../../core/services/growth-snapshot';
import { isIsoDate, localDay } from '../../core/time/calendar';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import { cliContext, type CliContext, type GlobalOptions } from '../cli-context';
import { CliError, type CliIo } from '../cli-io';

/** Options the packet, review and plan commands share. */
export interface DocumentOptions extends GlobalOptions {
  readonly since?: string;
  readonly until?: string;
  /** `--no-cache` sets this to false. */
  readonly cache?: boolean;
}

/** What the packet, review and plan are written from, read the way `growth-ledger evidence` reads it. */
export interface DocumentInputs {
  readonly ctx: CliContext;
  readonly model: MapViewModel;
  readonly framework: Framework;
  readonly notes: readonly NoteAtFile[];
  readonly repositories: readonly RepositoryInfo[];
}

/**
 * The growth folder, git history mined in the one window (the profile's, or `--since/--until`),
 * the one evidence assembly, mapping with the person's corrections and the Evidence Map's model.
 * `target` replaces the profile's target level (so expectations and gaps are the target's).
 */
export async function loadDocumentInputs(io: CliIo, opts: DocumentOptions, target?: string): Promise<DocumentInputs> {
  for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} ${value} is not a date; write it as YYYY-MM-DD`, 2);
  }
  const ctx = await cliContext(io, opts);
  const snapshot = await loadGrowthSnapshot(ctx.store, ctx.layout);
  for (const p of snapshot.problems.filter((q) => q.severity === 'error')) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const profile = snapshot.model.profile;
  if (!profile) throw new CliError(`there is no ${ctx.layout.profile}; run growth-ledger init first`, 1);
  const framework = snapshot.model.framework;
  if (target !== undefined && !framework.levels.some((l) => l.id === target)) {
    throw new CliError(`--target ${target} is not a level of ${framework.name}: ${framework.levels.map((l) => l.id).join(', ')}`, 2);
  }
  const today = localDay(ctx.clock.now());
  const window = resolveWindow(profile.window, today, DEFAULT_WINDOW_MONTHS, { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) });
  const repos = [ctx.repoRoot, ...profile.repositories.map((r) => path.resolve(ctx.repoRoot, r))];
  const git = profile.identities.length === 0 ? undefined : await mine(io, opts, repos, { since: window.since, until: window.until }, miningOptionsFor(profile, ctx.layout));
  const list = assembleEvidence({ snapshot, ...(git ? { git } : {}), window });
  const model = documentModel(list, snapshot, await readPlanProgress(ctx.store, ctx.layout), target);
  const repositories = await Promise.all(repos.map(async (dir, i) => ({ name: path.basename(dir).replace(/\.git$/, ''), primary: i === 0, ...(await remote(io, dir)) })));
  return { ctx, model, framework, notes: snapshot.notes, repositories };
}

async function mine(io: CliIo, opts: DocumentOptions, repos: string[], window: { since: string; until: string }, options: ReturnType<typeof miningOptionsFor>) {
  const cache = opts.cache !== false;
  const result = await mineEvidence(
    { repos, ...options, since: window.since, until: window.until, noCache: !cache },
    nodeMiningDeps({ trusted: true, env: io.env, ...(cache ? { cacheDir: defaultCacheDir(io.env) } : {}) }),
  );
  // A repository that cannot be mined is reported; the documents are still written from the rest.
  for (const p of result.problems) io.stderr(`growth-ledger: ${p.repo}: ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}\n`);
  return result.items;
}

/** `origin`'s URL, for web links to commits; nothing when there is none or git cannot say. */
async function remote(io: CliIo, dir: string): Promise<{ remoteUrl?: string }> {
  const url = await runGitSmall(dir, ['config', '--get', 'remote.origin.url'], { trusted: true, env: io.env }).catch(() => '');
  return url.trim() === '' ? {} : { remoteUrl: url.trim() };
}
