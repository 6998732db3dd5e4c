// The benchmarks' synthetic histories: generated once per machine and size with git fast-import
// (generate-repo.mjs), kept in $XDG_CACHE_HOME (or ~/.cache)/growth-ledger-bench as
// synthetic-<commits>.git with a stamp file saying which generator made it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GENERATOR_VERSION, generateRepository } from './generate-repo.mjs';

export const BENCH_CACHE = process.env.XDG_CACHE_HOME ? join(process.env.XDG_CACHE_HOME, 'growth-ledger-bench') : join(homedir(), '.cache', 'growth-ledger-bench');

/** The bare repository for a history of `commits` commits. */
export function benchRepoPath(commits) {
  return join(BENCH_CACHE, `synthetic-${commits}.git`);
}

/**
 * Makes sure the history exists and its main branch is at the generated tip (a previous run's extra
 * commit is undone, so every run measures the same history). Resolves with `{ version, commits, tip,
 * generatedSeconds? }`; `generatedSeconds` is set only when this call generated it.
 */
export async function ensureBenchRepository(commits, { regenerate = false } = {}) {
  const repo = benchRepoPath(commits);
  const stamp = `${repo}.json`;
  const git = (...args) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8' }).trim();
  const want = { version: GENERATOR_VERSION, commits };
  if (!regenerate && existsSync(stamp)) {
    const have = JSON.parse(readFileSync(stamp, 'utf8'));
    if (have.version === want.version && have.commits === want.commits && existsSync(repo)) {
      git('update-ref', 'refs/heads/main', have.tip);
      return have;
    }
  }
  console.log(`generating ${commits} commits in ${repo} (once per machine)…`);
  rmSync(repo, { recursive: true, force: true });
  rmSync(stamp, { force: true });
  mkdirSync(BENCH_CACHE, { recursive: true });
  execFileSync('git', ['init', '--quiet', '--bare', repo]);
  git('symbolic-ref', 'HEAD', 'refs/heads/main');
  const started = performance.now();
  await generateRepository(repo, commits);
  const imported = performance.now();
  git('repack', '-a', '-d', '-q');
  const info = { ...want, tip: git('rev-parse', 'refs/heads/main') };
  // The stamp is written last: an interrupted generation is started again, never used half made.
  writeFileSync(stamp, JSON.stringify(info));
  const generatedSeconds = (performance.now() - started) / 1000;
  console.log(`generated in ${generatedSeconds.toFixed(1)} s (fast-import ${((imported - started) / 1000).toFixed(1)} s, repack ${((performance.now() - imported) / 1000).toFixed(1)} s)`);
  return { ...info, generatedSeconds };
}
