// The two ways to run a scenario's test module in a real extension host. Both resolve when the
// host has finished (or was given up on); results travel through the session's results file.
import path from 'node:path';
import { PROJECT_ROOT } from './host-paths.mjs';
import { startProcess, startVsCodeServer, stopProcessTree } from './server-process.mjs';
import { openBrowser } from './browser-session.mjs';
import { followResults, printRecord } from './integration-session.mjs';

const SCENARIO_TIMEOUT_MS = 6 * 60_000;

/**
 * VS Code's built-in git extension runs git on its own: it must not count as a git call of ours in
 * Restricted Mode, nor run the hostile fixture's configured programs (that would be VS Code's doing).
 */
function withoutBuiltinGit(scenario) {
  return scenario.gitShim || scenario.builtinGit === false;
}

/**
 * Here: the VS Code server from code-server, and headless Chromium opening the window with a
 * test payload. The window closes itself when the test module's `run()` settles.
 */
export async function runOnServer(scenario, session) {
  const server = await startVsCodeServer({
    userDataDir: session.userDataDir,
    serverDataDir: session.serverDataDir,
    extensionsDir: session.extensionsDir,
    trusted: scenario.trusted,
    env: session.env,
    logFile: path.join(session.dir, 'server.log'),
    // The shell environment VS Code would resolve could reorder PATH (and hide the git shim);
    // the built-in git extension runs git itself, which the Restricted Mode check must not see.
    extraArgs: ['--force-disable-user-env', ...(withoutBuiltinGit(scenario) ? ['--disable-extension', 'vscode.git'] : [])],
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(PROJECT_ROOT)],
    ['extensionTestsPath', remote(scenario.entry)],
  ];
  const browser = await openBrowser({ consoleLog: path.join(session.dir, 'browser-console.log'), stateDir: session.dir });
  let closed = false;
  browser.page.on('close', () => { closed = true; });
  try {
    await browser.page.goto(`${server.url}/?folder=${encodeURIComponent(session.repoDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    return await followResults(session, { stopped: () => closed, timeoutMs: SCENARIO_TIMEOUT_MS, print: printRecord });
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Elsewhere (a laptop, public CI): @vscode/test-electron downloads VS Code, and VS Code desktop runs
 * the same module (on a Linux machine without a display, run the suite under `xvfb-run -a`). The
 * window is started here rather than through `runTests`, which always adds
 * --disable-workspace-trust and so could not open the Restricted Mode scenario.
 */
export async function runOnElectron(scenario, session) {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  const executable = await downloadAndUnzipVSCode(process.env.GROWTH_LEDGER_VSCODE_VERSION || 'stable');
  const child = startProcess(executable, [
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-extensions',
    ...(scenario.trusted ? ['--disable-workspace-trust'] : []),
    ...(withoutBuiltinGit(scenario) ? ['--disable-extension', 'vscode.git'] : []),
    '--user-data-dir', session.userDataDir,
    '--extensions-dir', session.extensionsDir,
    `--extensionDevelopmentPath=${PROJECT_ROOT}`,
    `--extensionTestsPath=${scenario.entry}`,
    session.repoDir,
  ], { env: session.env, logFile: path.join(session.dir, 'vscode.log') });
  let exited = false;
  child.on('exit', () => { exited = true; });
  try {
    return await followResults(session, { stopped: () => exited, timeoutMs: SCENARIO_TIMEOUT_MS, print: printRecord });
  } finally {
    await stopProcessTree(child);
  }
}
