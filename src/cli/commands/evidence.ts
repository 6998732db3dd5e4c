import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import { defaultCacheDir } from '../../adapters/cache/cache-dir';
import { nodeMiningDeps } from '../../adapters/git/node-mining-deps';
import { assembleEvidence, miningOptionsFor, parseSources, type EvidenceList } from '../../core/evidence/evidence-assembly';
import type { EvidenceItem, EvidenceSource } from '../../core/evidence/evidence-item';
import { DEFAULT_WINDOW_MONTHS, resolveWindow } from '../../core/evidence/evidence-window';
import { MAX_GROWTH_FILE_BYTES } from '../../core/limits';
import { mineEvidence, type MiningResult } from '../../core/mining/orchestration/mining-service';
import { readProfile } from '../../core/model/profile-parser';
import type { Profile } from '../../core/model/types';
import { formatProblem } from '../../core/problems';
import { loadGrowthSnapshot } from '../../core/services/growth-snapshot';
import { isIsoDate, localDay } from '../../core/time/calendar';
import { cliContext, type GlobalOptions } from '../cli-context';
import { CliError, type CliIo } from '../cli-io';

interface EvidenceOptions extends GlobalOptions {
  readonly json?: boolean;
  readonly repo: string[];
  readonly identity: string[];
  readonly profile?: string;
  readonly since?: string;
  readonly until?: string;
  readonly source?: string;
  /** `--no-cache` sets this to false. */
  readonly cache: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * `growth-ledger evidence`: the one evidence list the editor shows — ledger entries, two-notes and
 * git history — in the same window. The growth folder is read exactly as `validate` reads it (one
 * loader, one set of file rules). Identities come from `--identity` or the profile; repositories
 * from `--repo` or the current repository plus the profile's `repositories`; the window from
 * `--since/--until`, else the profile's window, else 12 months (see `resolveWindow`).
 */
export function registerEvidenceCommand(program: Command, io: CliIo): void {
  program
    .command('evidence')
    .description('list your evidence: ledger entries, two-notes, and what git history shows (documents, reviews, mentoring, pairing, your commits)')
    .option('--json', 'print {"window": {...}, "items": [...], "stats": {...}} as JSON')
    .option('--source <list>', 'only these sources, comma-separated: ledger, note, git (default: all)')
    .option('--repo <dir>', 'repository to mine; repeat for several (bare repositories work too)', collect, [])
    .option('--identity <name-or-email>', 'a name or email you commit under; repeat for several (default: the profile’s identities)', collect, [])
    .option('--profile <file>', 'profile to read identities, paths, bots and window from (default: growth/profile.yml)')
    .option('--since <YYYY-MM-DD>', `first day of evidence (default: the profile’s window, else ${DEFAULT_WINDOW_MONTHS} months)`)
    .option('--until <YYYY-MM-DD>', 'last day of evidence (default: today)')
    .option('--no-cache', 'read all history again, without reading or writing the cache')
    .action(async (_opts: EvidenceOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<EvidenceOptions>();
      for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
        if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} ${value} is not a date; write it as YYYY-MM-DD`, 2);
      }
      const sources = readSources(opts.source);
      const ctx = await cliContext(io, opts, undefined, opts.repo.length > 0);
      const snapshot = await loadGrowthSnapshot(ctx.store, ctx.layout);
      const profile = opts.profile ? await profileFromFile(io, opts.profile) : snapshot.model.profile;
      for (const p of snapshot.problems.filter((q) => q.severity === 'error')) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
      const today = localDay(ctx.clock.now());
      const window = resolveWindow(profile?.window, today, DEFAULT_WINDOW_MONTHS, { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) });
      let mined: MiningResult | undefined;
      if (sources.includes('git')) {
        const identities = opts.identity.length > 0 ? opts.identity : (profile?.identities ?? []);
        if (identities.length === 0) {
          throw new CliError('no identity to look for: pass --identity NAME_OR_EMAIL, add `identities:` to growth/profile.yml (growth-ledger init writes one), or pass --source ledger,note', 2);
        }
        const repos = opts.repo.length > 0 ? opts.repo.map((r) => path.resolve(io.cwd, r)) : [ctx.repoRoot, ...(profile?.repositories ?? []).map((r) => path.resolve(ctx.repoRoot, r))];
        mined = await mineEvidence(
          {
            repos,
            ...miningOptionsFor({ identities, bots: profile?.bots ?? [], paths: profile?.paths ?? {} }, ctx.layout),
            since: window.since,
            until: window.until,
            noCache: !opts.cache,
          },
          nodeMiningDeps({ trusted: true, env: io.env, ...(opts.cache ? { cacheDir: defaultCacheDir(io.env) } : {}) }),
        );
        reportMining(io, mined);
      }
      const list = assembleEvidence({ snapshot, ...(mined ? { git: mined.items } : {}), window, sources });
      print(io, list, mined, opts.json === true);
    });
}

function readSources(text: string | undefined): EvidenceSource[] {
  if (text === undefined) return ['ledger', 'note', 'git'];
  const { sources, unknown } = parseSources(text);
  if (unknown.length > 0 || sources.length === 0) throw new CliError(`--source takes ledger, note and git, comma-separated; not ${unknown.join(', ') || 'nothing'}`, 2);
  return sources;
}

/** `--profile FILE`: a profile elsewhere (a partial one is fine), read by the one profile parser. */
async function profileFromFile(io: CliIo, file: string): Promise<Profile> {
  const abs = path.resolve(io.cwd, file);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isFile()) throw new CliError(`cannot read the profile ${file}: no such file`, 2);
  if (info.size > MAX_GROWTH_FILE_BYTES) throw new CliError(`the profile ${file} is over ${MAX_GROWTH_FILE_BYTES / 1048576} MB; it is not read`, 2);
  const text = await readFile(abs, 'utf8');
  const shown = path.relative(io.cwd, abs) || abs;
  const draft = readProfile(text, shown);
  const errors = draft.problems.filter((p) => p.severity === 'error' && !p.message.includes('no `identities`'));
  if (errors.length > 0) throw new CliError(errors.map(formatProblem).join('\ngrowth-ledger: '), 1);
  return draft.value;
}

function reportMining(io: CliIo, result: MiningResult): void {
  for (const p of result.problems) io.stderr(`growth-ledger: ${p.repo}: ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}\n`);
  const failed = result.problems.filter((p) => p.severity === 'error');
  if (result.stats.repos.length === 0 && failed.length > 0) {
    // Every repository failed: the messages above say why; the exit code says it failed.
    throw new CliError(failed.length === 1 ? 'nothing could be mined' : `none of the ${failed.length} repositories could be mined`, 1);
  }
}

function print(io: CliIo, list: EvidenceList, mined: MiningResult | undefined, json: boolean): void {
  const window = { since: list.window.since, until: list.window.until, rule: list.window.rule };
  if (json) {
    io.stdout(`${JSON.stringify({ window, counts: list.counts, items: list.items, ...(mined ? { stats: mined.stats } : {}) })}\n`);
    return;
  }
  for (const item of list.items) io.stdout(`${line(item)}\n`);
  const n = list.items.length;
  const parts = (['ledger', 'note', 'git'] as const).map((s) => `${list.counts[s]} ${s === 'note' ? 'two-note' : s}`);
  io.stdout(`${n} ${n === 1 ? 'item' : 'items'} (${parts.join(', ')}) from ${window.since} to ${window.until}, ${window.rule}\n`);
  if (mined) {
    const s = mined.stats;
    io.stdout(`git: ${s.commitsTotal} commits in ${s.repos.length} ${s.repos.length === 1 ? 'repository' : 'repositories'} (${s.commitsRead} read from git, cache ${s.cacheUsed ? 'used' : 'not used'}, ${s.durationMs} ms)\n`);
  }
}

function line(item: EvidenceItem): string {
  const detail = item.role ?? item.via ?? (item.count !== undefined ? `×${item.count}` : '');
  const where = item.repo ? `(${item.repo})` : item.path ? `(${item.path}${item.line ? `:${item.line}` : ''})` : '';
  return [item.date, item.kind.padEnd(10), detail.padEnd(11), item.title, where].join('  ').trimEnd();
}
