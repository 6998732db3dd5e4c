// What both integration runners share around one scenario: a fresh fixture repository and VS Code
// folders in a temp directory, the results the test module writes, and the checks made from
// outside the extension host afterwards (its logs, and the git calls in Restricted Mode).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFixtureRepo } from './fixture-repo.mjs';
import { createHostileRepo, markerFile } from './hostile-fixture.mjs';
import { extensionHostErrors } from './exthost-log.mjs';
import { isolatedXdgEnv } from './host-paths.mjs';

/** Creates the folders and fixture for a scenario. */
export function prepareScenario(scenario) {
  const dir = mkdtempSync(path.join(tmpdir(), `growth-ledger-it-${scenario.name}-`));
  const repoDir = path.join(dir, 'repo');
  if (scenario.fixture === 'hostile') createHostileRepo(repoDir, dir);
  else createFixtureRepo(repoDir, { growth: scenario.growth });
  const session = {
    dir,
    repoDir,
    userDataDir: path.join(dir, 'user-data'),
    serverDataDir: path.join(dir, 'server-data'),
    extensionsDir: path.join(dir, 'extensions'),
    resultsFile: path.join(dir, 'results.ndjson'),
    gitLog: scenario.gitShim ? path.join(dir, 'git-calls.log') : undefined,
    markers: scenario.fixture === 'hostile' ? markerFile(dir) : undefined,
    env: { GROWTH_LEDGER_RESULTS: path.join(dir, 'results.ndjson'), ...isolatedXdgEnv(dir) },
  };
  for (const d of [session.userDataDir, session.serverDataDir, session.extensionsDir]) mkdirSync(d, { recursive: true });
  // The server does not honour --disable-extension for VS Code's built-in git: switch it off by setting.
  writeSettings(session.userDataDir, scenario.builtinGit === false ? { 'git.enabled': false } : {});
  writeFileSync(session.resultsFile, '');
  if (scenario.gitShim) Object.assign(session.env, gitShim(dir, session.gitLog));
  return session;
}

/**
 * Settings for the test windows. VS Code in a browser saves files by itself a second after each
 * change (desktop VS Code does not), which would save a person's unsaved text behind the tests'
 * back. The server reads `Machine/settings.json`, desktop VS Code `User/settings.json`.
 */
export const TEST_SETTINGS = {
  'files.autoSave': 'off',
  // An untrusted folder opens in Restricted Mode without a modal question (desktop VS Code would
  // otherwise wait for an answer).
  'security.workspace.trust.startupPrompt': 'never',
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

function writeSettings(userDataDir, extra) {
  for (const scope of ['Machine', 'User']) {
    mkdirSync(path.join(userDataDir, scope), { recursive: true });
    writeFileSync(path.join(userDataDir, scope, 'settings.json'), `${JSON.stringify({ ...TEST_SETTINGS, ...extra }, null, 2)}\n`);
  }
}

/**
 * A `git` that logs each call (pid, parent pid, working folder, arguments) and then runs the real
 * one, placed first on the PATH VS Code and its extension host inherit. An empty log proves that
 * nothing in the extension host started git.
 */
function gitShim(dir, logFile) {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const binDir = path.join(dir, 'shim-bin');
  mkdirSync(binDir, { recursive: true });
  const shim = path.join(binDir, 'git');
  writeFileSync(shim, [
    '#!/bin/sh',
    `printf '%s\\t%s\\t%s\\t%s\\n' "$$" "$PPID" "$PWD" "$*" >> '${logFile}'`,
    `exec '${realGit}' "$@"`,
    '',
  ].join('\n'));
  chmodSync(shim, 0o755);
  writeFileSync(logFile, '');
  return { PATH: `${binDir}:${process.env.PATH}`, GROWTH_LEDGER_GIT_SHIM_LOG: logFile };
}

/** The records written so far (see test/integration/result-reporter.ts). */
export function readResults(session) {
  if (!existsSync(session.resultsFile)) return [];
  return readFileSync(session.resultsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/**
 * Prints records as they arrive and resolves with all of them when the `end` record is written,
 * when `stopped()` says the host is gone, or at the timeout.
 */
export async function followResults(session, { stopped, timeoutMs, print }) {
  let shown = 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = readResults(session);
    for (const r of records.slice(shown)) print(r);
    shown = records.length;
    if (records.some((r) => r.type === 'end')) return { records, ended: true };
    if (stopped() || Date.now() > deadline) {
      // One last read: the host may have written its end record just before it went away.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const last = readResults(session);
      for (const r of last.slice(shown)) print(r);
      return { records: last, ended: last.some((r) => r.type === 'end'), timedOut: Date.now() > deadline };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Prints one record as a test line. */
export function printRecord(r) {
  if (r.type === 'pass') console.log(`  ✓ ${r.title} (${r.ms} ms)`);
  if (r.type === 'fail') {
    console.log(`  ✗ ${r.title}`);
    console.log(indent(r.stack && r.stack.includes(r.message) ? r.stack : `${r.message}\n${r.stack}`, 6));
  }
}

/**
 * Checks made from outside once the window has closed; each becomes a pass or fail line like a
 * test. Returns the records.
 */
export function afterRunChecks(scenario, session) {
  const checks = [];
  // Errors the tests provoked on purpose (and asserted on) are logged by the extension too.
  const expected = readResults(session).filter((r) => r.type === 'expected-error').map((r) => r.message);
  const errors = extensionHostErrors(session.userDataDir).filter((e) => !expected.some((m) => e.text.includes(m)));
  checks.push(
    errors.length === 0
      ? { type: 'pass', title: `${scenario.name}: the extension host log has no errors`, ms: 0 }
      : { type: 'fail', title: `${scenario.name}: the extension host log has no errors`, message: `${errors.length} error(s)`, stack: errors.map((e) => `${e.file}:\n${e.text}`).join('\n\n') },
  );
  if (session.markers) {
    // Every program the hostile fixture's configuration, hooks and front matter name appends here.
    const ran = existsSync(session.markers) ? readFileSync(session.markers, 'utf8') : '';
    const title = `${scenario.name}: no program named by the repository ran`;
    checks.push(ran === '' ? { type: 'pass', title, ms: 0 } : { type: 'fail', title, message: 'marker programs ran', stack: ran });
  }
  if (session.gitLog) {
    const calls = readFileSync(session.gitLog, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const title = `${scenario.name}: no git process was started in Restricted Mode`;
    checks.push(
      calls.length === 0
        ? { type: 'pass', title, ms: 0 }
        : { type: 'fail', title, message: `${calls.length} git call(s) (pid, parent pid, folder, arguments)`, stack: calls.join('\n') },
    );
  }
  return checks;
}

export function removeSession(session) {
  rmSync(session.dir, { recursive: true, force: true });
}

function indent(text, n) {
  const pad = ' '.repeat(n);
  return text.split('\n').map((l) => pad + l).join('\n');
}
