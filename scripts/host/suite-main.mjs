// How a host suite runs its main(): servers are stopped on Ctrl+C, and the process exits
// explicitly, because a browser or socket a failed test left behind must not keep the run alive.
// A suite that cannot start at all still prints its closing count line, as a failure.
import { stopAll } from './server-process.mjs';

/** Runs `main` (resolving an exit code) for the suite called `name` and exits with that code. */
export function runSuite(name, main, describeError = (error) => (error instanceof Error ? error.stack ?? error.message : String(error))) {
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => void stopAll().finally(() => process.exit(130)));
  }
  main()
    .then((code) => process.exit(code))
    .catch(async (error) => {
      console.error(`${name}: could not run: ${describeError(error)}`);
      console.log(`${name}: 0 passed, 1 failed`);
      await stopAll();
      process.exit(1);
    });
}
