import * as path from 'node:path';
import { runGitSmall } from '../../adapters/git/git-small';
import type { Framework } from '../../core/model/types';
import type { NoteAtFile } from '../../core/notes/next-steps';
import { documentModel } from '../../core/packet/document-model';
import type { RepositoryInfo } from '../../core/packet/repository-links';
import { readPlanProgress } from '../../core/plan/plan-service';
import { isIsoDate } from '../../core/time/calendar';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { CliContext, GlobalOptions } from '../cli-context';
import { CliError, type CliIo } from '../cli-io';
import { loadCliStanding } from '../cli-standing';

/** Options the packet, review and plan commands share. */
export interface DocumentOptions extends GlobalOptions {
  readonly since?: string;
  readonly until?: string;
  /** `--no-cache` sets this to false. */
  readonly cache?: boolean;
}

/** What the packet, review and plan are written from. */
export interface DocumentInputs {
  readonly ctx: CliContext;
  readonly model: MapViewModel;
  readonly framework: Framework;
  readonly notes: readonly NoteAtFile[];
  readonly repositories: readonly RepositoryInfo[];
}

/**
 * The CLI's one evidence loader (growth folder, window rule, mining, the assembly with mapping),
 * then the Evidence Map's model with the plan's progress, and each repository's `origin` URL for
 * web links. `target` replaces the profile's target level (expectations and gaps are that level's).
 */
export async function loadDocumentInputs(io: CliIo, opts: DocumentOptions, target?: string): Promise<DocumentInputs> {
  for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} ${value} is not a date; write it as YYYY-MM-DD`, 2);
  }
  const standing = await loadCliStanding(io, opts, { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) });
  const { ctx, snapshot } = standing;
  // What the document cannot show is said on the terminal too, not only inside the file.
  for (const n of standing.notices) io.stderr(`growth-ledger: note: ${n}\n`);
  const profile = snapshot.model.profile;
  if (!profile) throw new CliError(`there is no ${ctx.layout.profile}; run growth-ledger init first`, 1);
  const framework = snapshot.model.framework;
  if (target !== undefined && !framework.levels.some((l) => l.id === target)) {
    throw new CliError(`--target ${target} is not a level of ${framework.name}: ${framework.levels.map((l) => l.id).join(', ')}`, 2);
  }
  const plan = await readPlanProgress(ctx.store, ctx.layout);
  const model = documentModel({ items: standing.items, window: standing.window, snapshot, notices: standing.notices, ...(plan ? { plan } : {}), ...(target !== undefined ? { target } : {}) });
  const repos = [ctx.repoRoot, ...profile.repositories.map((r) => path.resolve(ctx.repoRoot, r))];
  const repositories = await Promise.all(repos.map(async (dir, i) => ({ name: path.basename(dir).replace(/\.git$/, ''), primary: i === 0, ...(await remote(io, dir)) })));
  return { ctx, model, framework, notes: snapshot.notes, repositories };
}

/** `origin`'s URL, for web links to commits; nothing when there is none or git cannot say. */
async function remote(io: CliIo, dir: string): Promise<{ remoteUrl?: string }> {
  const url = await runGitSmall(dir, ['config', '--get', 'remote.origin.url'], { trusted: true, env: io.env }).catch(() => '');
  return url.trim() === '' ? {} : { remoteUrl: url.trim() };
}
