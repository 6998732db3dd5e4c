import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreWorktree, gitRedirects } from '../../../src/extension/evidence/git-redirect';
import { reposToMine, type AnswerStore } from '../../../src/extension/evidence/outside-repos';

/**
 * Fault 9's other routes: a workspace folder whose `.git` file or `core.worktree` sends git to a
 * repository elsewhere is asked about like a listed one, found by reading files only. Real git
 * makes the genuine linked worktree and submodule that must not be asked about.
 */
const root = mkdtempSync(join(tmpdir(), 'gl-redirect-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (p: string) => {
  const d = join(root, p);
  mkdirSync(d, { recursive: true });
  return d;
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
const repo = (p: string) => {
  const d = dir(p);
  git(d, 'init', '-q');
  git(d, 'commit', '-q', '--allow-empty', '-m', 'start');
  return d;
};

const vault = repo('secrets/vault');
const never = async () => {
  throw new Error('should not ask');
};
function memoryStore(): AnswerStore {
  const data = new Map<string, unknown>();
  return { get: <T>(key: string) => data.get(key) as T | undefined, update: async (key: string, value: unknown) => void data.set(key, value) };
}

describe('a workspace folder that sends git elsewhere', () => {
  it('a .git file naming another repository: asked about, by the real path git would read', async () => {
    const work = dir('work/pointer');
    writeFileSync(join(work, '.git'), 'gitdir: ../../secrets/vault/.git\n');
    expect(await gitRedirects(work)).toEqual([{ via: '.git file', target: join(vault, '.git') }]);
    const asked: (readonly string[])[] = [];
    const mined = await reposToMine([{ path: work, listed: false }], [work], memoryStore(), async (paths) => {
      asked.push(paths);
      return false;
    });
    expect(asked).toEqual([[join(vault, '.git')]]);
    expect(mined).toEqual([]);
  });

  it('core.worktree naming another folder: asked about, and mined after a yes', async () => {
    const work = repo('work/worktree-setting');
    git(work, 'config', 'core.worktree', vault);
    expect(await gitRedirects(work)).toEqual([{ via: 'core.worktree', target: vault }]);
    const mined = await reposToMine([{ path: work, listed: false }], [work], memoryStore(), async () => true);
    expect(mined).toEqual([{ path: work, listed: false, realPath: vault }]);
  });

  it('a .git link to another repository: asked about', async () => {
    const work = dir('work/link');
    symlinkSync(join(vault, '.git'), join(work, '.git'));
    expect(await gitRedirects(work)).toEqual([{ via: '.git link', target: join(vault, '.git') }]);
  });

  it('a linked worktree (git worktree add) and a submodule are not asked about', async () => {
    const main = repo('work/main');
    git(main, 'worktree', 'add', '-q', join(root, 'work/linked'));
    const linked = join(root, 'work/linked');
    expect(await gitRedirects(linked)).toEqual([]);
    git(main, 'submodule', '--quiet', 'add', vault, 'vendor/vault');
    const sub = join(main, 'vendor/vault');
    expect(await gitRedirects(sub)).toEqual([]);
    expect(await reposToMine([{ path: linked, listed: false }, { path: sub, listed: false }], [linked, sub], memoryStore(), never)).toHaveLength(2);
  });

  it('an ordinary repository, a .git FIFO and a huge .git file send nowhere (nothing blocks, nothing big is read)', async () => {
    expect(await gitRedirects(vault)).toEqual([]);
    const fifo = dir('work/fifo');
    execFileSync('mkfifo', [join(fifo, '.git')]);
    expect(await gitRedirects(fifo)).toEqual([]);
    const huge = dir('work/huge');
    writeFileSync(join(huge, '.git'), `gitdir: ${vault}\n${'x'.repeat(10_000)}`);
    expect(await gitRedirects(huge)).toEqual([]);
  });
});

describe('coreWorktree', () => {
  it('reads the last core.worktree of the plain [core] section, quoted or with a comment', () => {
    expect(coreWorktree('[core]\n\tbare = false\n\tworktree = /a\n[core]\n\tWorkTree = "/b c" ; why\n')).toBe('/b c');
    expect(coreWorktree('[core]\n  worktree = ../x # note\n')).toBe('../x');
    expect(coreWorktree('[core "sub"]\n\tworktree = /a\n[remote "origin"]\n\tworktree = /b\n')).toBeUndefined();
    expect(coreWorktree('[core]\n\tbare = false\n')).toBeUndefined();
  });
});
