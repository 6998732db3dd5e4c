import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(cwd: string, ...argv: string[]): Promise<CliRun> {
  return cliWithEnv(cwd, {}, ...argv);
}

/** The same, with extra environment variables (e.g. a HOME with no global git identity). */
export async function cliWithEnv(cwd: string, extra: Record<string, string>, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: join(tmpdir(), 'growth-ledger-test-cache'), ...extra },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

export { tempRepo } from './temp-repo';
