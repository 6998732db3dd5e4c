// `npm run bench` (second part): a promotion packet from 20,000 evidence items must take under a
// second: mapping, the Evidence Map's view model and the rendered Markdown, in a fresh process.
// Options: --items N (default 20000), --runs N (default 5, best kept).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
};
const ITEMS = option('--items', 20_000);
const RUNS = option('--runs', 5);
const TARGET_MS = 1000;

const work = mkdtempSync(join(tmpdir(), 'growth-ledger-packet-bench-'));
try {
  const entry = join(work, 'packet-entry.js');
  await esbuild.build({ entryPoints: ['scripts/bench/packet-entry.ts'], outfile: entry, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  let best;
  for (let run = 0; run < RUNS; run++) {
    const r = spawnSync(process.execPath, [entry, String(ITEMS)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`packet benchmark failed: ${r.stderr}`);
    const result = JSON.parse(r.stdout);
    if (!best || result.totalMs < best.totalMs) best = result;
  }
  const ms = (n) => `${n.toFixed(0)} ms`;
  console.log(`packet from ${best.items} evidence items (best of ${RUNS}): ${ms(best.totalMs)} (map ${ms(best.mapMs)}, view model ${ms(best.modelMs)}, packet ${ms(best.packetMs)}; ${(best.bytes / 1024).toFixed(0)} KiB) — target < ${TARGET_MS} ms, ${(best.totalMs / TARGET_MS).toFixed(2)}× of target`);
  if (best.totalMs >= TARGET_MS) {
    console.error('packet benchmark: over target');
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
