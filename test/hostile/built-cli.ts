import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository of this project, and its built CLI (`npm run build` makes it; `npm test` builds first). */
export const PROJECT = resolve(__dirname, '../..');
export const CLI = join(PROJECT, 'dist', 'cli.js');

/** Newest modification time under a folder (for the "is the build current?" check). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Fails with a clear message when the CLI is missing or older than the sources: these suites test
 * the program people run, and an old build would test old code.
 */
export function assertBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  if (statSync(CLI).mtimeMs < newest(join(PROJECT, 'src'))) throw new Error(`${CLI} is older than src/: run \`npm run build\` first`);
}

/** What one CLI process did. */
export interface CliProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli.js …` as its own process, with a clean environment: HOME and the cache
 * folder point into `sandbox` (so the test can check nothing was written elsewhere), no GIT_*
 * variables leak in, and git reads no global or system config.
 */
export function runCliProcess(cwd: string, args: readonly string[], sandbox: string, timeoutMs = 120_000): Promise<CliProcessRun> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
  Object.assign(env, {
    HOME: join(sandbox, 'home'),
    XDG_CACHE_HOME: join(sandbox, 'cache'),
    XDG_CONFIG_HOME: join(sandbox, 'config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    LC_ALL: 'C',
  });
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stdout, stderr });
    });
  });
}
