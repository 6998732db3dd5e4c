import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import { defaultCacheDir } from '../../adapters/cache/cache-dir';
import { nodeMiningDeps } from '../../adapters/git/node-mining-deps';
import { findRepoRoot } from '../../adapters/repo/repo-files';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import { growthLayout, type GrowthLayout } from '../../core/layout';
import { readMiningProfile, windowStart, type MiningProfile } from '../../core/mining/mining-profile';
import { mineEvidence, type MiningResult } from '../../core/mining/mining-service';
import { isIsoDate } from '../../core/model/iso-date';
import { formatProblem } from '../../core/problems';
import { CliError, type CliIo } from '../cli-io';

interface EvidenceOptions {
  readonly json?: boolean;
  readonly repo: string[];
  readonly identity: string[];
  readonly profile?: string;
  readonly since?: string;
  readonly until?: string;
  /** `--no-cache` sets this to false. */
  readonly cache: boolean;
  readonly root?: string;
  readonly growthDir?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * `growth-ledger evidence`: mines git history for the person's evidence (SPEC §3, issue 4's CLI
 * contract). Identities come from `--identity` or the profile; repositories from `--repo` (bare
 * ones too) or the current repository plus the profile's `repositories`; the window from
 * `--since/--until` or the profile's `window`, else the whole history.
 */
export function registerEvidenceCommand(program: Command, io: CliIo): void {
  program
    .command('evidence')
    .description('mine git history for documents, reviews, mentoring, pairing and your own commits')
    .option('--json', 'print {"items": [...], "stats": {...}} as JSON')
    .option('--repo <dir>', 'repository to mine; repeat for several (bare repositories work too)', collect, [])
    .option('--identity <name-or-email>', 'a name or email you commit under; repeat for several (default: the profile’s identities)', collect, [])
    .option('--profile <file>', 'profile to read identities, paths and bots from (default: growth/profile.yml)')
    .option('--since <YYYY-MM-DD>', 'first day of evidence (default: the profile’s window, else all history)')
    .option('--until <YYYY-MM-DD>', 'last day of evidence')
    .option('--no-cache', 'read all history again, without reading or writing the cache')
    .action(async (_opts: EvidenceOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<EvidenceOptions>();
      for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
        if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} ${value} is not a date; write it as YYYY-MM-DD`, 2);
      }
      const cwdRepo = opts.root ? path.resolve(io.cwd, opts.root) : await findRepoRoot(io.cwd);
      const profile = await loadProfile(io, opts, cwdRepo);
      const identities = opts.identity.length > 0 ? opts.identity : (profile?.identities ?? []);
      if (identities.length === 0) {
        throw new CliError('no identity to look for: pass --identity NAME_OR_EMAIL, or --profile FILE with `identities:`', 2);
      }
      let repos = opts.repo.map((r) => path.resolve(io.cwd, r));
      if (repos.length === 0) {
        if (!cwdRepo) throw new CliError(`${io.cwd} is not inside a git repository; pass --repo DIR`, 2);
        repos = [cwdRepo, ...(profile?.repositories ?? []).map((r) => path.resolve(cwdRepo, r))];
      }
      const since = opts.since ?? (profile ? windowStart(profile.window, new Date()) : undefined);
      const result = await mineEvidence(
        {
          repos,
          identities,
          bots: profile?.bots ?? [],
          paths: profile?.paths ?? {},
          growthRoot: layoutOf(opts).root,
          ...(since ? { since } : {}),
          ...(opts.until ? { until: opts.until } : {}),
          noCache: !opts.cache,
        },
        nodeMiningDeps({ trusted: true, env: io.env, ...(opts.cache ? { cacheDir: defaultCacheDir(io.env) } : {}) }),
      );
      report(io, result, opts.json === true);
    });
}

/** Reads `--profile FILE`, or the repository's growth/profile.yml when it exists; a partial profile is fine. */
async function loadProfile(io: CliIo, opts: EvidenceOptions, repoRoot: string | undefined): Promise<MiningProfile | undefined> {
  let file: string | undefined;
  if (opts.profile) file = path.resolve(io.cwd, opts.profile);
  else if (repoRoot) {
    const candidate = path.join(repoRoot, layoutOf(opts).profile);
    if (await stat(candidate).then((s) => s.isFile(), () => false)) file = candidate;
  }
  if (!file) return undefined;
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`cannot read the profile ${file}`, 2);
  });
  const shown = path.relative(io.cwd, file) || file;
  const parsed = readMiningProfile(text, shown);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  for (const p of parsed.problems.filter((q) => q.severity !== 'error')) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
  if (errors.length > 0) throw new CliError(errors.map(formatProblem).join('\ngrowth-ledger: '), 1);
  return parsed.value;
}

/** The growth folder from `--growth-dir`; a path escaping the repository is a usage error. */
function layoutOf(opts: EvidenceOptions): GrowthLayout {
  try {
    return growthLayout(opts.growthDir ?? 'growth');
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e), 2);
  }
}

function report(io: CliIo, result: MiningResult, json: boolean): void {
  for (const p of result.problems) io.stderr(`growth-ledger: ${p.repo}: ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}\n`);
  const failed = result.problems.filter((p) => p.severity === 'error');
  if (result.stats.repos.length === 0 && failed.length > 0) {
    // Every repository failed: the messages above say why; the exit code says it failed.
    throw new CliError(failed.length === 1 ? 'nothing could be mined' : `none of the ${failed.length} repositories could be mined`, 1);
  }
  if (json) {
    io.stdout(`${JSON.stringify({ items: result.items, stats: result.stats })}\n`);
    return;
  }
  for (const item of result.items) io.stdout(`${line(item)}\n`);
  const s = result.stats;
  io.stdout(`${result.items.length} items from ${s.commitsTotal} commits in ${s.repos.length} ${s.repos.length === 1 ? 'repository' : 'repositories'} (${s.commitsRead} read from git, cache ${s.cacheUsed ? 'used' : 'not used'}, ${s.durationMs} ms)\n`);
  if (s.forgeSquashMerges > 0) {
    const n = s.forgeSquashMerges;
    io.stdout(`${n} ${n === 1 ? 'commit was' : 'commits were'} squash- or rebase-merged on a forge: git does not record who merged ${n === 1 ? 'it, so that review is' : 'them, so those reviews are'} not counted\n`);
  }
}

function line(item: EvidenceItem): string {
  const detail = item.role ?? item.via ?? (item.count !== undefined ? `×${item.count}` : '');
  return [item.date, item.kind.padEnd(10), detail.padEnd(11), item.title, item.repo ? `(${item.repo})` : ''].join('  ').trimEnd();
}
