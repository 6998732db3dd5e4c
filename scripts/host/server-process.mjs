// Starting and stopping the VS Code servers the suites use. Every server listens on 127.0.0.1 on a
// port chosen at run time, runs in a process group of its own, and is stopped by its pid together
// with everything it started (the file watcher and extension hosts outlive a plain SIGTERM).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { codeServerEntry, isolatedXdgEnv, vscodeServerMain } from './host-paths.mjs';

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the bare VS Code server (the route that runs an extension test module in a real
 * extension host). `trusted: false` leaves the folder in Restricted Mode.
 */
export async function startVsCodeServer({ userDataDir, serverDataDir, extensionsDir, trusted = true, env = {}, logFile, extraArgs = [] }) {
  const port = await freePort();
  const args = [
    vscodeServerMain(),
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--user-data-dir', userDataDir,
    '--server-data-dir', serverDataDir,
    '--extensions-dir', extensionsDir,
    ...(trusted ? ['--disable-workspace-trust'] : []),
    ...extraArgs,
  ];
  const child = launch(process.execPath, args, env, logFile);
  await waitForHttp(`http://127.0.0.1:${port}/version`, child);
  return { port, url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopProcessTree(child) };
}

/** Installs a .vsix into an extensions folder with code-server's CLI (the way a person would). */
export async function installVsix({ vsix, userDataDir, extensionsDir, stateDir, logFile }) {
  const child = launch(process.execPath, [
    codeServerEntry(),
    '--config', codeServerConfig(stateDir),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--install-extension', vsix,
    '--force',
  ], isolatedXdgEnv(stateDir), logFile);
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await stopProcessTree(child);
  if (code !== 0) throw new Error(`installing ${vsix} failed (exit ${code}); see ${logFile}`);
}

/**
 * Starts code-server (the full product, as a person runs it) with no password, on 127.0.0.1 only.
 * `stateDir` receives its config file and what it would write under the home directory.
 */
export async function startCodeServer({ userDataDir, extensionsDir, stateDir, env = {}, logFile, extraArgs = [] }) {
  const port = await freePort();
  const child = launch(process.execPath, [
    codeServerEntry(),
    '--config', codeServerConfig(stateDir),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ], { ...isolatedXdgEnv(stateDir), ...env }, logFile);
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, child);
  return { port, url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopProcessTree(child) };
}

/** An explicit config file: without one, code-server writes a default (with a password) under ~/.config. */
function codeServerConfig(stateDir) {
  mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, 'code-server.yaml');
  writeFileSync(file, 'auth: none\ncert: false\n');
  return file;
}

/** Starts any program the way the servers are started (own process group, output to `logFile`). */
export function startProcess(command, args, { env = {}, logFile } = {}) {
  return launch(command, args, env, logFile);
}

function launch(command, args, env, logFile) {
  const child = spawn(command, args, {
    // A group of its own, so that stopping it reaches every process it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  if (logFile) {
    // Both streams go to one file, so neither may end it: by default a pipe ends its destination when
    // its source ends, and the other stream's last output (a server stopping writes to stderr after
    // stdout has closed) then crashed the runner with "write after end". The file ends once both
    // have closed ('close' comes after the child's stdio is done).
    const out = createWriteStream(logFile, { flags: 'a' });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.once('close', () => out.end());
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  live.add(child);
  child.on('exit', () => live.delete(child));
  return child;
}

async function waitForHttp(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => { exited = true; });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before it answered ${url}`);
    try {
      const res = await globalThis.fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await delay(200);
  }
  await stopProcessTree(child);
  throw new Error(`server did not answer ${url} within ${timeoutMs / 1000}s`);
}

/** Pids of every descendant of `pid`, read from /proc (children may have left the group). */
function descendantsOf(pid) {
  const parentOf = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const found = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [child, ppid] of parentOf) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid) {
  return signal(pid, 0);
}

/** Stops a process we started, its group and every descendant: TERM, then KILL after 5 s. */
export async function stopProcessTree(child) {
  const pid = child.pid;
  if (!pid) return;
  const pids = [pid, ...descendantsOf(pid)];
  signal(-pid, 'SIGTERM');
  for (const p of pids) signal(p, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && pids.some(isAlive)) await delay(100);
  signal(-pid, 'SIGKILL');
  for (const p of pids) if (isAlive(p)) signal(p, 'SIGKILL');
  live.delete(child);
}

const live = new Set();

// A runner that dies of an uncaught error never gets to await stopAll(). Its 'exit' still comes, and
// there it kills what it started, synchronously, so that no server outlives the run (a crashed run
// once left a code-server and its extension host running).
process.on('exit', () => {
  for (const child of live) {
    if (!child.pid) continue;
    const pids = [child.pid, ...descendantsOf(child.pid)];
    signal(-child.pid, 'SIGKILL');
    for (const p of pids) signal(p, 'SIGKILL');
  }
});

/** Stops every server still running; for exit and signal handlers. */
export async function stopAll() {
  await Promise.all([...live].map((child) => stopProcessTree(child)));
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
