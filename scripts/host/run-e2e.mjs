// Runs the end-to-end suite (test/e2e): code-server on 127.0.0.1 with the packaged .vsix
// installed, driven by headless Chromium through the palette, quick inputs and the Growth views,
// on fixture repositories created for this run. Screenshots go to test-results/screenshots/.
// Prints `e2e: N passed, M failed` and exits non-zero on any failure.
//
//   node scripts/host/run-e2e.mjs [--vsix path] [--grep pattern]
//
// Set GROWTH_LEDGER_KEEP=1 to keep the temp folder (logs, fixtures) after a passing run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import Mocha from 'mocha';
import { PROJECT_ROOT } from './host-paths.mjs';
import { createFixtureRepo } from './fixture-repo.mjs';
import { installVsix, startCodeServer } from './server-process.mjs';
import { extensionHostErrors } from './exthost-log.mjs';
import { TEST_SETTINGS } from './integration-session.mjs';
import { runSuite } from './suite-main.mjs';

const E2E_DIR = path.join(PROJECT_ROOT, 'test', 'e2e');
const E2E_OUT = path.join(PROJECT_ROOT, 'out', 'e2e');
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function packagedVsix() {
  const vsix = path.resolve(option('vsix') ?? path.join(PROJECT_ROOT, 'dist', 'growth-ledger.vsix'));
  if (!existsSync(vsix)) {
    console.log(`${path.relative(PROJECT_ROOT, vsix)} is missing: packaging it (npm run package)`);
    execFileSync('npm', ['run', 'package'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
  return vsix;
}

/**
 * One user-data folder per server: settings as a person with auto-save off would have them, and
 * the workspace-trust question asked as usual (the suite answers it, as a person would).
 */
function userData(dir, extra = {}) {
  mkdirSync(path.join(dir, 'User'), { recursive: true });
  const settings = { ...TEST_SETTINGS, 'security.workspace.trust.startupPrompt': 'once', ...extra };
  writeFileSync(path.join(dir, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return dir;
}

/**
 * The same logging git shim as the integration suite. Both servers get one: the trusted server's
 * log must fill up (VS Code's git extension and the extension's mining run git), which proves that
 * the shim reaches the extension host, so the Restricted Mode server's empty log means something.
 */
function gitShim(dir, name) {
  const log = path.join(dir, `git-calls-${name}.log`);
  const bin = path.join(dir, `shim-bin-${name}`);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\t%s\\t%s\\t%s\\n' "$$" "$PPID" "$PWD" "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
  writeFileSync(log, '');
  return { log, PATH: `${bin}:${process.env.PATH}` };
}

async function bundleTests() {
  const files = readdirSync(E2E_DIR).filter((f) => f.endsWith('.test.ts')).sort();
  rmSync(E2E_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: files.map((f) => path.join(E2E_DIR, f)),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core', 'mocha'],
    sourcemap: 'inline',
    outdir: E2E_OUT,
    logLevel: 'warning',
  });
  return files.map((f) => path.join(E2E_OUT, f.replace(/\.ts$/, '.js')));
}

async function main() {
  const started = Date.now();
  const vsix = packagedVsix();
  const tests = await bundleTests();
  const dir = mkdtempSync(path.join(tmpdir(), 'growth-ledger-e2e-'));
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });

  // A folder per test file: a window reopening a folder that another just closed would find that
  // window's workspace-storage lock still held, and VS Code logs an error for it.
  const repo = (name, growth) => createFixtureRepo(path.join(dir, 'repos', name), { growth }).dir;
  const repos = {
    withoutProfile: repo('payments-gateway', false),
    logEntry: repo('checkout-service', true),
    twoNote: repo('ledger-service', true),
    problems: repo('fraud-service', true),
    restricted: repo('cloned-from-elsewhere', true),
    evidenceMap: repo('platform-api', true),
  };
  const extensionsDir = path.join(dir, 'extensions');
  const trustedData = userData(path.join(dir, 'user-data'));
  // git.enabled=false keeps VS Code's own git extension quiet, so the shim log shows only ours.
  const restrictedData = userData(path.join(dir, 'user-data-restricted'), { 'git.enabled': false });
  await installVsix({ vsix, userDataDir: trustedData, extensionsDir, stateDir: path.join(dir, 'state'), logFile: path.join(dir, 'install.log') });

  const trustedShim = gitShim(dir, 'trusted');
  const shim = gitShim(dir, 'restricted');
  // VS Code's server would replace PATH with the one a login shell computes (Debian's /etc/profile
  // resets it), dropping the shim; VSCODE_CLI=1 is the server's own signal to skip that.
  const keepEnv = { VSCODE_CLI: '1' };
  const trusted = await startCodeServer({
    userDataDir: trustedData,
    extensionsDir,
    stateDir: path.join(dir, 'state'),
    env: { PATH: trustedShim.PATH, ...keepEnv },
    logFile: path.join(dir, 'code-server.log'),
  });
  const restricted = await startCodeServer({
    userDataDir: restrictedData,
    extensionsDir,
    stateDir: path.join(dir, 'state-restricted'),
    env: { PATH: shim.PATH, ...keepEnv },
    logFile: path.join(dir, 'code-server-restricted.log'),
  });
  process.env.GROWTH_LEDGER_E2E = JSON.stringify({
    url: trusted.url,
    restrictedUrl: restricted.url,
    repos,
    screenshotsDir: SCREENSHOTS,
    consoleLog: path.join(dir, 'browser-console.log'),
    browserStateDir: path.join(dir, 'browser-state'),
  });

  let passed = 0;
  let failed = 0;
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec', grep: option('grep') });
    tests.forEach((t) => mocha.addFile(t));
    await mocha.loadFilesAsync();
    const runner = mocha.run();
    runner.on('pass', () => { passed += 1; });
    runner.on('fail', () => { failed += 1; });
    await new Promise((resolve) => runner.on('end', resolve));
  } finally {
    await trusted.stop();
    await restricted.stop();
  }

  // Checks from outside, once the servers have stopped.
  const check = (ok, title, detail) => {
    console.log(ok ? `  ✔ ${title}` : `  ✗ ${title}\n${detail.replace(/^/gm, '      ')}`);
    if (ok) passed += 1;
    else failed += 1;
  };
  console.log('\n  after the run');
  for (const [name, data] of [['trusted', trustedData], ['restricted', restrictedData]]) {
    // With --grep, a server no chosen test opened has no log to read.
    if (option('grep') && !existsSync(path.join(data, 'logs'))) continue;
    const errors = extensionHostErrors(data);
    check(errors.length === 0, `the ${name} server's extension host log has no errors`, errors.map((e) => `${e.file}:\n${e.text}`).join('\n\n'));
  }
  const controlCalls = readFileSync(trustedShim.log, 'utf8').split('\n').filter((l) => l.trim() !== '');
  if (!option('grep')) check(controlCalls.length > 0, 'the git shim sees the git calls of a trusted window (control)', 'no call logged: the shim is not on the extension host\'s PATH, so the next check proves nothing');
  const calls = readFileSync(shim.log, 'utf8').split('\n').filter((l) => l.trim() !== '');
  check(calls.length === 0, 'no git process was started by the Restricted Mode window', `${calls.length} call(s) (pid, parent, folder, args):\n${calls.join('\n')}`);

  console.log(`\nscreenshots: ${path.relative(PROJECT_ROOT, SCREENSHOTS)}/ (${readdirSync(SCREENSHOTS).length} files)`);
  if (failed > 0 || process.env.GROWTH_LEDGER_KEEP) console.log(`logs and fixtures kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  console.log(`e2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

runSuite('e2e', main);
