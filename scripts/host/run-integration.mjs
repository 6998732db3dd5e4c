// Runs the integration suite (test/integration) inside a real VS Code extension host, one window
// per scenario, each on a fresh fixture repository, and prints `integration: N passed, M failed`.
//
//   node scripts/host/run-integration.mjs                 VS Code server from code-server + Chromium
//   node scripts/host/run-integration.mjs --host electron @vscode/test-electron (downloads VS Code)
//   node scripts/host/run-integration.mjs --only restricted   one scenario
//
// Set GROWTH_LEDGER_KEEP=1 to keep the temp folders (logs, fixture) of passing scenarios too.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './host-paths.mjs';
import { bundleScenarios, SCENARIOS } from './integration-scenarios.mjs';
import { afterRunChecks, prepareScenario, printRecord, removeSession } from './integration-session.mjs';
import { runOnElectron, runOnServer } from './integration-launchers.mjs';
import { runSuite } from './suite-main.mjs';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const host = option('host') ?? process.env.GROWTH_LEDGER_HOST ?? 'server';
  if (host !== 'server' && host !== 'electron') throw new Error(`--host must be server or electron, not ${host}`);
  const only = option('only');
  const chosen = only ? SCENARIOS.filter((s) => s.name === only) : SCENARIOS;
  if (chosen.length === 0) throw new Error(`no scenario named ${only}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);

  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'extension.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
  const scenarios = await bundleScenarios(chosen);
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  for (const scenario of scenarios) {
    const t0 = Date.now();
    console.log(`\n${scenario.name} (${scenario.trusted ? 'trusted' : 'Restricted Mode'}, ${scenario.growth ? 'with' : 'without'} a growth folder) on ${host}`);
    const session = prepareScenario(scenario);
    let records = [];
    let problem;
    try {
      const outcome = await (host === 'server' ? runOnServer : runOnElectron)(scenario, session);
      records = outcome.records;
      if (!outcome.ended) problem = outcome.timedOut ? 'the test run timed out' : 'the extension host went away before the tests finished';
      if (!records.some((r) => r.type === 'start')) problem = 'the test module never started (is the extension built? see the logs)';
    } catch (error) {
      problem = error instanceof Error ? error.stack ?? error.message : String(error);
    }
    // Checks of a window that never ran the tests would pass for the wrong reason.
    const checks = records.some((r) => r.type === 'start') ? afterRunChecks(scenario, session) : [];
    checks.forEach(printRecord);
    const results = [...records, ...checks];
    if (problem) {
      const fail = { type: 'fail', title: `${scenario.name}: the run completed`, message: problem, stack: '' };
      printRecord(fail);
      results.push(fail);
    }
    const p = results.filter((r) => r.type === 'pass').length;
    const f = results.filter((r) => r.type === 'fail').length;
    passed += p;
    failed += f;
    console.log(`  ${scenario.name}: ${p} passed, ${f} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (f > 0 || process.env.GROWTH_LEDGER_KEEP) console.log(`  logs and fixture kept in ${session.dir}`);
    else removeSession(session);
  }
  console.log(`\nintegration: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

runSuite('integration', main, (error) => (error instanceof Error ? error.message : String(error)));
