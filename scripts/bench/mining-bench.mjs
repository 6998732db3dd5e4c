// `npm run bench`: mining speed and memory against git itself, on a synthetic 100k-commit history
// generated once per machine outside the repository. Prints each figure with its ratio to its target.
// Options: --commits N (default 100000), --runs N (default 5; git and cold mining are interleaved,
// best kept), --regenerate. The history lives in $XDG_CACHE_HOME (or ~/.cache)/growth-ledger-bench.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { BENCH_IDENTITY, GENERATOR_VERSION, generateRepository } from './generate-repo.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
};
const COMMITS = option('--commits', 100_000);
const RUNS = option('--runs', 5);

const cacheRoot = process.env.XDG_CACHE_HOME ? join(process.env.XDG_CACHE_HOME, 'growth-ledger-bench') : join(homedir(), '.cache', 'growth-ledger-bench');
const repo = join(cacheRoot, `synthetic-${COMMITS}.git`);
const stamp = `${repo}.json`;
const work = mkdtempSync(join(tmpdir(), 'growth-ledger-bench-'));
const git = (...args) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8' }).trim();

async function ensureRepository() {
  const want = { version: GENERATOR_VERSION, commits: COMMITS };
  if (!argv.includes('--regenerate') && existsSync(stamp)) {
    const have = JSON.parse(readFileSync(stamp, 'utf8'));
    if (have.version === want.version && have.commits === want.commits && existsSync(repo)) {
      // A previous run's "one new commit" is undone, so every run measures the same history.
      git('update-ref', 'refs/heads/main', have.tip);
      return have;
    }
  }
  console.log(`generating ${COMMITS} commits in ${repo} (once per machine)…`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(cacheRoot, { recursive: true });
  execFileSync('git', ['init', '--quiet', '--bare', repo]);
  git('symbolic-ref', 'HEAD', 'refs/heads/main');
  const started = performance.now();
  await generateRepository(repo, COMMITS);
  git('repack', '-a', '-d', '-q');
  const info = { ...want, tip: git('rev-parse', 'refs/heads/main') };
  writeFileSync(stamp, JSON.stringify(info));
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return info;
}

async function buildEntries() {
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' };
  await esbuild.build({ ...common, entryPoints: ['scripts/bench/bench-entry.ts'], outfile: join(work, 'bench-entry.js') });
  if (existsSync('src/extension/extension.ts')) {
    await esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: join(work, 'extension.js'), external: ['vscode'] });
  }
}

/** Wall time of one process, its stdout consumed and thrown away. */
function timeProcess(cmd, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (b) => (bytes += b.length));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - started, bytes }) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

function mine(extra, identities = [BENCH_IDENTITY]) {
  const started = performance.now();
  const ids = identities.flatMap((i) => ['--identity', i]);
  const r = spawnSync(process.execPath, [join(work, 'bench-entry.js'), '--repo', repo, ...ids, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`mining failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), wallMs: performance.now() - started };
}

function logArgs(diff) {
  const r = spawnSync(process.execPath, [join(work, 'bench-entry.js'), '--print-log-args'], { encoding: 'utf8' });
  const args = JSON.parse(r.stdout).filter((a) => a !== '--raw' && a !== '--no-abbrev');
  return ['--git-dir', repo, ...args.slice(0, 1), ...diff, ...args.slice(1)];
}

/** One new commit on top of `tip`, by the benchmark's person: code, or a new document. */
function addOneCommit(tip, path) {
  const content = path.endsWith('.md') ? '# Bench notes\n\nAuthor: Ana Lima\n' : 'export {};\n';
  const message = `feat: one more commit (${path})`;
  const stream = `commit refs/heads/main\nauthor Ana Lima <${BENCH_IDENTITY}> 1893456000 +0000\ncommitter Ana Lima <${BENCH_IDENTITY}> 1893456000 +0000\ndata ${Buffer.byteLength(message)}\n${message}\nfrom ${tip}\nM 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  execFileSync('git', ['--git-dir', repo, 'fast-import', '--quiet'], { input: stream });
}

function activation() {
  const bundle = join(work, 'extension.js');
  if (!existsSync(bundle)) return undefined;
  // A stub `vscode` whose every property is a no-op, and a spawn counter: loading must start no git.
  const stubDir = join(work, 'node_modules', 'vscode');
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(join(stubDir, 'index.js'), 'const h={get:(t,p)=>p==="__esModule"?false:new Proxy(function(){},h),apply:()=>new Proxy(function(){},h),construct:()=>new Proxy({},h)};module.exports=new Proxy({},h);');
  const probe = `const cp=require('child_process');let spawned=0;for(const k of ['spawn','execFile','exec','spawnSync','execFileSync'])cp[k]=new Proxy(cp[k],{apply(t,s,a){spawned++;return Reflect.apply(t,s,a)}});const t=process.hrtime.bigint();require(${JSON.stringify(bundle)});const ms=Number(process.hrtime.bigint()-t)/1e6;console.log(JSON.stringify({ms,spawned}));`;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: work, encoding: 'utf8', env: { ...process.env, NODE_PATH: join(work, 'node_modules') } });
    if (r.status !== 0) return { error: r.stderr.split('\n')[0] };
    runs.push(JSON.parse(r.stdout));
  }
  return { ms: Math.min(...runs.map((r) => r.ms)), spawned: Math.max(...runs.map((r) => r.spawned)) };
}

const min = (xs) => Math.min(...xs);
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function main() {
  const info = await ensureRepository();
  await buildEntries();
  console.log(`history: ${COMMITS} commits, tip ${info.tip.slice(0, 12)}; ${RUNS} runs per figure, best kept`);

  // Interleaved, so that load from anything else on the machine hits git and mining alike.
  const nameStatus = [];
  const raw = [];
  const cold = [];
  let coldRun;
  let peakRss = 0;
  const cacheDir = join(work, 'cache');
  for (let i = 0; i < RUNS; i++) {
    nameStatus.push((await timeProcess('git', logArgs(['--name-status']))).ms);
    raw.push((await timeProcess('git', logArgs(['--raw', '--no-abbrev']))).ms);
    rmSync(cacheDir, { recursive: true, force: true });
    const run = mine(['--cache', cacheDir]);
    cold.push(run.ms);
    peakRss = Math.max(peakRss, run.maxRssMb);
    if (!coldRun || run.ms < coldRun.ms) coldRun = run;
  }
  const baseline = min(nameStatus);
  // Every figure is the best of a few runs: other work on the machine only ever adds time.
  const best = (runs) => runs.sort((a, b) => a.ms - b.ms)[0];
  const noCache = best([mine(['--no-cache']), mine(['--no-cache'])]);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(mine(['--cache', cacheDir]).ms);
  const profileChanged = best([1, 2, 3].map((i) => mine(['--cache', cacheDir], [BENCH_IDENTITY, `Ana Lima ${i}`])));
  /** Mines once at the original tip (not measured), adds one commit touching `path`, and measures mining it. */
  const afterOneCommit = (path) => {
    git('update-ref', 'refs/heads/main', info.tip);
    mine(['--cache', cacheDir]);
    addOneCommit(info.tip, path);
    const run = mine(['--cache', cacheDir]);
    git('update-ref', 'refs/heads/main', info.tip);
    return run;
  };
  const oneNew = best([1, 2, 3].map((i) => afterOneCommit(`services/api/src/bench-${Date.now()}-${i}.ts`)));
  const oneNewDoc = best([1, 2, 3].map((i) => afterOneCommit(`docs/bench-${Date.now()}-${i}.md`)));
  const act = activation();

  const coldMs = min(cold);
  const rows = [
    ['raw git log -M --name-status (baseline)', fmt(baseline), '', ''],
    ['raw git log -M --raw --no-abbrev (what mining reads)', fmt(min(raw)), '', `${(min(raw) / baseline).toFixed(2)}× baseline`],
    ['cold mining, 100k commits (in-process)', fmt(coldMs), '≤ 1.2× baseline', `${(coldMs / baseline).toFixed(2)}×`],
    ['cold mining, process wall time', fmt(coldRun.wallMs), '', `${(coldRun.wallMs / baseline).toFixed(2)}×`],
    ['mining without cache (--no-cache)', fmt(noCache.ms), '', `${(noCache.ms / baseline).toFixed(2)}×`],
    ['peak RSS of the mining process (cold, worst run)', `${peakRss.toFixed(0)} MB`, '≤ 300 MB', `${(peakRss / 300).toFixed(2)} of target`],
    ['warm run, nothing new', fmt(min(warm)), `≤ 5% of cold (${fmt(coldMs * 0.05)})`, `${((min(warm) / coldMs) * 100).toFixed(1)}% of cold`],
    ['one new commit', fmt(oneNew.ms), '≤ 300 ms', `${(oneNew.ms / 300).toFixed(2)} of target`],
    ['one new commit adding a document (documents re-classified)', fmt(oneNewDoc.ms), '≤ 300 ms', `${(oneNewDoc.ms / 300).toFixed(2)} of target`],
    ['profile changed, nothing new (re-classifies cached facts)', fmt(profileChanged.ms), '', `${((profileChanged.ms / coldMs) * 100).toFixed(1)}% of cold`],
  ];
  if (act && 'ms' in act) rows.push(['dist/extension.js bundle load (activation cost)', `${act.ms.toFixed(1)} ms, ${act.spawned} processes`, '< 50 ms, no mining', `${(act.ms / 50).toFixed(2)} of target`]);
  else if (act) rows.push(['extension bundle load', `not measured: ${act.error}`, '< 50 ms', '']);
  const width = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((w, i) => Math.max(w, b[i])));
  console.log('');
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i])).join('  '));
  console.log('');
  console.log(`items found for ${BENCH_IDENTITY}: ${JSON.stringify(coldRun.byKind)}`);
  console.log(`cold phases (ms from start): ${JSON.stringify(coldRun.phases)}; cache use: new commit ${oneNew.stats.repos[0]?.cache}, new document ${oneNewDoc.stats.repos[0]?.cache}`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
