import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { mineEvidence } from '../../src/core/mining/orchestration/mining-service';
import { ANA, BOB } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

/**
 * Fault 3: one commit git cannot date used to end mining of the whole repository with
 * `bad commit date "%aI"`. Such commits cannot be made with `git commit`; they are written as raw
 * objects (`hash-object --literally`, which skips the checks `git fsck` would make).
 */
afterAll(() => removeTemporaryFolders());

/** Writes a raw commit object on top of `parent` and returns its sha. */
function rawCommit(repo: RepoBuilder, parent: string, author: string, subject: string, body = ''): string {
  const tree = repo.git(['rev-parse', `${parent}^{tree}`]);
  const file = join(temporaryFolder(), 'commit');
  writeFileSync(file, Buffer.from(`tree ${tree}\nparent ${parent}\nauthor ${author}\ncommitter Bob Stone <bob@example.com> 1767700000 +0000\n\n${subject}\n${body}`, 'latin1'));
  return repo.git(['hash-object', '-t', 'commit', '--literally', '-w', file]);
}

describe('a commit with an unusable date or author does not drop the repository', () => {
  it('keeps mining past year 10000, no date, negative, huge and +99:99 dates and a NUL in a name, naming each by sha', async () => {
    const repo = RepoBuilder.create('odd-history');
    repo.commit('feat: retry budget', { author: ANA, date: '2026-03-02', files: { 'src/budget.ts': 'b\n' } });
    let tip = repo.commit('docs: budget guide', { author: ANA, date: '2026-03-03', files: { 'docs/budget.md': '# Budget\n' } });
    const bad: Record<string, string> = {};
    const authors: [string, string][] = [
      ['year 10000', 'Ana Lima <ana@work.example> 253402300800 +0000'],
      ['no date', 'Ana Lima <ana@work.example>'],
      ['negative', 'Ana Lima <ana@work.example> -100 +0000'],
      ['huge', 'Ana Lima <ana@work.example> 99999999999999999999 +0000'],
      ['bad offset', 'Ana Lima <ana@work.example> 1767700000 +9999'],
      ['nul in name', 'Ana\u0000 Lima <ana@work.example> 1767700000 +0000'],
    ];
    for (const [what, author] of authors) {
      tip = rawCommit(repo, tip, author, `fix: ${what}`, 'Reviewed-by: Ana Lima <ana@work.example>\n');
      bad[what] = tip;
    }
    repo.git(['update-ref', 'refs/heads/main', tip]);
    // After them, an ordinary reviewed commit: still mined.
    repo.git(['reset', '--quiet', '--hard', tip]);
    const reviewed = repo.commit('fix: jitter', { author: BOB, date: '2026-03-10', files: { 'src/jitter.ts': 'j\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });

    const r = await mineEvidence({ repos: [repo.dir], identities: [ANA.email], since: '2026-01-01', until: '2026-12-31' }, nodeMiningDeps({ trusted: true }));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const kinds = r.items.map((i) => i.kind).sort();
    expect(kinds).toEqual(['commits', 'commits', 'doc', 'review']);
    expect(r.items.filter((i) => i.kind === 'review').map((i) => i.sha)).toContain(reviewed);
    const problem = r.problems.find((p) => p.code === 'bad-commit');
    expect(problem).toMatchObject({ repo: repo.dir, severity: 'warning' });
    // Newest first: five shas are listed, the oldest (year 10000) is counted.
    const listed = ['nul in name', 'bad offset', 'huge', 'negative', 'no date'].map((w) => (bad[w] ?? '').slice(0, 12)).join(', ');
    expect(problem?.message).toBe(
      `6 commits ${listed} and 1 more have no readable author date (missing, negative, or beyond year 9999): the rest of the history was mined, and they count in no evidence window. \`git cat-file -p <sha>\` shows the raw commit.`,
    );
    expect(r.stats.repos[0]?.commitsTotal).toBe(9);
  });

  it('names a bad commit that arrives on top of a cached history too (the incremental path)', async () => {
    const repo = RepoBuilder.create('cached-history');
    repo.commit('feat: retry budget', { author: ANA, date: '2026-03-02', files: { 'src/budget.ts': 'b\n' } });
    const deps = nodeMiningDeps({ trusted: true, cacheDir: temporaryFolder('gl-cache-') });
    const options = { repos: [repo.dir], identities: [ANA.email], since: '2026-01-01', until: '2026-12-31' };
    expect((await mineEvidence(options, deps)).problems).toEqual([]);
    const bad = rawCommit(repo, repo.head(), 'Ana Lima <ana@work.example>', 'fix: no date');
    repo.git(['update-ref', 'refs/heads/main', bad]);
    const r = await mineEvidence(options, deps);
    expect(r.stats.repos[0]?.cache).toBe('incremental');
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`^commit ${bad.slice(0, 12)} has no readable author date`))]);
  });
});
