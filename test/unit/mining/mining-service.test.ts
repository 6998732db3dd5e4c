import { describe, expect, it } from 'vitest';
import { GitReadError, type CacheUpdate } from '../../../src/core/mining/git-history-port';
import { mineEvidence } from '../../../src/core/mining/orchestration/mining-service';
import { resolveWindow } from '../../../src/core/evidence/evidence-window';
import { localDay } from '../../../src/core/time/calendar';
import { ANA, BOB, blob, FakeGitReader, HistoryBuilder, MemoryFactCache } from './fake-git';

function history(): HistoryBuilder {
  const h = new HistoryBuilder();
  h.commit('c1', BOB, 'feat: base', { body: 'Reviewed-by: Ana Lima <ana@work.example>\n' });
  h.commit('c2', ANA, 'feat: budgets');
  return h;
}

const ana = { repos: ['repo'], identities: [ANA.email] };

describe('mineEvidence and the cache', () => {
  it('mines cold, then answers an unchanged repository from the memo: no history read, no facts loaded', async () => {
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: history() } });
    const cold = await mineEvidence(ana, { reader, cache });
    expect(cold.stats.repos[0]).toMatchObject({ cache: 'cold', commitsRead: 2, commitsTotal: 2 });
    expect(cold.stats.cacheUsed).toBe(false);
    expect(cache.loads).toBe(1);

    reader.allow = new Set(['inspect', 'readMailmap']);
    const warm = await mineEvidence(ana, { reader, cache });
    expect(warm.stats.repos[0]).toMatchObject({ cache: 'hit', commitsRead: 0, commitsTotal: 2 });
    expect(warm.stats.cacheUsed).toBe(true);
    expect(warm.items).toEqual(cold.items);
    expect(cache.loads).toBe(1);
    // The cold run saved twice: its facts before classifying, then the memo; the warm run nothing.
    expect(cache.saved.map(savedWhat)).toEqual(['facts', 'memo']);
  });

  it('applies a changed identity to cached facts: no re-mining', async () => {
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: history() } });
    await mineEvidence(ana, { reader, cache });
    reader.allow = new Set(['inspect', 'readMailmap']);
    const bob = await mineEvidence({ repos: ['repo'], identities: [BOB.email] }, { reader, cache });
    expect(bob.items.map((i) => i.kind)).toEqual(['commits']);
    expect(bob.stats.repos[0]).toMatchObject({ cache: 'hit', commitsRead: 0 });
    expect(cache.loads).toBe(2);
  });

  it('adds new commits that touch no document to the memo, reading only `new --not old`', async () => {
    const h = history();
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: h } });
    await mineEvidence(ana, { reader, cache });
    const oldTip = h.commits[1]?.sha ?? '';
    h.commit('c3', BOB, 'fix: later', { body: 'Acked-by: ana@work.example\n' });
    h.commit('c4', ANA, 'fix: mine too');
    reader.allow = new Set(['inspect', 'readMailmap', 'hasCommit', 'isAncestor', 'readCommits']);
    reader.calls.length = 0;
    const r = await mineEvidence(ana, { reader, cache });
    expect(reader.calls).toContain(`readCommits ${h.commits[3]?.sha} ^${oldTip.slice(0, 7)}`);
    expect(r.stats.repos[0]).toMatchObject({ cache: 'incremental', commitsRead: 2, commitsTotal: 4 });
    expect(cache.loads).toBe(1);
    expect([...(cache.saved[2]?.append?.commits ?? [])].map((c) => c.sha)).toEqual([h.commits[2]?.sha, h.commits[3]?.sha]);
    // Same answer as mining everything again.
    const fresh = await mineEvidence({ ...ana, noCache: true }, { reader: new FakeGitReader({ repo: { history: h } }) });
    expect(r.items).toEqual(fresh.items);
    expect(r.items.find((i) => i.kind === 'commits')?.count).toBe(2);
  });

  it('recomputes documents from document commits alone when a new commit touches one', async () => {
    const h = history();
    h.commit('d1', BOB, 'docs: guide', { changes: [{ status: 'A', path: 'docs/guide.md', newBlob: blob('g1') }] });
    const blobs = { [blob('g1')]: '# Guide\n\nStart here.\n', [blob('g2')]: `# Guide\n\nStart here.\n\n${'A new section line.\n'.repeat(25)}` };
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: h, blobs } });
    await mineEvidence(ana, { reader, cache });
    h.commit('d2', ANA, 'docs: runbook section', { changes: [{ status: 'M', path: 'docs/guide.md', oldBlob: blob('g1'), newBlob: blob('g2') }] });
    reader.allow = new Set(['inspect', 'readMailmap', 'hasCommit', 'isAncestor', 'readCommits', 'readBlobs']);
    const r = await mineEvidence(ana, { reader, cache });
    expect(r.stats.repos[0]).toMatchObject({ cache: 'incremental', commitsRead: 1, commitsTotal: 4 });
    expect(cache.loads).toBe(1);
    expect(cache.documentLoads).toBe(1);
    expect(r.items.find((i) => i.kind === 'doc')).toMatchObject({ role: 'contributed', path: 'docs/guide.md' });
    const fresh = await mineEvidence({ ...ana, noCache: true }, { reader: new FakeGitReader({ repo: { history: h, blobs } }) });
    expect(r.items).toEqual(fresh.items);
  });

  it('detects rewritten history: drops what is gone and reads what is new', async () => {
    const h = history();
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: h } });
    await mineEvidence(ana, { reader, cache });
    const amended = h.commits.pop();
    if (amended) reader.kept.set(amended.sha, amended);
    reader.goneList = [amended?.sha ?? ''];
    h.commit('c2-amended', ANA, 'feat: budgets, amended');
    reader.allow = new Set(['inspect', 'readMailmap', 'hasCommit', 'isAncestor', 'listCommits', 'readCommits']);
    const r = await mineEvidence(ana, { reader, cache });
    expect(r.stats.repos[0]).toMatchObject({ cache: 'rewritten', commitsRead: 1, commitsTotal: 2 });
    expect([...(cache.saved[2]?.replace ?? [])].map((c) => c.sha)).toEqual([h.commits[0]?.sha, h.commits[1]?.sha]);
  });

  it('re-mines everything when the old tip no longer exists, or the cache was unreadable', async () => {
    const h = history();
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: h } }, ['inspect', 'readMailmap', 'readCommits', 'hasCommit', 'isAncestor']);
    await mineEvidence(ana, { reader, cache });
    h.commits.pop();
    h.commit('c2b', ANA, 'feat: other');
    const gone = await mineEvidence(ana, { reader, cache });
    expect(gone.stats.repos[0]?.cache).toBe('rebuilt');
    cache.corrupt = true;
    const corrupt = await mineEvidence(ana, { reader, cache });
    expect(corrupt.stats.repos[0]?.cache).toBe('rebuilt');
    expect(corrupt.problems).toEqual([{ repo: 'repo', severity: 'info', code: 'cache-rebuilt', message: 'the evidence cache was unreadable (Unexpected end of JSON input) and was rebuilt' }]);
  });

  it('mines without touching the cache when told not to', async () => {
    const cache = new MemoryFactCache();
    const r = await mineEvidence({ ...ana, noCache: true }, { reader: new FakeGitReader({ repo: { history: history() } }), cache });
    expect(r.stats.repos[0]?.cache).toBe('off');
    expect(cache.saved).toEqual([]);
    expect(cache.loads).toBe(0);
  });
});

describe('mineEvidence across repositories', () => {
  it('reports a broken repository and still loads the others; an empty one gets a clear message', async () => {
    const reader = new FakeGitReader({
      good: { history: history() },
      broken: { error: new GitReadError('not-a-repository', '/work/broken is not a git repository') },
      empty: {},
    });
    const r = await mineEvidence({ repos: ['good', 'broken', 'empty'], identities: [ANA.email] }, { reader });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.problems).toEqual([
      { repo: 'broken', severity: 'error', code: 'not-a-repository', message: '/work/broken is not a git repository' },
      { repo: 'empty', severity: 'info', code: 'empty', message: 'the repository has no commits yet, so there is nothing to mine: evidence appears after its first commit' },
    ]);
  });

  it('mines a repository listed twice once, and gives same-named repositories distinct ids', async () => {
    const reader = new FakeGitReader({ 'a/api': { history: history() }, 'b/api': { history: history() } });
    const r = await mineEvidence({ repos: ['a/api', 'b/api', 'a/api'], identities: [ANA.email] }, { reader });
    expect(r.stats.repos.map((s) => s.repo)).toEqual(['api', 'api-2']);
    expect(new Set(r.items.map((i) => i.id)).size).toBe(r.items.length);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const reader = new FakeGitReader({ repo: { history: history() } });
    await expect(mineEvidence({ ...ana, signal: controller.signal }, { reader })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports progress per repository', async () => {
    const phases: string[] = [];
    await mineEvidence({ ...ana, onProgress: (p) => phases.push(`${p.phase}:${p.commitsRead}`) }, { reader: new FakeGitReader({ repo: { history: history() } }) });
    expect(phases).toEqual(['inspect:0', 'log:0', 'log:2', 'documents:2', 'classify:2', 'done:2']);
  });
});

describe('the result memo across days', () => {
  it('a new day moves the window without re-classifying: the memo is reused and only the filter changes', async () => {
    const h = new HistoryBuilder();
    h.commit('c1', BOB, 'feat: base', { body: 'Reviewed-by: Ana Lima <ana@work.example>\n', date: '2025-11-30' });
    h.commit('c2', BOB, 'feat: more', { body: 'Reviewed-by: Ana Lima <ana@work.example>\n', date: '2025-12-02' });
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: h } });
    // The editor's window on two consecutive days (12 whole months up to today).
    const day1 = resolveWindow(undefined, localDay(new Date(2026, 10, 30, 23, 0)));
    const day2 = resolveWindow(undefined, localDay(new Date(2026, 11, 1, 1, 0)));
    const first = await mineEvidence({ ...ana, since: day1.since, until: day1.until }, { reader, cache });
    expect(first.items.map((i) => i.date)).toEqual(['2025-12-02']);
    // Day two: no history read, no facts loaded, nothing classified — only inspect and the mailmap.
    reader.allow = new Set(['inspect', 'readMailmap']);
    const second = await mineEvidence({ ...ana, since: day2.since, until: day2.until }, { reader, cache });
    expect(second.stats.repos[0]).toMatchObject({ cache: 'hit', commitsRead: 0 });
    expect(cache.loads).toBe(1);
    expect(cache.saved.map(savedWhat)).toEqual(['facts', 'memo']);
    expect(day2.since).toBe('2026-01-01');
    expect(second.items).toEqual([]);
  });
});

/** What one save wrote: commit facts (a new or appended segment), or the memo on top of them. */
function savedWhat(u: CacheUpdate): string {
  if (u.replace || u.append) return u.memo ? 'facts+memo' : 'facts';
  return u.memo ? 'memo' : 'nothing';
}
