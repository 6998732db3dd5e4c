import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import { forgeSquashNotice, parseSources, type EvidenceList } from '../../core/evidence/evidence-assembly';
import type { EvidenceItem, EvidenceSource } from '../../core/evidence/evidence-item';
import { DEFAULT_WINDOW_MONTHS } from '../../core/evidence/evidence-window';
import { MAX_GROWTH_FILE_BYTES } from '../../core/limits';
import type { MiningResult } from '../../core/mining/orchestration/mining-service';
import { readProfile } from '../../core/model/profile-parser';
import type { Profile } from '../../core/model/types';
import { formatProblem } from '../../core/problems';
import { terminalSafe } from '../../core/text/terminal-text';
import { isIsoDate } from '../../core/time/calendar';
import type { GlobalOptions } from '../cli-context';
import { loadCliEvidence } from '../cli-standing';
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
      const profile = opts.profile ? await profileFromFile(io, opts.profile) : undefined;
      const loaded = await loadCliEvidence(
        io,
        {
          ...(opts.root ? { root: opts.root } : {}),
          ...(opts.growthDir ? { growthDir: opts.growthDir } : {}),
          cache: opts.cache,
          sources,
          requireIdentities: true,
          identities: opts.identity,
          repos: opts.repo.map((r) => path.resolve(io.cwd, r)),
          ...(profile ? { profile } : {}),
        },
        { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) },
      );
      print(io, loaded.list, loaded.mined, opts.json === true);
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
  if (errors.length > 0) {
    // One line per problem, each made safe by formatProblem; the error itself is one more line.
    for (const p of errors) io.stderr(`growth-ledger: ${formatProblem(p)}\n`);
    throw new CliError(`the profile ${file} could not be used (see above)`, 1);
  }
  return draft.value;
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
  const squash = forgeSquashNotice(list.forgeSquashMerges);
  if (squash) io.stdout(`${squash}\n`);
}

function line(item: EvidenceItem): string {
  const detail = item.role ?? item.via ?? (item.count !== undefined ? `×${item.count}` : '');
  const where = item.repo ? `(${item.repo})` : item.path ? `(${item.path}${item.line ? `:${item.line}` : ''})` : '';
  // Titles, paths, repositories and roles come from the repository: one item stays one line.
  return terminalSafe([item.date, item.kind.padEnd(10), detail.padEnd(11), item.title, where].join('  ').trimEnd());
}
