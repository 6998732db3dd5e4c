import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../../src/core/evidence/evidence-item';
import { mineEvidence, type MiningOptions } from '../../../src/core/mining/orchestration/mining-service';
import { ANA, BOB, blob, CAROL, DAVE, DEPENDABOT, FakeGitReader, HistoryBuilder, ROBOT } from './fake-git';

async function mine(history: HistoryBuilder, opts: Partial<MiningOptions> = {}, extra: { blobs?: Record<string, string>; mailmap?: string } = {}) {
  const reader = new FakeGitReader({ repo: { history, ...extra } });
  const result = await mineEvidence({ repos: ['repo'], identities: [ANA.email, 'ana@home.example'], ...opts }, { reader });
  return { ...result, reader };
}

const byKind = (items: readonly EvidenceItem[], kind: string) => items.filter((i) => i.kind === kind);

describe('reviews, mentoring and pairing from trailers', () => {
  it('credits review trailers in any letter case naming the person on someone else’s commit', async () => {
    const h = new HistoryBuilder();
    h.commit('r1', BOB, 'fix: retry jitter', { body: 'Reviewed-By: Ana Lima <ana@work.example>\nACKED-BY: ana@home.example\n' });
    h.commit('r2', CAROL, 'feat: budgets', { body: 'tested-by: Ana <ana@home.example>\n' });
    const { items } = await mine(h);
    const reviews = byKind(items, 'review');
    expect(reviews.map((r) => r.title).sort()).toEqual(['feat: budgets', 'fix: retry jitter']);
    const r1 = reviews.find((r) => r.title === 'fix: retry jitter');
    expect(r1?.via).toBe('trailer');
    expect(r1?.reasons).toEqual([
      '`Reviewed-By: Ana Lima <ana@work.example>` names you on a commit by Bob Stone <bob@example.com>',
      '`ACKED-BY: ana@home.example` names you on a commit by Bob Stone <bob@example.com>',
    ]);
    expect(r1?.id).toMatch(/^git:repo:review:[0-9a-f]{12}$/);
    expect(r1?.criteria).toEqual([]);
  });

  it('never counts self-review, even under another of the person’s emails', async () => {
    const h = new HistoryBuilder();
    h.commit('s1', ANA, 'feat: own work', { body: 'Reviewed-by: Ana Lima <ana@home.example>\n' });
    expect(byKind((await mine(h)).items, 'review')).toEqual([]);
  });

  it('turns Mentored-by into mentoring, and Helped-by / Co-authored-by / Co-developed-by into pairing', async () => {
    const h = new HistoryBuilder();
    h.commit('m1', CAROL, 'feat: first service', { body: 'Mentored-by: Ana Lima <ana@work.example>\n' });
    h.commit('p1', BOB, 'fix: flaky test', { body: 'Helped-by: Ana Lima <ana@work.example>\n' });
    h.commit('p2', DAVE, 'feat: shard map', { body: 'Co-developed-by: ana@work.example\n' });
    const { items } = await mine(h);
    expect(byKind(items, 'mentoring').map((i) => i.title)).toEqual(['feat: first service']);
    expect(byKind(items, 'pairing').map((i) => i.title).sort()).toEqual(['feat: shard map', 'fix: flaky test']);
  });

  it('counts co-authors on the person’s own commits as pairing, but never a bot co-author', async () => {
    const h = new HistoryBuilder();
    h.commit('c1', ANA, 'feat: pair on limits', { body: 'Co-authored-by: Erin Moss <erin@example.com>\n' });
    h.commit('c2', ANA, 'chore: bump deps', { body: `Co-authored-by: ${DEPENDABOT.name} <${DEPENDABOT.email}>\n` });
    const pairing = byKind((await mine(h)).items, 'pairing');
    expect(pairing.map((i) => i.title)).toEqual(['feat: pair on limits']);
    expect(pairing[0]?.reasons).toEqual(['your commit names Erin Moss <erin@example.com> as co-author (Co-authored-by)']);
  });

  it('never credits a bot that uses the person’s email', async () => {
    const h = new HistoryBuilder();
    h.commit('b1', { name: 'release-ci-bot', email: ANA.email }, 'chore: release 1.2.3');
    h.commit('b2', BOB, 'fix: x', { body: 'Reviewed-by: release-ci-bot <ana@work.example>\n' });
    const { items } = await mine(h);
    expect(items).toEqual([]);
  });
});

describe('reviews through merges', () => {
  const merged = (merger: typeof ANA, branchAuthor: typeof ANA, subject: string, body = '') => {
    const h = new HistoryBuilder();
    const base = h.commit('base', CAROL, 'chore: base');
    const tip = h.commit('tip', branchAuthor, 'feat: branch work', { parents: [base] });
    const merge = h.commit('merge', merger, subject, { parents: [base, tip], body, changes: [] });
    return { h, tip, merge };
  };

  it('credits a GitHub pull request the person merged for someone else, judged by the branch’s author', async () => {
    const { h, tip } = merged(ANA, BOB, 'Merge pull request #12 from bob/cache-warmup', 'Warm the cache on deploy\n');
    const [review] = byKind((await mine(h)).items, 'review');
    expect(review?.via).toBe('merge');
    expect(review?.title).toBe('GitHub pull request #12: Warm the cache on deploy');
    expect(review?.reasons).toEqual([
      `you merged GitHub pull request #12 from bob/cache-warmup, a branch Bob Stone <bob@example.com> started (merged tip ${tip.slice(0, 7)})`,
    ]);
  });

  it('credits GitLab and Azure DevOps merges too', async () => {
    const gl = merged(ANA, BOB, "Merge branch 'quotas' into 'main'", 'Quota limits\n\nSee merge request team/app!42');
    expect(byKind((await mine(gl.h)).items, 'review')[0]?.title).toBe('GitLab merge request !42: Quota limits');
    const az = merged(ANA, BOB, 'Merged PR 77: Add retry budgets');
    expect(byKind((await mine(az.h)).items, 'review')[0]?.title).toBe('Azure DevOps pull request 77: Add retry budgets');
  });

  it('does not credit merging one’s own branch, a bot’s branch, or a merge a bot made', async () => {
    expect(byKind((await mine(merged(ANA, ANA, 'Merge pull request #13 from ana/own').h)).items, 'review')).toEqual([]);
    expect(byKind((await mine(merged(ANA, DEPENDABOT, 'Merge pull request #14 from dependabot/npm').h)).items, 'review')).toEqual([]);
    expect(byKind((await mine(merged(ROBOT, BOB, 'Merge pull request #15 from bob/x').h)).items, 'review')).toEqual([]);
  });

  it('does not treat a plain branch merge as a review', async () => {
    expect(byKind((await mine(merged(ANA, BOB, "Merge branch 'feature'").h)).items, 'review')).toEqual([]);
  });
});

describe('documents', () => {
  const add = (path: string, label: string) => ({ status: 'A' as const, path, newBlob: blob(label) });

  it('keeps authorship with the first author through a rename by someone else', async () => {
    const h = new HistoryBuilder();
    const added = h.commit('rfc', ANA, 'rfc: retry budgets', { changes: [add('rfcs/text/0000-retry-budgets.md', 'v1')] });
    h.commit('num', BOB, 'chore: number RFC', {
      changes: [{ status: 'R', score: 100, oldPath: 'rfcs/text/0000-retry-budgets.md', path: 'rfcs/text/2585-retry-budgets.md', oldBlob: blob('v1'), newBlob: blob('v1') }],
    });
    const blobs = { [blob('v1')]: '# Retry budgets\n\nText.\n' };
    const { items } = await mine(h, {}, { blobs });
    const [rfc] = byKind(items, 'rfc');
    expect(rfc).toMatchObject({ kind: 'rfc', role: 'authored', path: 'rfcs/text/2585-retry-budgets.md', sha: added, title: 'Retry budgets', date: '2026-01-06' });
    expect(rfc?.reasons[0]).toBe(`you added it as rfcs/text/0000-retry-budgets.md in ${added.slice(0, 7)} on 2026-01-06`);
    expect(rfc?.reasons[1]).toContain('renamed rfcs/text/0000-retry-budgets.md → rfcs/text/2585-retry-budgets.md by Bob Stone');
    expect(rfc?.reasons[2]).toBe('its path matches `**/rfcs/**` (rfc)');
    const bobs = await mineEvidence({ repos: ['repo'], identities: [BOB.email] }, { reader: new FakeGitReader({ repo: { history: h, blobs } }) });
    expect(byKind(bobs.items, 'rfc')).toEqual([]);
  });

  it('lets a header that names the person decide, even when a third person added the file', async () => {
    const h = new HistoryBuilder();
    h.commit('d', DAVE, 'docs: sharding design', { changes: [add('design/sharding.md', 'd1')] });
    const blobs = { [blob('d1')]: '# Sharding\n\nAuthors: Ana Lima, Erin Moss\n\n## Context\n' };
    const { items } = await mine(h, { identities: ['Ana Lima'] }, { blobs });
    expect(byKind(items, 'design-doc')[0]?.reasons[0]).toBe('its header names you as an author (`Authors:` line: Ana Lima, Erin Moss)');
    const daves = await mineEvidence({ repos: ['repo'], identities: [DAVE.email] }, { reader: new FakeGitReader({ repo: { history: h, blobs } }) });
    expect(daves.items.filter((i) => i.kind === 'design-doc')).toEqual([]);
  });

  it('reads a KEP’s authors from the kep.yaml beside it', async () => {
    const h = new HistoryBuilder();
    h.commit('k', DAVE, 'kep: graceful shutdown', {
      changes: [add('keps/sig-node/2000-graceful/README.md', 'readme'), add('keps/sig-node/2000-graceful/kep.yaml', 'kep')],
    });
    const blobs = { [blob('readme')]: '# Graceful shutdown\n', [blob('kep')]: 'title: Graceful shutdown\nauthors:\n  - "@ana-lima"\n' };
    const { items } = await mine(h, { identities: ['ana-lima'] }, { blobs });
    expect(items.map((i) => [i.kind, i.path, i.role])).toEqual([['design-doc', 'keps/sig-node/2000-graceful/README.md', 'authored']]);
  });

  it('credits substantial later edits as contributed, not typo fixes', async () => {
    const h = new HistoryBuilder();
    h.commit('adr', BOB, 'adr: locks', { changes: [add('docs/adr/0007-locks.md', 'a1'), add('docs/adr/0008-queues.md', 'q1')] });
    h.commit('big', ANA, 'docs: alternatives', { changes: [{ status: 'M', path: 'docs/adr/0007-locks.md', oldBlob: blob('a1'), newBlob: blob('a2') }] });
    h.commit('typo', ANA, 'docs: typo', { changes: [{ status: 'M', path: 'docs/adr/0008-queues.md', oldBlob: blob('q1'), newBlob: blob('q2') }] });
    const base = Array.from({ length: 20 }, (_, i) => `Line ${i} of the decision.`).join('\n');
    const blobs = {
      [blob('a1')]: `# Locks\n\n${base}\n`,
      [blob('a2')]: `# Locks\n\n${base}\n\n## Alternatives\n\n${Array.from({ length: 12 }, (_, i) => `Option ${i}.`).join('\n')}\n`,
      [blob('q1')]: `# Queues\n\n${base}\nTeh end.\n`,
      [blob('q2')]: `# Queues\n\n${base}\nThe end.\n`,
    };
    const { items } = await mine(h, {}, { blobs });
    expect(items.filter((i) => i.kind === 'adr').map((i) => [i.path, i.role])).toEqual([['docs/adr/0007-locks.md', 'contributed']]);
    expect(items.find((i) => i.kind === 'adr')?.reasons[0]).toMatch(/^you added or rewrote 13 of its 34 non-blank lines in 1 commit/);
  });

  it('uses the profile’s paths for a kind instead of the defaults, and skips changelogs', async () => {
    const h = new HistoryBuilder();
    h.commit('x', ANA, 'docs', { changes: [add('proposals/cache.md', 'p'), add('handbook/onboarding.md', 'o'), add('CHANGELOG.md', 'c')] });
    const { items } = await mine(h, { paths: { 'design-doc': ['handbook/**'] } });
    expect(items.filter((i) => i.path).map((i) => [i.kind, i.path]).sort()).toEqual([
      ['design-doc', 'handbook/onboarding.md'],
      ['doc', 'proposals/cache.md'],
    ]);
  });

  it('does not credit files a shallow clone shows as added at its boundary', async () => {
    const h = new HistoryBuilder();
    const boundary = h.commit('boundary', ANA, 'feat: everything', { changes: [add('docs/guide.md', 'g')] });
    const reader = new FakeGitReader({ repo: { history: h, shallow: [boundary] } });
    const result = await mineEvidence({ repos: ['repo'], identities: [ANA.email] }, { reader });
    expect(result.items.filter((i) => i.kind === 'doc')).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('shallow clone') })]);
  });
});

describe('own commits', () => {
  it('summarises per area and month with conventional-commit types as tags', async () => {
    const h = new HistoryBuilder();
    const ch = (path: string) => [{ status: 'M' as const, path, oldBlob: blob(`${path}0`), newBlob: blob(`${path}1`) }];
    h.commit('o1', ANA, 'feat(api): quotas', { changes: ch('services/api/quota.ts'), date: '2026-02-03T10:00:00+01:00' });
    h.commit('o2', ANA, 'fix(api): off by one', { changes: ch('services/api/quota.ts'), date: '2026-02-10T10:00:00+01:00' });
    h.commit('o3', ANA, 'feat: readme', { changes: ch('README.md'), date: '2026-02-11T10:00:00+01:00' });
    h.commit('o4', BOB, 'feat(api): not mine', { changes: ch('services/api/x.ts'), date: '2026-02-12T10:00:00+01:00' });
    h.commit('o5', ANA, 'update things', { changes: ch('services/api/y.ts'), date: '2026-03-01T10:00:00+01:00' });
    const commits = byKind((await mine(h)).items, 'commits');
    expect(commits.map((c) => [c.id, c.title, c.count, c.tags])).toEqual([
      ['git:repo:commits:services/api:2026-03', '1 commit in services/api/ (2026-03)', 1, []],
      ['git:repo:commits:.:2026-02', '1 commit in the repository root (2026-02)', 1, ['feat']],
      ['git:repo:commits:services/api:2026-02', '2 commits in services/api/ (2026-02)', 2, ['feat', 'fix']],
    ]);
    expect(commits[2]?.reasons).toEqual(['2 commits you authored touching services/api/ in 2026-02', 'by type: feat ×1, fix ×1']);
  });

  it('applies the window to every kind of item', async () => {
    const h = new HistoryBuilder();
    h.commit('w1', BOB, 'fix: early', { body: 'Reviewed-by: ana@work.example\n', date: '2026-01-10T10:00:00Z' });
    h.commit('w2', BOB, 'fix: late', { body: 'Reviewed-by: ana@work.example\n', date: '2026-03-10T10:00:00Z' });
    h.commit('w3', ANA, 'feat: own', { date: '2026-02-10T10:00:00Z' });
    const { items } = await mine(h, { since: '2026-02-01', until: '2026-02-28' });
    expect(items.map((i) => i.kind)).toEqual(['commits']);
  });
});
