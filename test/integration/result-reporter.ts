import { appendFileSync } from 'node:fs';
import Mocha from 'mocha';

/** One line of the results file: what the runner outside the extension host reads and prints. */
export type ResultRecord =
  | { readonly type: 'start'; readonly pid: number; readonly total: number }
  | { readonly type: 'pass'; readonly title: string; readonly ms: number }
  | { readonly type: 'fail'; readonly title: string; readonly message: string; readonly stack: string }
  | { readonly type: 'end'; readonly passes: number; readonly failures: number }
  /** An error a test provoked on purpose: the log check outside accepts it. */
  | { readonly type: 'expected-error'; readonly message: string };

/** Appends a record to the results file the runner follows (and logs it). */
export function writeRecord(record: ResultRecord): void {
  console.log(`[growth-ledger-test] ${JSON.stringify(record)}`);
  const file = process.env.GROWTH_LEDGER_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(record)}\n`);
}

const { EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL } = Mocha.Runner.constants;

/**
 * A mocha reporter for a test run inside the extension host, whose stdout nobody sees: every result
 * is appended as a JSON line to the file named by GROWTH_LEDGER_RESULTS (the runner follows it), and
 * also logged, which lands in the extension host log and the browser console.
 */
export class ResultReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const emit = writeRecord;
    runner.once(EVENT_RUN_BEGIN, () => emit({ type: 'start', pid: process.pid, total: runner.total }));
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => emit({ type: 'pass', title: test.fullTitle(), ms: test.duration ?? 0 }));
    // Hooks fail through this event too (e.g. `"before all" hook for …`), so a broken setup is seen.
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Runnable, err: Error) =>
      emit({ type: 'fail', title: test.fullTitle(), message: err?.message ?? String(err), stack: err?.stack ?? '' }),
    );
    runner.once(EVENT_RUN_END, () => emit({ type: 'end', passes: this.stats.passes, failures: this.stats.failures }));
  }
}
