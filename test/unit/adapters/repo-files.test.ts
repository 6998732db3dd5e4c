import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot, readHead } from '../../../src/adapters/repo/repo-files';
import { tempRepo } from '../../helpers/temp-repo';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function commit(dir: string, file: string): string {
  writeFileSync(join(dir, file), file);
  execFileSync('git', ['-C', dir, 'add', file]);
  execFileSync('git', ['-C', dir, 'commit', '-q', '-m', `add ${file}`]);
  return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

describe('reading HEAD from .git files, without running git', () => {
  it('finds the top level from a nested folder', async () => {
    const repo = tempRepo();
    cleanups.push(repo.cleanup);
    mkdirSync(join(repo.dir, 'a', 'b'), { recursive: true });
    expect(await findRepoRoot(join(repo.dir, 'a', 'b'))).toBe(repo.dir);
  });

  it('reads the branch of an unborn repository, and the commit once there is one', async () => {
    const repo = tempRepo();
    cleanups.push(repo.cleanup);
    expect(await readHead(repo.dir)).toEqual({ branch: 'main' });
    const sha = commit(repo.dir, 'a.txt');
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', '-b', 'feat/retry-budget']);
    expect(await readHead(repo.dir)).toEqual({ branch: 'feat/retry-budget', sha });
  });

  it('resolves packed refs and detached heads', async () => {
    const repo = tempRepo();
    cleanups.push(repo.cleanup);
    const sha = commit(repo.dir, 'a.txt');
    execFileSync('git', ['-C', repo.dir, 'pack-refs', '--all']);
    expect(await readHead(repo.dir)).toEqual({ branch: 'main', sha });
    execFileSync('git', ['-C', repo.dir, 'checkout', '-q', '--detach']);
    expect(await readHead(repo.dir)).toEqual({ sha });
  });

  it('follows a worktree\'s .git file', async () => {
    const repo = tempRepo();
    cleanups.push(repo.cleanup);
    const sha = commit(repo.dir, 'a.txt');
    const wt = `${repo.dir}-wt`;
    execFileSync('git', ['-C', repo.dir, 'worktree', 'add', '-q', '-b', 'side', wt]);
    cleanups.push(() => execFileSync('rm', ['-rf', wt]));
    expect(await readHead(wt)).toEqual({ branch: 'side', sha });
  });
});
