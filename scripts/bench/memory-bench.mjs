// `npm run bench` (first step): peak memory of mining a 1,000,000-commit synthetic history, against
// the target of issue 11 (at most 300 MB peak RSS in the mining process), next to plain `git log`
// reading the same fields over the same history. One cold run (a new cache, as the first mining of
// a repository in the editor), and one without a cache. The history is generated once per machine with git fast-import and
// cached beside the 100k one (see bench-repo.mjs); generating it takes minutes, printed when done.
// Options: --commits N (default 1000000), --regenerate. GROWTH_LEDGER_BENCH_SKIP_1M=1 skips this
// step for quick runs; it runs by default.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { benchRepoPath, ensureBenchRepository } from './bench-repo.mjs';
import { BENCH_IDENTITY } from './generate-repo.mjs';
import { flag, numberOption } from './bench-args.mjs';

const TARGET_MB = 300;
const COMMITS = numberOption('--commits', 1_000_000);

if (process.env.GROWTH_LEDGER_BENCH_SKIP_1M === '1') {
  console.log(`memory: the ${COMMITS}-commit mining benchmark is skipped (GROWTH_LEDGER_BENCH_SKIP_1M=1)`);
  process.exit(0);
}

const TIME = '/usr/bin/time';
const work = mkdtempSync(join(tmpdir(), 'growth-ledger-mem-bench-'));

/**
 * Runs a process with its output thrown away and returns its wall time and the kernel's peak RSS
 * for it (GNU time's %M, in KiB). Without GNU time the peak is unknown (undefined).
 */
function measured(cmd, args) {
  const out = join(work, 'time.txt');
  const timed = existsSync(TIME);
  const started = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', '%M', '-o', out, cmd, ...args], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}`);
  const kib = timed ? Number(readFileSync(out, 'utf8').trim().split('\n').pop()) : NaN;
  return { ms, peakMb: Number.isFinite(kib) ? kib / 1024 : undefined, stdout: r.stdout };
}

async function main() {
  const info = await ensureBenchRepository(COMMITS, { regenerate: flag('--regenerate') });
  const repo = benchRepoPath(COMMITS);
  const entry = join(work, 'bench-entry.js');
  await esbuild.build({ entryPoints: ['scripts/bench/bench-entry.ts'], outfile: entry, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  // The same fields mining reads, from the one table (bench-entry prints them).
  const logArgs = JSON.parse(execFileSync(process.execPath, [entry, '--print-log-args'], { encoding: 'utf8' }));
  const git = measured('git', ['--git-dir', repo, ...logArgs]);
  const cacheDir = join(work, 'cache');
  const mining = measured(process.execPath, [entry, '--repo', repo, '--identity', BENCH_IDENTITY, '--cache', cacheDir]);
  const report = JSON.parse(mining.stdout.toString('utf8'));
  // Without a cache: how much of the peak is writing the cache rather than mining itself.
  const bare = JSON.parse(measured(process.execPath, [entry, '--repo', repo, '--identity', BENCH_IDENTITY, '--no-cache']).stdout.toString('utf8'));
  // The mining process's own figure (its maxRSS); git runs as a child and is counted in the git row.
  const peak = report.maxRssMb;
  const fmtS = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (v) => (v === undefined ? 'unknown (no GNU time)' : `${v.toFixed(0)} MB`);
  const rows = [
    ['history', `${COMMITS} commits, tip ${info.tip.slice(0, 12)}`, info.generatedSeconds !== undefined ? `generated now in ${info.generatedSeconds.toFixed(1)} s` : 'generated earlier (cached)'],
    ['plain git log, same fields (--raw --no-abbrev)', `${fmtS(git.ms)}, peak RSS ${mb(git.peakMb)}`, ''],
    ['cold mining (new cache), whole process', `${fmtS(mining.ms)}, peak RSS ${peak.toFixed(0)} MB`, `target ≤ ${TARGET_MB} MB: ${(peak / TARGET_MB).toFixed(2)} of target`],
    ['mining without a cache (--no-cache)', `${fmtS(bare.ms)}, peak RSS ${bare.maxRssMb.toFixed(0)} MB`, `${(bare.maxRssMb / TARGET_MB).toFixed(2)} of target`],
    ['peak RSS, mining ÷ git log', git.peakMb ? `${(peak / git.peakMb).toFixed(2)}×` : 'unknown', ''],
  ];
  const width = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((w, i) => Math.max(w, b[i])));
  console.log(`\nmemory: mining ${COMMITS} commits`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join('  ').trimEnd());
  console.log(`items found for ${BENCH_IDENTITY}: ${report.items} ${JSON.stringify(report.byKind)}; problems: ${report.problems.length}`);
  console.log(`machine load average (1 min) at the end: ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);
  // A benchmark reports; it does not fail the run (the other figures still matter).
  if (peak > TARGET_MB) console.log(`memory: OVER TARGET: ${peak.toFixed(0)} MB > ${TARGET_MB} MB`);
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
