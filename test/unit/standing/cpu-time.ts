/**
 * The least CPU time (ms, user + system) `work` took over `runs` runs. CPU time rather than wall
 * time: the machine running the tests is shared, and waiting for a core is not the code's cost.
 */
export function bestCpuMs(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
