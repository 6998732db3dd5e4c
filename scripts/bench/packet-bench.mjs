// `npm run bench` (last part): a promotion packet from 20,000 evidence items must take under a
// second: mapping, the Evidence Map's view model and the rendered Markdown, in a fresh process.
// Options: --items N (default 20000), --runs N (default 5, best kept). CPU time is shown next to
// wall time because the machine may be shared; the run fails only when CPU time is over target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { numberOption } from './bench-args.mjs';

const ITEMS = numberOption('--items', 20_000);
const RUNS = numberOption('--runs', 5);
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
  console.log(`\npromotion packet: ${best.items} evidence items, best of ${RUNS} (${cpus().length} cores, load ${loadavg()[0].toFixed(1)})`);
  console.log(`wall ${ms(best.totalMs)} (map ${ms(best.mapMs)}, view model ${ms(best.modelMs)}, packet ${ms(best.packetMs)}), cpu ${ms(best.cpuMs)}; ${(best.bytes / 1024).toFixed(0)} KiB of Markdown`);
  console.log(`target < ${TARGET_MS} ms: ${(best.totalMs / TARGET_MS).toFixed(2)} of target (wall), ${(best.cpuMs / TARGET_MS).toFixed(2)} (cpu)`);
  if (best.cpuMs >= TARGET_MS) {
    console.error('packet benchmark: over target');
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
