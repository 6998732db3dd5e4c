import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../../src/core/evidence/evidence-item';
import { commitKey } from '../../../src/core/evidence/stable-id';
import { mineEvidence } from '../../../src/core/mining/orchestration/mining-service';
import { ANA, BOB, CAROL, blob, FakeGitReader, HistoryBuilder, MemoryFactCache } from './fake-git';

const ana = { repos: ['repo'], identities: [ANA.email] };
const REVIEWED = 'Reviewed-by: Ana Lima <ana@work.example>\n';
const add = (path: string, label: string) => ({ status: 'A' as const, path, newBlob: blob(label) });
const BLOBS = { [blob('guide')]: '# Guide\n\nStart here.\n', [blob('onboarding')]: '# Onboarding\n\nA different text.\n', [blob('adr')]: '# ADR 3: queues\n' };

/** One person's year in a repository; `prefix` names the commits, so two calls differ in every sha alone. */
function history(prefix: string, extraBase = false): HistoryBuilder {
  const h = new HistoryBuilder();
  if (extraBase) h.commit(`${prefix}-base`, CAROL, 'chore: unrelated base', { date: '2026-01-01T08:00:00+00:00' });
  h.commit(`${prefix}-review`, BOB, 'fix: retry jitter', { body: REVIEWED, date: '2026-02-03T10:15:00+01:00' });
  h.commit(`${prefix}-mentor`, CAROL, 'feat: first service', { body: 'Mentored-by: ana@work.example\n', date: '2026-02-04T11:00:00+00:00' });
  h.commit(`${prefix}-pair`, ANA, 'feat: pair on limits', { body: 'Co-authored-by: Erin Moss <erin@example.com>\n', date: '2026-02-05T11:00:00+00:00' });
  h.commit(`${prefix}-adr`, ANA, 'docs: queues ADR', { changes: [add('docs/adr/0003-queues.md', 'adr')], date: '2026-02-06T11:00:00+00:00' });
  return h;
}

async function mined(h: HistoryBuilder): Promise<EvidenceItem[]> {
  const r = await mineEvidence({ ...ana, noCache: true }, { reader: new FakeGitReader({ repo: { history: h, blobs: BLOBS } }) });
  return r.items.filter((i) => i.kind !== 'commits');
}

describe('git evidence ids across a rewritten history', () => {
  it('stay the same when every sha changes but authors, author dates and messages do not', async () => {
    const before = await mined(history('old'));
    const after = await mined(history('new', true));
    expect(before.map((i) => i.kind).sort()).toEqual(['adr', 'mentoring', 'pairing', 'review']);
    expect(after.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    // The items still point at the commits of the history they came from.
    for (const item of after) expect(item.sha).not.toBe(before.find((b) => b.id === item.id)?.sha);
  });

  it('are built from the author email, author day and subject, and the first path of a document', async () => {
    const items = await mined(history('old'));
    const review = items.find((i) => i.kind === 'review');
    expect(review?.id).toBe(`git:repo:review:${commitKey(BOB.email, '2026-02-03', 'fix: retry jitter')}`);
    expect(items.find((i) => i.kind === 'adr')?.id).toBe('git:repo:doc:docs/adr/0003-queues.md');
  });

  it('change when the rewrite changes the subject or the author day', async () => {
    const before = await mined(history('old'));
    const reworded = history('new');
    const reviewed = reworded.commits[0];
    if (!reviewed) throw new Error('history has no review');
    reworded.commits[0] = { ...reviewed, subject: 'fix: retry with jitter' };
    const redated = history('new');
    const first = redated.commits[0];
    if (!first) throw new Error('history has no review');
    redated.commits[0] = { ...first, authorDate: '2026-02-04T10:15:00+01:00' };
    const oldReview = before.find((i) => i.kind === 'review')?.id;
    for (const rewritten of [reworded, redated]) {
      const review = (await mined(rewritten)).find((i) => i.kind === 'review');
      expect(review?.id).toMatch(/^git:repo:review:[0-9a-f]{12}$/);
      expect(review?.id).not.toBe(oldReview);
    }
  });

  it('number commits with the same author, day and subject in history order', async () => {
    const h = new HistoryBuilder();
    const first = h.commit('a', BOB, 'fix: flaky test', { body: REVIEWED, date: '2026-03-02T09:00:00+00:00' });
    const second = h.commit('b', BOB, 'fix: flaky test', { body: REVIEWED, date: '2026-03-02T17:30:00+00:00' });
    const reviews = (await mined(h)).filter((i) => i.kind === 'review');
    const base = `git:repo:review:${commitKey(BOB.email, '2026-03-02', 'fix: flaky test')}`;
    expect(reviews.map((r) => [r.id, r.sha])).toEqual([
      [base, first],
      [`${base}~2`, second],
    ]);
  });

  it('number a path added again as a different document, whoever wrote the earlier one', async () => {
    const h = new HistoryBuilder();
    h.commit('g1', BOB, 'docs: guide', { changes: [add('docs/guide.md', 'guide')] });
    h.commit('g2', BOB, 'docs: drop guide', { changes: [{ status: 'D', path: 'docs/guide.md', oldBlob: blob('guide') }] });
    h.commit('g3', ANA, 'docs: onboarding', { changes: [add('docs/guide.md', 'onboarding')] });
    const docs = (await mined(h)).filter((i) => i.source === 'git');
    // Bob's guide is not Ana's evidence, yet it holds the plain id: Ana's later document is the second.
    expect(docs.map((d) => [d.id, d.title])).toEqual([['git:repo:doc:docs/guide.md~2', 'Onboarding']]);
  });

  it('number the same way when new commits are added to a memoised history', async () => {
    const h = new HistoryBuilder();
    h.commit('a', BOB, 'fix: flaky test', { body: REVIEWED, date: '2026-03-02T09:00:00+00:00' });
    const cache = new MemoryFactCache();
    const reader = new FakeGitReader({ repo: { history: h } });
    await mineEvidence(ana, { reader, cache });
    h.commit('b', BOB, 'fix: flaky test', { body: REVIEWED, date: '2026-03-02T17:30:00+00:00' });
    reader.allow = new Set(['inspect', 'readMailmap', 'hasCommit', 'isAncestor', 'readCommits']);
    const incremental = await mineEvidence(ana, { reader, cache });
    expect(incremental.problems).toEqual([]);
    expect(incremental.stats.repos[0]).toMatchObject({ cache: 'incremental', commitsRead: 1 });
    const fresh = await mineEvidence({ ...ana, noCache: true }, { reader: new FakeGitReader({ repo: { history: h } }) });
    const ids = (items: readonly EvidenceItem[]) => items.filter((i) => i.kind === 'review').map((i) => i.id);
    expect(ids(incremental.items)).toHaveLength(2);
    expect(ids(incremental.items)).toEqual(ids(fresh.items));
  });
});
