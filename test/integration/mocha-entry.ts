import Mocha from 'mocha';
import { ResultReporter } from './result-reporter';
import { notifications } from './notification-recorder';

/**
 * Runs the suites that `load` defines (by requiring test files) with mocha inside the extension
 * host. The runners generate one entry per scenario whose `run()` calls this; VS Code (the server
 * here, or `@vscode/test-electron`) calls `run()` and closes the window when it settles.
 * Rejects when any test failed, so the extension host exits non-zero under test-electron.
 */
export async function runSuites(load: () => void): Promise<void> {
  notifications.install();
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: ResultReporter });
  // Defines describe/it on the global object before the test files run, as `mocha.addFile` would.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'growth-ledger-integration', mocha);
  load();
  sessionChecks(mocha);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}

/** Added after the test files, so it runs last: what must hold over the whole session. */
function sessionChecks(mocha: Mocha): Mocha.Suite {
  const suite = Mocha.Suite.create(mocha.suite, 'the session');
  suite.addTest(
    new Mocha.Test('showed no error notifications', () => {
      const errors = notifications.unexpectedErrors();
      if (errors.length > 0) throw new Error(`error notifications: ${errors.map((n) => JSON.stringify(n.message)).join(', ')}`);
    }),
  );
  return suite;
}
