import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import { mineEvidence, type MiningResult } from '../../src/core/mining/orchestration/mining-service';
import { ANA, ANA_HOME, ANA_IDENTITIES, BOB, CAROL, DAVE, ERIN } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders, type Author } from './helpers/repo-builder';

/**
 * Issue 10, commits: trailer blocks and pull-request merges written the way real projects write
 * them, in a repository built with real git. Ana's profile also names her code-host handle.
 */
let repo: RepoBuilder;
const sha: Record<string, string> = {};
let ana: MiningResult;

const GITHUB: Author = { name: 'GitHub', email: 'noreply@github.com' };
const RENOVATE: Author = { name: 'Renovate Bot', email: 'bot@renovateapp.com' };
const IDENTITIES = [...ANA_IDENTITIES, '@ana-lima'];
const mine = (identities: readonly string[]) => mineEvidence({ repos: [repo.dir], identities, noCache: true }, nodeMiningDeps({ trusted: true }));
const reviewOf = (s: string | undefined) => ana.items.find((i: EvidenceItem) => i.kind === 'review' && i.sha === s);

beforeAll(async () => {
  repo = RepoBuilder.create('kernel-ish');
  repo.commit('chore: layout', { author: CAROL, files: { 'src/app.c': 'int main;\n' } });

  // Trailer blocks mixed with issue references, URLs, bracketed notes and a cherry-pick line.
  sha.mixed = repo.commit('net: avoid the double fetch', {
    author: BOB,
    files: { 'src/net.c': 'n\n' },
    body: 'The fetch ran twice on retry.',
    trailers: ['Closes #1234', 'Fixes #99', 'https://lists.example.org/r/1', 'Reviewed-by: Ana Lima <ana@work.example>', '[ maintainer: reworded the subject ]', '(cherry picked from commit 0123456789abcdef)'],
  });
  // Mailing-list artefacts: a lone `>` and a trailer glued to the previous address.
  sha.mailing = repo.commit('mm: fix the leak', {
    author: CAROL,
    files: { 'src/mm.c': 'm\n' },
    trailers: ['Link: https://lore.example.org/r/2', '>', `Acked-by: ${DAVE.name} <${DAVE.email}>Reviewed-by: ${ANA.name} <${ANA.email}>`, `Signed-off-by: ${CAROL.name} <${CAROL.email}>`],
  });
  // A trailers-only paragraph above the final sign-off block.
  sha.earlier = repo.commit('fs: fix the race', { author: DAVE, files: { 'src/fs.c': 'f\n' }, body: `Explained.\n\nAcked-by: ${ANA_HOME.email}`, trailers: [`Signed-off-by: ${DAVE.name} <${DAVE.email}>`] });
  // Prose that mentions a trailer is not one.
  sha.prose = repo.commit('docs: trailers', {
    author: ERIN,
    files: { 'src/x.c': 'x\n' },
    body: `We lost the Reviewed-by: ${ANA.name} <${ANA.email}> line in v2.\nReviewed-by: lines are added when the series is applied,\nsays the maintainer guide.`,
    trailers: [`Signed-off-by: ${ERIN.name} <${ERIN.email}>`],
  });

  // Bob's pull request, onto which Ana pushed a fix-up before merging it.
  repo.branch('bob/cache');
  sha.bobFirst = repo.commit('feat: cache warm-up', { author: BOB, files: { 'src/cache.c': 'c\n' } });
  repo.commit('feat: cache metrics', { author: BOB, files: { 'src/cache.c': 'c2\n' } });
  sha.anaFixup = repo.commit('fix: review nits', { author: ANA, files: { 'src/cache.c': 'c3\n' } });
  repo.checkout('main');
  sha.mergeFixup = repo.merge('bob/cache', 'Merge pull request #21 from bob/cache\n\nWarm the cache', ANA);

  // A GitHub merge whose subject has no `from …` part.
  repo.branch('carol/quota');
  repo.commit('feat: quota', { author: CAROL, files: { 'src/quota.c': 'q\n' } });
  repo.checkout('main');
  sha.noFrom = repo.merge('carol/quota', 'Merge pull request #22\n\nQuota limits', ANA);

  // From Ana's own fork (her handle), though Erin wrote the commit she cherry-picked there.
  repo.branch('ana-fork');
  repo.commit('fix: erin’s patch', { author: ERIN, files: { 'src/erin.c': 'e\n' } });
  repo.checkout('main');
  sha.ownFork = repo.merge('ana-fork', 'Merge pull request #23 from ana-lima/erin-patch\n\nErin’s patch', ANA);

  // Opened by a bot whose author name the bot rule does not know: the branch says renovate.
  repo.branch('renovate');
  repo.commit('chore(deps): update lodash', { author: RENOVATE, files: { 'deps.txt': 'lodash 5\n' } });
  repo.checkout('main');
  sha.bot = repo.merge('renovate', 'Merge pull request #24 from octo/renovate/lodash-5\n\nUpdate lodash', ANA);

  // Erin branched off Dave's first commit before his request was merged, and committed after his
  // second one: her branch reaches his first commit before his own branch does in git's output.
  repo.branch('dave/base');
  sha.daveFirst = repo.commit('feat: base', { author: DAVE, files: { 'src/base.c': 'b\n' } });
  repo.commit('feat: base, part two', { author: DAVE, files: { 'src/base.c': 'b2\n' } });
  repo.git(['checkout', '--quiet', '-b', 'erin/on-top', sha.daveFirst]);
  sha.erinFirst = repo.commit('feat: on top', { author: ERIN, files: { 'src/top.c': 't\n' } });
  repo.checkout('main');
  sha.mergeDave = repo.merge('dave/base', 'Merge pull request #25 from octo/dave-base\n\nBase', ANA);
  sha.mergeErin = repo.merge('erin/on-top', 'Merge pull request #26 from erin/on-top\n\nOn top', ANA);

  // Squash merges made on GitHub, and one look-alike Bob committed himself.
  repo.commit('Add retry budgets (#30)', { author: BOB, committer: GITHUB, files: { 'src/retry.c': 'r\n' } });
  repo.commit('Fix the flaky clock (#31)', { author: CAROL, committer: GITHUB, files: { 'src/clock.c': 'k\n' } });
  repo.commit('Backport: add retry budgets (#30)', { author: BOB, files: { 'src/retry.c': 'r2\n' } });

  ana = await mine(IDENTITIES);
});

afterAll(() => removeTemporaryFolders());

describe('trailer blocks as projects write them', () => {
  it('reads a review in a block mixed with Closes/Fixes lines, a URL, a bracketed note and a cherry-pick line', () => {
    expect(reviewOf(sha.mixed)?.reasons[0]).toBe(`\`Reviewed-by: ${ANA.name} <${ANA.email}>\` names you on a commit by ${BOB.name} <${BOB.email}>`);
  });

  it('reads a review glued to the previous trailer’s address in a mailing-list block with a lone `>`', () => {
    expect(reviewOf(sha.mailing)?.reasons).toEqual([`\`Reviewed-by: ${ANA.name} <${ANA.email}>\` names you on a commit by ${CAROL.name} <${CAROL.email}>`]);
  });

  it('reads an Acked-by paragraph placed above the final sign-off block', () => {
    expect(reviewOf(sha.earlier)?.reasons[0]).toContain(`\`Acked-by: ${ANA_HOME.email}\``);
  });

  it('does not count prose that mentions Reviewed-by', () => {
    expect(reviewOf(sha.prose)).toBeUndefined();
  });
});

describe('pull-request merges', () => {
  it('credits the merge of Bob’s request although Ana pushed its last commit: the branch’s first commit decides', () => {
    expect(reviewOf(sha.mergeFixup)?.reasons[0]).toBe(
      `you merged GitHub pull request #21 from bob/cache, a branch ${BOB.name} <${BOB.email}> started (merged tip ${sha.anaFixup?.slice(0, 7)})`,
    );
  });

  it('counts a GitHub merge whose subject has no `from` part', () => {
    expect(reviewOf(sha.noFrom)).toMatchObject({ via: 'merge', title: 'GitHub pull request #22: Quota limits' });
  });

  it('does not count a request from Ana’s own fork, nor one a bot opened', () => {
    expect(reviewOf(sha.ownFork)).toBeUndefined();
    expect(reviewOf(sha.bot)).toBeUndefined();
  });

  it('gives a request branched off another one to the person who started it, not to the earlier branch’s author', () => {
    expect(reviewOf(sha.mergeDave)?.reasons[0]).toContain(`a branch ${DAVE.name} <${DAVE.email}> started`);
    expect(reviewOf(sha.mergeErin)?.reasons[0]).toContain(`a branch ${ERIN.name} <${ERIN.email}> started`);
  });
});

describe('squash merges made on a forge', () => {
  it('are counted in the mining stats, not guessed at: only those the forge committed', () => {
    expect(ana.stats.forgeSquashMerges).toBe(2);
    expect(Object.values(ana.stats.repos[0]?.forgeSquashDays ?? {}).reduce((a, b) => a + b, 0)).toBe(2);
    expect(ana.items.filter((i) => i.kind === 'review' && i.title.includes('(#3'))).toEqual([]);
  });

  it('are counted inside the window only', async () => {
    const none = await mineEvidence({ repos: [repo.dir], identities: IDENTITIES, noCache: true, until: '2026-01-06' }, nodeMiningDeps({ trusted: true }));
    expect(none.stats.forgeSquashMerges).toBe(0);
  });
});
