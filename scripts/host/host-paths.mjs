// Where the real VS Code (from code-server, installed by scripts/host/setup.sh) and Chromium live,
// and the flags that make headless Chromium behave on a machine without a display or network.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';

/** The project root (two levels above this file). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Mirrors the folder logic in setup.sh: keep the two in step. */
export function codeServerPackageDir() {
  const hostDir = process.env.GROWTH_LEDGER_HOST_DIR || path.join(homedir(), '.cache', 'growth-ledger-host');
  return path.join(hostDir, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
}

/** `node <this>` starts the VS Code server (REH) without code-server's own web layer. */
export function vscodeServerMain() {
  return requireFile(path.join(codeServerPackageDir(), 'lib', 'vscode', 'out', 'server-main.js'));
}

/** `node <this>` is the `code-server` command. */
export function codeServerEntry() {
  return requireFile(path.join(codeServerPackageDir(), 'out', 'node', 'entry.js'));
}

export function chromiumPath() {
  return requireFile(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
}

/** Flags verified on these machines (see the shared REAL-HOST-TESTING notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function requireFile(file) {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`bash scripts/host/setup.sh\` first`);
  }
  return file;
}

/**
 * Environment that keeps what the servers and Chromium write for "the user" (code-server's config
 * and logs, VS Code's device id, Chromium's crash folder) inside a run's own folder instead of
 * the real home directory.
 */
export function isolatedXdgEnv(dir) {
  return {
    XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
    XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
    XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
  };
}
