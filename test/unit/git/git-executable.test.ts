import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findGitOnPath, gitCommand } from '../../../src/adapters/git/git-executable';

const root = mkdtempSync(join(tmpdir(), 'gl-git-path-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding the given files (executable unless named in `plain`). */
function folder(name: string, files: readonly string[], plain: readonly string[] = []): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of [...files, ...plain]) {
    writeFileSync(join(dir, f), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, f), plain.includes(f) ? 0o644 : 0o755);
  }
  return dir;
}

/** A Windows file system: the set of files that exist (Windows compares names without case). */
function windowsFiles(...files: string[]) {
  const tried: string[] = [];
  const lower = new Set(files.map((f) => f.toLowerCase()));
  return { tried, isRunnable: (f: string) => (tried.push(f), lower.has(f.toLowerCase())) };
}

// On Windows, spawning plain `git` with the repository as working folder could run a git.exe committed to the repository.
describe('findGitOnPath', () => {
  it('finds the first runnable git in PATH, skipping folders without one and files that are not executable', () => {
    const empty = folder('empty', []);
    const notExecutable = folder('not-executable', [], ['git']);
    const real = folder('real', ['git']);
    const later = folder('later', ['git']);
    expect(findGitOnPath({ env: { PATH: [empty, notExecutable, real, later].join(':') }, platform: 'linux' })).toBe(join(real, 'git'));
    expect(findGitOnPath({ env: { PATH: [empty, notExecutable].join(':') }, platform: 'linux' })).toBeUndefined();
    expect(findGitOnPath({ env: {}, platform: 'linux' })).toBeUndefined();
  });

  it('never looks in relative or empty PATH entries, which would mean the repository folder', () => {
    const repo = folder('repo', ['git']);
    const tried: string[] = [];
    const isRunnable = (f: string) => (tried.push(f), true);
    expect(findGitOnPath({ env: { PATH: ['', '.', 'bin', './tools'].join(':') }, platform: 'linux', isRunnable })).toBeUndefined();
    expect(tried).toEqual([]);
    expect(findGitOnPath({ env: { PATH: `.:${repo}` }, platform: 'linux' })).toBe(join(repo, 'git'));
  });

  it('on Windows tries PATHEXT’s extensions in order, finds `Path` in any case, and never a .bat or .cmd', () => {
    const fs = windowsFiles('C:\\Program Files\\Git\\cmd\\git.cmd', 'C:\\Program Files\\Git\\cmd\\git.exe', 'C:\\tools\\git.COM');
    const env = { Path: '"C:\\Program Files\\Git\\cmd";C:\\tools', PATHEXT: '.CMD;.BAT;.EXE;.COM' };
    expect(findGitOnPath({ env, platform: 'win32', isRunnable: fs.isRunnable })).toBe('C:\\Program Files\\Git\\cmd\\git.exe');
    expect(fs.tried).toEqual(['C:\\Program Files\\Git\\cmd\\git.exe']);
  });

  it('on Windows skips the current folder and relative entries, and uses the default PATHEXT when there is none', () => {
    const fs = windowsFiles('.\\git.exe', 'C:\\Git\\cmd\\git.exe');
    const env = { PATH: '.;tools;;C:\\Git\\cmd' };
    expect(findGitOnPath({ env, platform: 'win32', isRunnable: fs.isRunnable })).toBe('C:\\Git\\cmd\\git.exe');
    expect(fs.tried).toEqual(['C:\\Git\\cmd\\git.com', 'C:\\Git\\cmd\\git.exe']);
    expect(findGitOnPath({ env: { PATH: '.;tools' }, platform: 'win32', isRunnable: fs.isRunnable })).toBeUndefined();
  });
});

describe('gitCommand', () => {
  it('keeps spawning plain `git` outside Windows, found by the system in PATH alone', () => {
    expect(gitCommand({ PATH: '' }, 'linux')).toBe('git');
    expect(gitCommand({}, 'darwin')).toBe('git');
  });

  it('answers undefined on Windows when PATH holds no git, so that the caller says git is missing', () => {
    expect(gitCommand({ PATH: '.;relative' }, 'win32')).toBeUndefined();
  });
});
