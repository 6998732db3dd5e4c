import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileFactCache } from '../../src/adapters/cache/file-fact-cache';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { mineEvidence, type MiningResult } from '../../src/core/mining/orchestration/mining-service';
import { ANA, BOB } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

afterAll(() => removeTemporaryFolders());

/**
 * A git that records the process id of every call; a `git log` prints the history and then keeps
 * its output open (its process becomes a 30-second sleep), so a read is still streaming when the
 * test cancels it, and the process only goes away early if mining kills it.
 */
function stallingGit(): { path: string; calls: () => { pid: number; what: string }[] } {
  const dir = temporaryFolder('gl-stall-');
  const pids = join(dir, 'pids');
  const path = join(dir, 'git');
  writeFileSync(
    path,
    `#!/bin/sh\ncase " $* " in\n  *" log "*) git "$@"; echo "$$ log" >> '${pids}'; exec sleep 30 ;;\n  *) echo "$$ other" >> '${pids}'; exec git "$@" ;;\nesac\n`,
  );
  chmodSync(path, 0o755);
  const calls = () =>
    existsSync(pids)
      ? readFileSync(pids, 'utf8')
          .trim()
          .split('\n')
          .map((l) => ({ pid: Number(l.split(' ')[0]), what: l.split(' ')[1] ?? '' }))
      : [];
  return { path, calls };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`gave up waiting: ${what}`);
}

/** Mines through the stalling git, cancels once `git log` has printed everything, and returns how the run ended. */
async function mineAndCancel(repo: string, cacheDir: string): Promise<{ error: unknown; logPid: number; pids: number[] }> {
  const git = stallingGit();
  const abort = new AbortController();
  const run = mineEvidence({ repos: [repo], identities: [ANA.email], signal: abort.signal }, nodeMiningDeps({ trusted: true, gitPath: git.path, cacheDir })).then(
    (r: MiningResult) => r,
    (e: unknown) => e,
  );
  await until(() => git.calls().some((c) => c.what === 'log'), 'git log to print the history');
  abort.abort();
  const error = await run;
  const logPid = git.calls().find((c) => c.what === 'log')?.pid ?? 0;
  return { error, logPid, pids: git.calls().map((c) => c.pid) };
}

// Cancelling only stopped waiting for git: the process had to be killed, and the cache left as it was.
describe('cancelling mining while git is still streaming', () => {
  it('kills the git process, writes nothing to the cache, and the next run mines as if it never happened', async () => {
    const repo = RepoBuilder.create('cancelled');
    repo.commit('docs: guide', { author: ANA, files: { 'docs/guide.md': '# Guide\n' } });
    repo.commit('fix: y', { author: BOB, files: { 'src/y.ts': 'y\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });
    const cacheDir = temporaryFolder('gl-cache-');
    const folder = new FileFactCache(cacheDir).folderFor(repo.dir);

    const cold = await mineAndCancel(repo.dir, cacheDir);
    expect(cold.error).toMatchObject({ name: 'AbortError' });
    expect(cold.logPid).toBeGreaterThan(0);
    // Without the kill, the stalled `git log` would live for 30 seconds.
    await until(() => !alive(cold.logPid), `git log (pid ${cold.logPid}) to be killed`);
    await until(() => cold.pids.every((pid) => !alive(pid)), 'every git started to end');
    expect(existsSync(join(folder, 'manifest.json'))).toBe(false);

    const mine = () => mineEvidence({ repos: [repo.dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, cacheDir }));
    const first = await mine();
    expect(first.stats.repos[0]?.cache).toBe('cold');
    const fresh = await mineEvidence({ repos: [repo.dir], identities: [ANA.email], noCache: true }, nodeMiningDeps({ trusted: true }));
    expect(first.items).toEqual(fresh.items);

    // Cancelled while reading only what is new: the cache still describes the old tip, and is used as such.
    repo.commit('fix: z', { author: BOB, files: { 'src/z.ts': 'z\n' }, trailers: ['Acked-by: ana@work.example'] });
    const manifest = readFileSync(join(folder, 'manifest.json'), 'utf8');
    const incremental = await mineAndCancel(repo.dir, cacheDir);
    expect(incremental.error).toMatchObject({ name: 'AbortError' });
    await until(() => !alive(incremental.logPid), `git log (pid ${incremental.logPid}) to be killed`);
    expect(readFileSync(join(folder, 'manifest.json'), 'utf8')).toBe(manifest);
    expect(readdirSync(folder).some((f) => f.endsWith('.tmp'))).toBe(false);
    const next = await mine();
    expect(next.stats.repos[0]).toMatchObject({ cache: 'incremental', commitsRead: 1, commitsTotal: 3 });
    const freshNext = await mineEvidence({ repos: [repo.dir], identities: [ANA.email], noCache: true }, nodeMiningDeps({ trusted: true }));
    expect(next.items).toEqual(freshNext.items);
  });
});
