// One mining run in its own process, for the benchmark: prints timings, counts and peak RSS as JSON.
// Usage (after bundling): node bench-entry.js --repo DIR --identity X [--cache DIR] [--no-cache] | --print-log-args
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { logArguments } from '../../src/core/git/log-fields';
import { mineEvidence } from '../../src/core/mining/orchestration/mining-service';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--print-log-args')) {
    // The baseline must read the same fields as mining: take them from the one table.
    process.stdout.write(`${JSON.stringify(logArguments({ include: ['HEAD'], exclude: [] }))}\n`);
    return;
  }
  const values = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1] as string] : []));
  const cacheDir = values('--cache')[0];
  const started = performance.now();
  const phases: Record<string, number> = {};
  const cpuStart = process.cpuUsage();
  const result = await mineEvidence(
    {
      repos: values('--repo'),
      identities: values('--identity'),
      noCache: args.includes('--no-cache'),
      // When each phase began, to see where time goes after git has finished.
      onProgress: (p) => {
        phases[p.phase] ??= Math.round(performance.now() - started);
      },
    },
    nodeMiningDeps({ trusted: true, ...(cacheDir ? { cacheDir } : {}) }),
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const byKind: Record<string, number> = {};
  for (const item of result.items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  process.stdout.write(
    `${JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      items: result.items.length,
      byKind,
      phases,
      stats: result.stats,
      problems: result.problems,
    })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
