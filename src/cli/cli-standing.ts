import * as path from 'node:path';
import { defaultCacheDir } from '../adapters/cache/cache-dir';
import { nodeMiningDeps } from '../adapters/git/node-mining-deps';
import { assembleEvidence, forgeSquashNotice, miningOptionsFor, type EvidenceList } from '../core/evidence/evidence-assembly';
import type { EvidenceItem, EvidenceSource } from '../core/evidence/evidence-item';
import { DEFAULT_WINDOW_MONTHS, resolveWindow, type ResolvedWindow, type WindowOverrides } from '../core/evidence/evidence-window';
import { mineEvidence, type MiningResult } from '../core/mining/orchestration/mining-service';
import type { Profile } from '../core/model/types';
import type { GrowthSnapshot } from '../core/services/growth-snapshot';
import { loadGrowthSnapshot } from '../core/services/growth-snapshot';
import { formatProblem } from '../core/problems';
import { terminalSafe } from '../core/text/terminal-text';
import { localDay } from '../core/time/calendar';
import { cliContext, type CliContext, type GlobalOptions } from './cli-context';
import { CliError, type CliIo } from './cli-io';

/** What `gaps`, `map`, `packet` and `review` work from: the growth folder and the mapped evidence in the window. */
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

/** How `evidence` narrows or replaces what the profile says. */
export interface CliEvidenceOptions extends GlobalOptions {
  /** `--no-cache` sets this to false. */
  readonly cache?: boolean;
  /** `--identity`: replaces the profile's identities. */
  readonly identities?: readonly string[];
  /** `--repo`: absolute paths replacing the current repository and the profile's `repositories`. */
  readonly repos?: readonly string[];
  /** `--profile FILE`: read instead of growth/profile.yml. */
  readonly profile?: Profile;
  readonly sources?: readonly EvidenceSource[];
  /** Fail (exit 2) without identities instead of leaving git out with a notice. */
  readonly requireIdentities?: boolean;
}

/** The evidence list with everything it was made from. */
export interface CliEvidence extends CliStanding {
  readonly list: EvidenceList;
  /** The mining result, when git was read. */
  readonly mined?: MiningResult;
}

/**
 * The CLI's one way to the evidence the editor shows: the growth folder (read as `validate` reads
 * it), the window rule, the whole git history of the repository and the profile's `repositories`
 * (the window is applied by the assembly, as in the editor, so corrections about older items are
 * not mistaken for orphans), and the one assembly, which maps it with the person's corrections.
 */
export async function loadCliEvidence(io: CliIo, opts: CliEvidenceOptions, overrides: WindowOverrides): Promise<CliEvidence> {
  const ctx = await cliContext(io, opts, undefined, (opts.repos?.length ?? 0) > 0);
  const snapshot = await loadGrowthSnapshot(ctx.store, ctx.layout);
  for (const p of snapshot.problems.filter((q) => q.severity === 'error')) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const profile = opts.profile ?? snapshot.model.profile;
  let window: ResolvedWindow;
  try {
    window = resolveWindow(profile?.window, localDay(ctx.clock.now()), DEFAULT_WINDOW_MONTHS, overrides);
  } catch (e) {
    // --since after --until (or after today): bad usage, said in the window's own words.
    throw new CliError(e instanceof Error ? e.message : String(e), 2);
  }
  const sources = opts.sources ?? ['ledger', 'note', 'git'];
  const notices: string[] = [];
  let mined: MiningResult | undefined;
  const identities = opts.identities && opts.identities.length > 0 ? opts.identities : (profile?.identities ?? []);
  if (sources.includes('git') && identities.length === 0) {
    const unreadable = snapshot.problems.some((p) => p.file === ctx.layout.profile && p.severity === 'error');
    if (opts.requireIdentities && unreadable) {
      // Bad data, not bad usage: the message above says what is wrong with the file.
      throw new CliError(`${ctx.layout.profile} could not be used (see above): fix it, or pass --identity NAME_OR_EMAIL`, 1);
    }
    if (opts.requireIdentities) {
      throw new CliError('no identity to look for: pass --identity NAME_OR_EMAIL, add `identities:` to growth/profile.yml (growth-ledger init writes one), or pass --source ledger,note', 2);
    }
    notices.push('git history was not read: the profile names no identities (growth-ledger init writes them)');
  } else if (sources.includes('git')) {
    const cache = opts.cache !== false;
    const repos = opts.repos && opts.repos.length > 0 ? opts.repos : [ctx.repoRoot, ...(profile?.repositories ?? []).map((r) => path.resolve(ctx.repoRoot, r))];
    mined = await mineEvidence(
      { repos, ...miningOptionsFor({ identities, bots: profile?.bots ?? [], paths: profile?.paths ?? {} }, ctx.layout), noCache: !cache },
      nodeMiningDeps({ trusted: true, env: io.env, ...(cache ? { cacheDir: defaultCacheDir(io.env) } : {}) }),
    );
    for (const p of mined.problems) {
      io.stderr(`growth-ledger: ${terminalSafe(p.repo)}: ${p.severity === 'error' ? '' : `${p.severity}: `}${terminalSafe(p.message)}\n`);
      if (p.severity === 'error') notices.push(`${p.repo} could not be mined: ${p.message}`);
    }
    const failed = mined.problems.filter((p) => p.severity === 'error');
    if (mined.stats.repos.length === 0 && failed.length > 0) {
      // Every repository failed: the messages above say why; the exit code says it failed.
      throw new CliError(failed.length === 1 ? 'nothing could be mined' : `none of the ${failed.length} repositories could be mined`, 1);
    }
  }
  const list = assembleEvidence({ snapshot, ...(mined ? { git: mined.items, forgeSquashDays: mined.stats.forgeSquashDays } : {}), window, sources });
  const squash = forgeSquashNotice(list.forgeSquashMerges);
  if (squash && !opts.requireIdentities) notices.push(squash);
  for (const p of list.problems) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  const repositories = [...new Set(list.items.flatMap((i) => (i.repo ? [i.repo] : [])))].sort();
  return { ctx, snapshot, window, items: list.items, repositories, notices, list, ...(mined ? { mined } : {}) };
}

/** The standing commands' loader: all sources, git left out with a notice when there are no identities. */
export async function loadCliStanding(io: CliIo, opts: GlobalOptions & { readonly cache?: boolean }, overrides: WindowOverrides): Promise<CliStanding> {
  return loadCliEvidence(io, opts, overrides);
}
