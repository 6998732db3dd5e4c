import { spawn } from 'node:child_process';
import { GitReadError } from '../../core/mining/git-history-port';
import { forgetGitCommand, gitCommand } from './git-executable';
import { isSupportedGit, parseGitVersion, tooOldMessage } from './git-version';
import { shellQuote } from './shell-quote';

/**
 * The one way this project runs git. A cloned repository is untrusted input (SPEC §7): its
 * `.git/config` may name programs for fsmonitor, signature verification, textconv, external diff,
 * hooks, pagers or transports. Every call overrides those with `-c` (command-line config beats
 * every config file), passes `--no-pager`, runs with a cleaned environment, never uses a shell, and
 * refuses to start at all when the workspace is not trusted.
 */

/**
 * Every transport git knows, each refused by name: a repository's own `protocol.<name>.allow=always`
 * beats the general `protocol.allow=never`, and a refused transport is what keeps a partial clone
 * from fetching missing objects (through `remote.*.uploadpack`, `core.sshCommand`, a proxy…) on a
 * git too old for GIT_NO_LAZY_FETCH.
 */
const TRANSPORTS = ['file', 'git', 'ssh', 'http', 'https', 'ext', 'fd'] as const;

/**
 * `-c` overrides given to every git call. The first group neutralises each way a repository's
 * config could run a program or reach the network; the second pins every setting that would change
 * the output the log parser relies on (a repository's `log.showRoot=false` hides the root commit's
 * files; a `diff.orderFile` naming a FIFO would hang the read).
 */
export const HARDENING_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'log.showSignature=false',
  'gpg.program=false',
  'gpg.ssh.program=false',
  'gpg.x509.program=false',
  'diff.external=',
  'protocol.allow=never',
  ...TRANSPORTS.map((t) => `protocol.${t}.allow=never`),
  'core.sshCommand=false',
  'core.gitProxy=false',
  'gc.auto=0',
  'maintenance.auto=false',
  'credential.helper=',
  'core.askPass=',
  'color.ui=false',
  'log.mailmap=false',
  'log.decorate=false',
  'i18n.logOutputEncoding=UTF-8',
  'diff.renameLimit=1000',
  'log.showRoot=true',
  'diff.relative=false',
  'diff.ignoreSubmodules=none',
  'diff.orderFile=/dev/null',
  'core.quotePath=false',
];

/** Environment variables set on every call: no prompts, no pager, no optional locks, no lazy fetches in partial clones, untranslated messages. */
const FIXED_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_LAZY_FETCH: '1',
  GIT_ADVICE: '0',
  LC_ALL: 'C',
};

/** How every git call runs: whether the workspace is trusted, which git, which base environment. */
export interface GitProcessOptions {
  /** Checked before every call: an untrusted workspace runs no git at all. */
  readonly trusted: boolean | (() => boolean);
  /**
   * The git executable. Default: `git` found on the environment's PATH without a shell; on Windows
   * the absolute path of the first one in PATH's absolute folders, never one in the repository.
   */
  readonly gitPath?: string;
  /** Base environment (default `process.env`); every `GIT_*` variable in it is removed. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Input given to a running git over time (e.g. object names for a long-lived `cat-file --batch`). */
export interface StdinFeed {
  attach(sink: { write(text: string): void; end(): void }): void;
}

/** One git invocation. */
export interface GitCall {
  readonly cwd: string;
  readonly args: readonly string[];
  readonly signal?: AbortSignal;
  /** Written to git's stdin, which is then closed; or a feed that writes to it over time and closes it. */
  readonly stdin?: string | StdinFeed;
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-base --is-ancestor`). */
  readonly okCodes?: readonly number[];
}

/**
 * Removes every `GIT_*` variable (GIT_DIR, GIT_WORK_TREE, GIT_CONFIG_*, GIT_EXEC_PATH, GIT_EXTERNAL_DIFF,
 * GIT_TRACE…) so nothing outside the call can redirect git to another repository, config or program.
 * The system config stays: it belongs to the machine's owner, not to a cloned repository, and may
 * hold the `safe.directory` entries people rely on.
 */
export function hardenedEnv(base: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || k.toUpperCase().startsWith('GIT_') || k === 'PAGER') continue;
    env[k] = v;
  }
  return { ...env, ...FIXED_ENV };
}

/** `args` preceded by `--no-pager` and every HARDENING_CONFIG override. */
export function hardenedArgs(args: readonly string[]): string[] {
  return ['--no-pager', ...HARDENING_CONFIG.flatMap((c) => ['-c', c]), ...args];
}

/** Runs git, handing stdout to `onStdout` chunk by chunk as it arrives; resolves with the exit code. */
export async function streamGit(options: GitProcessOptions, call: GitCall, onStdout: (chunk: Buffer) => void): Promise<number> {
  const trusted = typeof options.trusted === 'function' ? options.trusted() : options.trusted;
  if (!trusted) throw new GitReadError('untrusted', 'this workspace is not trusted, so Growth Ledger runs no git here: trust the workspace to mine its history');
  if (call.signal?.aborted) throw aborted();
  const env = hardenedEnv(options.env ?? process.env);
  const git = options.gitPath ?? gitCommand(env);
  if (git === undefined) throw gitMissing(undefined);
  await checkVersionOnce(git, options, env, call.cwd);
  return spawnGit(git, options, env, call, onStdout);
}

/** The version check of each executable, shared by the calls that start while it runs. */
const versionChecks = new Map<string, Promise<void>>();

/**
 * Refuses a git older than MINIMUM_GIT, with a message saying what to install. A failed check is
 * not remembered: the person may upgrade git while the editor stays open.
 */
function checkVersionOnce(git: string, options: GitProcessOptions, env: Record<string, string>, cwd: string): Promise<void> {
  let check = versionChecks.get(git);
  if (!check) {
    check = (async () => {
      const out: Buffer[] = [];
      // In the call's own folder: the editor's working folder may no longer exist.
      await spawnGit(git, options, env, { cwd, args: ['version'] }, (b) => out.push(b));
      const version = parseGitVersion(Buffer.concat(out).toString('utf8'));
      if (!version || !isSupportedGit(version)) throw new GitReadError('git-missing', tooOldMessage(version?.join('.')));
    })();
    versionChecks.set(git, check);
    check.catch(() => versionChecks.delete(git));
  }
  return check;
}

function spawnGit(git: string, options: GitProcessOptions, env: Record<string, string>, call: GitCall, onStdout: (chunk: Buffer) => void): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const fail = (e: GitReadError) => {
      if (settled) return;
      settled = true;
      child.kill();
      reject(e);
    };
    const child = spawn(git, hardenedArgs(call.args), {
      cwd: call.cwd,
      env,
      stdio: [call.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    const onAbort = () => fail(aborted());
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    child.stderr?.on('data', (b: Buffer) => {
      if (stderrBytes < 64 * 1024) stderr.push(b);
      stderrBytes += b.length;
    });
    child.stdout?.on('data', (b: Buffer) => {
      if (settled) return;
      try {
        onStdout(b);
      } catch (e) {
        fail(new GitReadError('failed', `could not read the output of git ${call.args[0] ?? ''}: ${e instanceof Error ? e.message : String(e)}`));
      }
    });
    if (call.stdin !== undefined && child.stdin) {
      const stdin = child.stdin;
      // git may exit early (e.g. on a bad object name); a broken pipe then is not the error to report.
      stdin.on('error', () => undefined);
      if (typeof call.stdin === 'string') stdin.end(call.stdin);
      else call.stdin.attach({ write: (text) => void stdin.write(text), end: () => stdin.end() });
    }
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') {
        if (options.gitPath === undefined) forgetGitCommand(git);
        fail(gitMissing(options.gitPath));
      } else fail(new GitReadError('failed', `git could not be started: ${e.message}`));
    });
    child.on('close', (code) => {
      call.signal?.removeEventListener('abort', onAbort);
      if (settled) return;
      const exit = code ?? -1;
      if (exit === 0 || (call.okCodes ?? []).includes(exit)) {
        settled = true;
        resolve(exit);
        return;
      }
      fail(failure(call, exit, Buffer.concat(stderr).toString('utf8')));
    });
  });
}

/** Runs a small git command and returns its whole stdout (never use it for history reads). */
export async function runGit(options: GitProcessOptions, call: GitCall): Promise<{ code: number; stdout: string }> {
  const out: Buffer[] = [];
  const code = await streamGit(options, call, (b) => out.push(b));
  return { code, stdout: Buffer.concat(out).toString('utf8') };
}

/** Said to the person, in the editor and in the CLI alike: what is wrong and what to do. */
function gitMissing(configured: string | undefined): GitReadError {
  if (configured !== undefined) return new GitReadError('git-missing', `git was not found at ${configured}: install git there, or point to where it is installed`);
  return new GitReadError('git-missing', 'git was not found on PATH: install git (https://git-scm.com/downloads), or add the folder that holds it to PATH, then try again');
}

function aborted(): GitReadError {
  return new GitReadError('aborted', 'mining was cancelled');
}

/**
 * Git stopped because a partial clone lacks an object and fetching it was refused (every transport
 * is). `objectId` says which, so a reader can skip it and go on.
 */
export class MissingObjectError extends GitReadError {
  constructor(
    readonly objectId: string,
    cwd: string,
    command: string,
  ) {
    super('failed', `git ${command} needed object ${objectId}, which this partial clone (${cwd}) does not have; Growth Ledger never fetches missing objects, so what needs it was skipped`);
  }
}

/** Maps git's stderr to a message that says what happened and what to do. */
function failure(call: GitCall, code: number, stderr: string): GitReadError {
  const missing = /could not fetch ([0-9a-f]{40,64}) from promisor remote/.exec(stderr)?.[1];
  if (missing !== undefined) return new MissingObjectError(missing, call.cwd, call.args[0] ?? '');
  const first = stderr.split('\n').find((l) => l.trim() !== '')?.replace(/^(fatal|error): /, '').trim() ?? '';
  if (/not a git repository/i.test(stderr)) {
    return new GitReadError('not-a-repository', `${call.cwd} is not a git repository: check the path, or run \`git init\` there to start one`);
  }
  if (/dubious ownership/i.test(stderr)) {
    return new GitReadError(
      'unsafe-repository',
      `git refuses to read ${call.cwd} because another user owns it; if you trust it, run: git config --global --add safe.directory ${shellQuote(call.cwd)}`,
    );
  }
  return new GitReadError('failed', `git ${call.args[0] ?? ''} failed in ${call.cwd} (exit ${code})${first ? `: ${first}` : ''}`);
}
