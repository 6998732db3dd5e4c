import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import { mineEvidence, type MiningResult } from '../../src/core/mining/orchestration/mining-service';
import { ANA, ANA_HOME, ANA_IDENTITIES, ANA_OLD, BOB, CAROL, DAVE, ERIN, MERGE_ROBOT } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders } from './helpers/repo-builder';

/**
 * One repository, built with real git, holding every rule of SPEC §3 and issue 4's "done when"
 * list; each test looks at the evidence it produces for Ana (or, where noted, for someone else).
 */
let repo: RepoBuilder;
const sha: Record<string, string> = {};
let ana: MiningResult;

const mine = (identities: readonly string[], repos = [repo.dir]) => mineEvidence({ repos, identities }, nodeMiningDeps({ trusted: true }));
const find = (items: readonly EvidenceItem[], kind: string, pred: (i: EvidenceItem) => boolean = () => true) => items.filter((i) => i.kind === kind && pred(i));

beforeAll(async () => {
  repo = RepoBuilder.create('platform');
  sha.base = repo.commit('chore: initial layout', { author: CAROL, files: { 'src/app.ts': 'export {};\n', 'README.md': '# Platform\n' } });
  repo.write('.mailmap', `${ANA.name} <${ANA.email}> <${ANA_OLD.email}>\n`);
  repo.commit('chore: add mailmap', { author: CAROL });

  // Reviews: mixed-case keys, a different email of the same person, self-review.
  sha.reviewed = repo.commit('fix(api): jitter retries', { author: BOB, files: { 'src/retry.ts': 'jitter\n' }, trailers: ['Reviewed-By: Ana Lima <ana@work.example>', 'ACKED-BY: ana@home.example'] });
  sha.reviewedHome = repo.commit('feat(api): budgets endpoint', { author: CAROL, files: { 'src/budget.ts': 'b\n' }, trailers: [`reviewed-by: ${ANA_HOME.name} <${ANA_HOME.email}>`] });
  sha.self = repo.commit('feat: ana’s own change', { author: ANA, files: { 'src/own.ts': 'own\n' }, trailers: [`Reviewed-by: ${ANA_HOME.name} <${ANA_HOME.email}>`] });

  // Mentoring and pairing.
  sha.mentored = repo.commit('feat: first service by Erin', { author: ERIN, files: { 'src/erin.ts': 'e\n' }, trailers: ['Mentored-by: Ana Lima <ana@work.example>'] });
  sha.coauthoredOther = repo.commit('fix: flaky queue test', { author: DAVE, files: { 'src/queue.ts': 'q\n' }, trailers: ['Co-authored-by: Ana Lima <ana@work.example>'] });
  sha.coauthorOwn = repo.commit('feat(api): limits', { author: ANA, files: { 'src/limits.ts': 'l\n' }, trailers: [`Co-authored-by: ${ERIN.name} <${ERIN.email}>`] });

  // An RFC added by Ana as 0000-, numbered (renamed) by Bob.
  sha.rfcAdded = repo.commit('rfc: retry budgets', { author: ANA, files: { 'rfcs/text/0000-retry-budgets.md': '# Retry budgets\n\n## Summary\n\nCap retries.\n' } });
  sha.rfcRenamed = repo.commit('chore: number RFC 2585', { author: BOB, renames: [['rfcs/text/0000-retry-budgets.md', 'rfcs/text/2585-retry-budgets.md']] });

  // A design doc whose header names Ana and Erin, added by Dave.
  sha.design = repo.commit('docs: sharding design', {
    author: DAVE,
    files: { 'design/sharding.md': '# Sharding the ledger store\n\nAuthors: Ana Lima, Erin Moss\nStatus: Draft\n\n## Context\n\nOne table is too hot.\n' },
  });

  // A commit under Ana's old address, reaching her only through .mailmap.
  sha.mailmapped = repo.commit('docs: on-call guide', { author: ANA_OLD, files: { 'docs/on-call.md': '# On-call guide\n\nPage early.\n' } });

  // A document in a folder with spaces and non-ASCII characters.
  sha.unicode = repo.commit('docs: Überblick', { author: ANA, files: { 'docs/design notes/Entwurf für Überblick.md': '# Überblick\n\nInhalt.\n' } });

  // Pull requests: Ana merges Bob's branch (a review); a robot merges Carol's; Ana merges her own.
  repo.branch('bob/cache-warmup');
  sha.bobTip = repo.commit('feat: warm caches on deploy', { author: BOB, files: { 'src/warm.ts': 'w\n' } });
  repo.checkout('main');
  sha.mergeBob = repo.merge('bob/cache-warmup', 'Merge pull request #12 from bob/cache-warmup\n\nWarm the cache on deploy', ANA);
  repo.branch('carol/quota');
  repo.commit('feat: quota', { author: CAROL, files: { 'src/quota.ts': 'q\n' } });
  repo.checkout('main');
  sha.mergeRobot = repo.merge('carol/quota', 'Merge pull request #13 from carol/quota\n\nQuota', MERGE_ROBOT);
  repo.branch('ana/metrics');
  repo.commit('feat: metrics', { author: ANA, files: { 'src/metrics.ts': 'm\n' } });
  repo.checkout('main');
  sha.mergeOwn = repo.merge('ana/metrics', 'Merge pull request #14 from ana/metrics\n\nMetrics', ANA);
  // A GitLab merge request.
  repo.branch('dave/gitlab');
  repo.commit('feat: gitlab thing', { author: DAVE, files: { 'src/gl.ts': 'g\n' } });
  repo.checkout('main');
  sha.mergeGitlab = repo.merge('dave/gitlab', "Merge branch 'dave/gitlab' into 'main'\n\nGitLab thing\n\nSee merge request platform/app!42", ANA);

  ana = await mine(ANA_IDENTITIES);
});

afterAll(() => removeTemporaryFolders());

describe('mining a real repository for Ana', () => {
  it('credits mixed-case review trailers, and a trailer with another of her emails', () => {
    const reviewed = find(ana.items, 'review', (i) => i.sha === sha.reviewed)[0];
    expect(reviewed?.via).toBe('trailer');
    expect(reviewed?.reasons).toHaveLength(2);
    expect(reviewed?.reasons[0]).toContain('`Reviewed-By: Ana Lima <ana@work.example>`');
    expect(find(ana.items, 'review', (i) => i.sha === sha.reviewedHome)).toHaveLength(1);
  });

  it('never counts self-review', () => {
    expect(find(ana.items, 'review', (i) => i.sha === sha.self)).toEqual([]);
  });

  it('finds mentoring and pairing', () => {
    expect(find(ana.items, 'mentoring').map((i) => i.sha)).toEqual([sha.mentored]);
    expect(find(ana.items, 'pairing').map((i) => i.sha).sort()).toEqual([sha.coauthoredOther, sha.coauthorOwn].sort());
  });

  it('keeps the RFC with Ana after Bob renamed 0000-retry-budgets.md to 2585-retry-budgets.md', async () => {
    const [rfc] = find(ana.items, 'rfc');
    expect(rfc).toMatchObject({ role: 'authored', path: 'rfcs/text/2585-retry-budgets.md', sha: sha.rfcAdded, title: 'Retry budgets' });
    expect(rfc?.reasons.join('\n')).toContain(`renamed rfcs/text/0000-retry-budgets.md → rfcs/text/2585-retry-budgets.md by ${BOB.name}`);
    const bob = await mine([BOB.email]);
    expect(find(bob.items, 'rfc')).toEqual([]);
  });

  it('credits Ana (and Erin) for the design doc whose header names them, not Dave who added it', async () => {
    const [design] = find(ana.items, 'design-doc');
    expect(design).toMatchObject({ path: 'design/sharding.md', role: 'authored', title: 'Sharding the ledger store' });
    expect(design?.reasons[0]).toBe('its header names you as an author (`Authors:` line: Ana Lima, Erin Moss)');
    expect(find((await mine([DAVE.email])).items, 'design-doc')).toEqual([]);
    expect(find((await mine([ERIN.email, ERIN.name])).items, 'design-doc')).toHaveLength(1);
  });

  it('follows .mailmap from an old address to Ana', () => {
    expect(find(ana.items, 'doc', (i) => i.path === 'docs/on-call.md')[0]?.sha).toBe(sha.mailmapped);
  });

  it('handles paths with spaces and non-ASCII characters', () => {
    expect(find(ana.items, 'doc', (i) => i.path === 'docs/design notes/Entwurf für Überblick.md')[0]?.title).toBe('Überblick');
  });

  it('counts a pull request Ana merged for Bob as a review; not a robot’s merge, nor her own', () => {
    const merges = find(ana.items, 'review', (i) => i.via === 'merge');
    expect(merges.map((i) => i.sha).sort()).toEqual([sha.mergeBob, sha.mergeGitlab].sort());
    const bob = merges.find((i) => i.sha === sha.mergeBob);
    expect(bob?.title).toBe('GitHub pull request #12: Warm the cache on deploy');
    expect(bob?.reasons[0]).toContain(`a branch ${BOB.name} <${BOB.email}> started (merged tip ${sha.bobTip?.slice(0, 7)})`);
  });

  it('does not credit anyone for the robot’s merge', async () => {
    expect(find((await mine([MERGE_ROBOT.email, MERGE_ROBOT.name])).items, 'review')).toEqual([]);
  });

  it('summarises Ana’s own commits by area and month, merges left out', () => {
    const commits = find(ana.items, 'commits');
    const src = commits.find((i) => i.id.startsWith('git:platform:commits:src:'));
    // own.ts, limits.ts, metrics.ts (the merge of ana/metrics itself is not counted).
    expect(src?.count).toBe(3);
    expect(src?.tags).toEqual(['feat']);
    expect(commits.every((i) => i.source === 'git' && i.repo === 'platform')).toBe(true);
  });

  it('produces only the kinds and fields of the CLI contract, newest first', () => {
    for (const item of ana.items) {
      expect(item.id).toMatch(/^git:platform:/);
      expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.criteria).toEqual([]);
    }
    const dates = ana.items.map((i) => i.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(ana.problems).toEqual([]);
  });

  it('mines a bare clone the same way', async () => {
    const bare = await mine(ANA_IDENTITIES, [repo.bareClone('platform.git')]);
    const strip = (items: readonly EvidenceItem[]) => items.map((i) => ({ ...i, id: i.id.replace(/^git:[^:]+:/, ''), repo: '' }));
    expect(strip(bare.items)).toEqual(strip(ana.items));
    expect(bare.stats.repos[0]?.repo).toBe('platform');
  });
});
