import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileFactCache } from '../../src/adapters/cache/file-fact-cache';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { mineEvidence } from '../../src/core/mining/orchestration/mining-service';
import { ANA, BOB } from './helpers/people';
import { gitIn, RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

afterAll(() => removeTemporaryFolders());

function setUp() {
  const repo = RepoBuilder.create('service');
  repo.commit('docs: guide', { author: ANA, files: { 'docs/guide.md': '# Guide\n' } });
  repo.commit('fix: y', { author: BOB, files: { 'src/y.ts': 'y\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });
  const cacheDir = temporaryFolder('gl-cache-');
  const mine = (identities = [ANA.email]) => mineEvidence({ repos: [repo.dir], identities }, nodeMiningDeps({ trusted: true, cacheDir }));
  const folder = new FileFactCache(cacheDir).folderFor(repo.dir);
  return { repo, cacheDir, mine, folder };
}

describe('the file cache with real repositories', () => {
  it('serves a second run from files, and an identity change without re-mining', async () => {
    const { mine, folder } = setUp();
    const cold = await mine();
    expect(cold.stats).toMatchObject({ cacheUsed: false, commitsRead: 2 });
    expect(readdirSync(folder).sort()).toEqual(expect.arrayContaining(['manifest.json']));
    expect(readdirSync(folder).some((f) => f.endsWith('.tmp'))).toBe(false);
    const warm = await mine();
    expect(warm.stats).toMatchObject({ cacheUsed: true, commitsRead: 0 });
    expect(warm.items).toEqual(cold.items);
    const bob = await mine([BOB.email]);
    expect(bob.stats.commitsRead).toBe(0);
    expect(bob.items.map((i) => i.kind)).toEqual(['commits']);
  });

  it('reads only new commits and appends a segment; a rewrite drops what is gone', async () => {
    const { repo, mine, folder } = setUp();
    await mine();
    repo.commit('fix: z', { author: BOB, files: { 'src/z.ts': 'z\n' }, trailers: ['Acked-by: ana@work.example'] });
    const incremental = await mine();
    expect(incremental.stats.repos[0]).toMatchObject({ cache: 'incremental', commitsRead: 1, commitsTotal: 3 });
    expect(incremental.items.filter((i) => i.kind === 'review')).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { segments: string[] };
    expect(manifest.segments).toHaveLength(2);
    const fresh = await mineEvidence({ repos: [repo.dir], identities: [ANA.email], noCache: true }, nodeMiningDeps({ trusted: true }));
    expect(incremental.items).toEqual(fresh.items);
    // A new commit that adds a document needs the whole document history: facts are loaded, the answer is the same.
    repo.commit('docs: runbook', { author: ANA, files: { 'docs/runbook.md': '# Runbook\n' } });
    const withDoc = await mine();
    expect(withDoc.stats.repos[0]).toMatchObject({ cache: 'incremental', commitsRead: 1 });
    expect(withDoc.items.map((i) => i.path)).toContain('docs/runbook.md');
    const freshWithDoc = await mineEvidence({ repos: [repo.dir], identities: [ANA.email], noCache: true }, nodeMiningDeps({ trusted: true }));
    expect(withDoc.items).toEqual(freshWithDoc.items);
    repo.git(['reset', '--quiet', '--hard', 'HEAD~1']);

    repo.git(['reset', '--quiet', '--hard', 'HEAD~1']);
    repo.commit('fix: z, reworded', { author: BOB, files: { 'src/z.ts': 'z2\n' } });
    const rewritten = await mine();
    expect(rewritten.stats.repos[0]).toMatchObject({ cache: 'rewritten', commitsRead: 1, commitsTotal: 3 });
    expect(rewritten.items.filter((i) => i.kind === 'review')).toHaveLength(1);
    expect((await mine()).stats.repos[0]?.cache).toBe('hit');
  });

  it('discards a corrupt cache file and rebuilds it, never failing', async () => {
    const { mine, folder } = setUp();
    const cold = await mine();
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { segments: string[]; memo: string };
    writeFileSync(join(folder, manifest.segments[0] ?? ''), '{"v": 7, "count": 1, "sh');
    // The memo alone still answers the same question.
    expect((await mine()).stats.repos[0]?.cache).toBe('hit');
    // Another question needs the facts: the damaged segment is discarded and rebuilt.
    const bob = await mine([BOB.email]);
    expect(bob.stats.repos[0]?.cache).toBe('rebuilt');
    expect(bob.problems[0]?.message).toMatch(/^the evidence cache was unreadable \(.+\) and was rebuilt$/);
    writeFileSync(join(folder, 'manifest.json'), 'not json');
    const again = await mine();
    expect(again.stats.repos[0]?.cache).toBe('rebuilt');
    expect(again.items).toEqual(cold.items);
    const memo = (JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { memo: string }).memo;
    writeFileSync(join(folder, memo), '[]');
    expect((await mine()).stats.repos[0]?.cache).toBe('hit');
    expect(readdirSync(folder).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('rebuilds when a shallow clone is deepened: its old boundary commit showed its whole tree as added', async () => {
    const { repo } = setUp();
    repo.commit('docs: more', { author: BOB, files: { 'docs/more.md': '# More\n' } });
    const shallow = repo.shallowClone(1);
    const cacheDir = temporaryFolder('gl-cache-');
    const mine = () => mineEvidence({ repos: [shallow], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, cacheDir }));
    expect((await mine()).stats.repos[0]).toMatchObject({ cache: 'cold', shallow: true, commitsTotal: 1 });
    expect((await mine()).stats.repos[0]?.cache).toBe('hit');
    gitIn(shallow, ['fetch', '--quiet', '--deepen=2']);
    const deeper = await mine();
    expect(deeper.stats.repos[0]).toMatchObject({ cache: 'rebuilt', commitsTotal: 3 });
    expect(deeper.items.map((i) => i.kind)).toContain('review');
  });

  it('keeps mining when the cache folder cannot be written', async () => {
    const { repo } = setUp();
    // A file where the cache folder should be: unwritable even for root.
    const blocked = join(temporaryFolder('gl-ro-'), 'not-a-folder');
    writeFileSync(blocked, '');
    const r = await mineEvidence({ repos: [repo.dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, cacheDir: blocked }));
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
  });

});
