import { describe, expect, it } from 'vitest';
import type { CommitRange } from '../../../src/core/git/log-fields';
import type { LogCommit } from '../../../src/core/git/log-commit';
import { readFacts } from '../../../src/core/mining/orchestration/history-update';
import type { RepositoryInfo } from '../../../src/core/mining/git-history-port';
import { ANA, BOB, blob, CAROL, FakeGitReader, HistoryBuilder } from './fake-git';

/** A reader that prints commits in a given order, as git may under clock skew. */
class SkewedReader extends FakeGitReader {
  constructor(private readonly printed: LogCommit[]) {
    super({ repo: {} });
  }
  override async readCommits(_info: RepositoryInfo, _range: CommitRange, onCommit: (c: LogCommit) => void): Promise<void> {
    for (const c of this.printed) onCommit(c);
  }
}

describe('readFacts', () => {
  it('orders parents first and finds merged branch authors even when git printed commits out of order', async () => {
    const h = new HistoryBuilder();
    const p = h.commit('p', ANA, 'docs: x', { changes: [{ status: 'A', path: 'docs/x.md', newBlob: blob('x') }] });
    const a = h.commit('a', BOB, 'docs: rename', {
      parents: [p],
      changes: [{ status: 'R', score: 100, oldPath: 'docs/x.md', path: 'docs/y.md', oldBlob: blob('x'), newBlob: blob('x') }],
    });
    const b = h.commit('b', CAROL, 'feat: carol', { parents: [p] });
    h.commit('m', ANA, 'Merge pull request #1 from carol/feat', { parents: [a, b], changes: [] });
    const [cp, ca, cb, cm] = h.commits as [LogCommit, LogCommit, LogCommit, LogCommit];
    // The branch tip before its merge, and the root before one of its children.
    const reader = new SkewedReader([cb, cm, cp, ca]);
    const info = await new FakeGitReader({ repo: { history: h } }).inspect('repo');
    const read = await readFacts(reader, info, { include: ['HEAD'], exclude: [] }, undefined, { useCache: false });
    const facts = [...read.commits];
    const order = facts.map((f) => f.sha);
    expect(order.indexOf(p)).toBe(0);
    expect(order.indexOf(a)).toBeLessThan(order.indexOf(cm.sha));
    expect(order.indexOf(b)).toBeLessThan(order.indexOf(cm.sha));
    expect(facts.find((f) => f.sha === cm.sha)?.mergedAuthor).toEqual({ name: CAROL.name, email: CAROL.email });
    expect(read.commits.find(cm.sha)?.mergedAuthor).toEqual({ name: CAROL.name, email: CAROL.email });
  });

  it('gives commits parents first when git printed children before parents', async () => {
    const h = new HistoryBuilder();
    h.commit('1', ANA, 'feat: one');
    h.commit('2', BOB, 'feat: two', { body: 'Reviewed-by: ana@work.example\n' });
    const info = await new FakeGitReader({ repo: { history: h } }).inspect('repo');
    const read = await readFacts(new FakeGitReader({ repo: { history: h } }), info, { include: [info.head ?? ''], exclude: [] }, undefined, { useCache: false });
    expect([...read.commits].map((f) => f.subject ?? f.sha)).toEqual([h.commits[0]?.sha, 'feat: two']);
    expect(read.commits.at(1).sha).toBe(h.commits[1]?.sha);
  });
});
