import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import { mineEvidence, type MiningOptions, type MiningResult } from '../../src/core/mining/orchestration/mining-service';
import { ANA, ANA_HOME, ANA_IDENTITIES, BOB, CAROL, DAVE, ERIN } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder, type Author } from './helpers/repo-builder';

/**
 * The rules of issue 4 that were only tested on literal strings, now on a repository built with
 * real git: contributed documents, every way a document declares its authors, the remaining
 * review and pairing trailers, Azure DevOps merges, and bots.
 */
let repo: RepoBuilder;
const sha: Record<string, string> = {};
let ana: MiningResult;

const DEPENDABOT: Author = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };
const RELEASE_BOT: Author = { name: 'release-ci-bot', email: ANA.email };
const DEPLOYER: Author = { name: 'deploy-pipeline', email: ANA_HOME.email };

const mine = (options: Partial<MiningOptions> = {}) => mineEvidence({ repos: [repo.dir], identities: ANA_IDENTITIES, ...options }, nodeMiningDeps({ trusted: true }));
const find = (items: readonly EvidenceItem[], kind: string, pred: (i: EvidenceItem) => boolean = () => true) => items.filter((i) => i.kind === kind && pred(i));
const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} line ${i + 1}.`).join('\n');

beforeAll(async () => {
  repo = RepoBuilder.create('ledger-api');
  repo.commit('chore: layout', { author: CAROL, files: { 'src/app.ts': 'export {};\n' } });

  // Contributed: Ana rewrites much of Bob's runbook, and fixes one typo in his FAQ.
  repo.commit('docs: runbook and FAQ', { author: BOB, files: { 'docs/runbook.md': `# Runbook\n\n${lines(10, 'Bob')}\n`, 'docs/faq.md': `# FAQ\n\n${lines(30, 'Bob')}\n` } });
  sha.contribution = repo.commit('docs: runbook failover section', { author: ANA, files: { 'docs/runbook.md': `# Runbook\n\n${lines(10, 'Bob')}\n\n## Failover\n\n${lines(25, 'Ana')}\n` } });
  repo.commit('docs: typo', { author: ANA, files: { 'docs/faq.md': `# FAQ\n\n${lines(29, 'Bob')}\nBob line 30, fixed.\n` } });

  // Authors declared in the document: YAML front matter, ADR front matter, kep.yaml, `Author(s):` with a continuation line.
  repo.commit('docs: edge cache proposal', {
    author: DAVE,
    files: { 'proposals/edge-cache.md': '---\ntitle: Edge cache for the ledger API\nauthors: [Ana Lima, Erin Moss]\n---\n\n# Edge cache\n\nCache reads at the edge.\n' },
  });
  repo.commit('adr: event sourcing', {
    author: CAROL,
    files: { 'docs/adr/0003-event-sourcing.md': '---\ntitle: Event-source the ledger\nstatus: accepted\nauthors:\n  - name: Ana Lima\n    email: ana@work.example\n---\n\n# Context\n\nAudits need history.\n' },
  });
  repo.commit('kep: graceful shutdown', {
    author: DAVE,
    files: {
      'keps/sig-node/2000-graceful-shutdown/README.md': '# Graceful shutdown for batch jobs\n\n## Summary\n\nDrain first.\n',
      'keps/sig-node/2000-graceful-shutdown/kep.yaml': 'title: Graceful shutdown for batch jobs\nkep-number: 2000\nauthors:\n  - "@ana-lima"\n  - "@bstone"\n',
    },
  });
  repo.commit('design: queue sharding', {
    author: BOB,
    files: { 'design/queue-sharding.md': '# Queue sharding\n\nAuthor(s): Erin Moss,\n  Ana Lima\nStatus: Draft\n\n## Context\n\nOne queue is too hot.\n' },
  });

  // Pairing and review trailers not covered elsewhere.
  sha.helped = repo.commit('fix: flaky clock', { author: BOB, files: { 'src/clock.ts': 'c\n' }, trailers: ['Helped-by: Ana Lima <ana@work.example>'] });
  sha.codeveloped = repo.commit('feat: shard map', { author: DAVE, files: { 'src/shards.ts': 's\n' }, trailers: [`Co-developed-by: ${ANA_HOME.email}`] });
  sha.ownCodeveloped = repo.commit('feat: limits', { author: ANA, files: { 'src/limits.ts': 'l\n' }, trailers: [`Co-developed-by: ${ERIN.name} <${ERIN.email}>`] });
  sha.ownHelped = repo.commit('feat: quotas', { author: ANA, files: { 'src/quotas.ts': 'q\n' }, trailers: [`Helped-by: ${ERIN.name} <${ERIN.email}>`] });
  sha.tested = repo.commit('feat: budgets', { author: CAROL, files: { 'src/budgets.ts': 'b\n' }, trailers: ['Tested-by: Ana Lima <ana@work.example>'] });
  sha.approved = repo.commit('fix: rounding', { author: DAVE, files: { 'src/round.ts': 'r\n' }, trailers: [`APPROVED-BY: ${ANA_HOME.email}`] });

  // An Azure DevOps pull request Ana merged for Carol.
  repo.branch('carol/quota');
  sha.carolTip = repo.commit('feat: quota limits', { author: CAROL, files: { 'src/quota.ts': 'q\n' } });
  repo.checkout('main');
  sha.azure = repo.merge('carol/quota', 'Merged PR 77: Add quota limits', ANA);

  // Bots: a GitHub app, a CI bot using Ana's own email, and one only the profile names.
  repo.branch('dependabot/npm/left-pad');
  repo.commit('chore(deps): bump left-pad', { author: DEPENDABOT, files: { 'package.json': '{}\n' } });
  repo.checkout('main');
  sha.botMerge = repo.merge('dependabot/npm/left-pad', 'Merge pull request #90 from dependabot/npm/left-pad\n\nBump left-pad', ANA);
  sha.botCoauthor = repo.commit('chore: lockfile', { author: ANA, files: { 'src/lock.ts': 'k\n' }, trailers: [`Co-authored-by: ${DEPENDABOT.name} <${DEPENDABOT.email}>`] });
  sha.release = repo.commit('chore: release 1.2.0', { author: RELEASE_BOT, files: { 'release/notes.md': '# 1.2.0\n\nFaster retries.\n', 'release/version.ts': 'v\n' } });
  sha.botReview = repo.commit('fix: publish', { author: BOB, files: { 'src/publish.ts': 'p\n' }, trailers: [`Reviewed-by: ${RELEASE_BOT.name} <${RELEASE_BOT.email}>`] });
  sha.deploy = repo.commit('chore: deploy config', { author: DEPLOYER, files: { 'deploy/config.ts': 'd\n' } });

  ana = await mine();
});

afterAll(() => removeTemporaryFolders());

describe('documents, on a real repository', () => {
  it('credits substantial later edits as `contributed`, not a typo fix', () => {
    const docs = find(ana.items, 'doc');
    const runbook = docs.find((i) => i.path === 'docs/runbook.md');
    expect(runbook).toMatchObject({ role: 'contributed', sha: sha.contribution, id: expect.stringContaining(':doc-contribution:') });
    expect(runbook?.reasons[0]).toMatch(/^you added or rewrote \d+ of its \d+ non-blank lines in 1 commit/);
    expect(runbook?.reasons[1]).toBe(`${BOB.name} <${BOB.email}> added it first`);
    expect(docs.find((i) => i.path === 'docs/faq.md')).toBeUndefined();
  });

  it('lets YAML front matter `authors:` decide, whoever added the file', () => {
    const [proposal] = find(ana.items, 'design-doc', (i) => i.path === 'proposals/edge-cache.md');
    expect(proposal).toMatchObject({ role: 'authored', title: 'Edge cache for the ledger API' });
    expect(proposal?.reasons[0]).toBe('its header names you as an author (front matter `authors`: Ana Lima, Erin Moss)');
  });

  it('reads ADR front matter authors given as name and email', () => {
    const [adr] = find(ana.items, 'adr');
    expect(adr).toMatchObject({ path: 'docs/adr/0003-event-sourcing.md', role: 'authored', title: 'Event-source the ledger' });
    expect(adr?.reasons[0]).toBe('its header names you as an author (front matter `authors`: Ana Lima <ana@work.example>)');
  });

  it('reads a KEP’s authors from the kep.yaml beside it, by code-host handle', async () => {
    const kep = (r: MiningResult) => find(r.items, 'design-doc', (i) => i.path === 'keps/sig-node/2000-graceful-shutdown/README.md');
    expect(kep(ana)).toEqual([]);
    const withHandle = kep(await mine({ identities: [...ANA_IDENTITIES, '@ana-lima'] }));
    expect(withHandle).toHaveLength(1);
    expect(withHandle[0]?.reasons[0]).toBe('its header names you as an author (kep.yaml `authors`: @ana-lima, @bstone)');
    expect(kep(await mine({ identities: [BOB.email, '@bstone'] }))).toHaveLength(1);
    expect(kep(await mine({ identities: [DAVE.email] }))).toEqual([]);
  });

  it('reads an `Author(s):` line continued on the next line', async () => {
    const [design] = find(ana.items, 'design-doc', (i) => i.path === 'design/queue-sharding.md');
    expect(design?.reasons[0]).toBe('its header names you as an author (`Author(s):` line: Erin Moss, Ana Lima)');
    expect(find((await mine({ identities: [BOB.email] })).items, 'design-doc', (i) => i.path === 'design/queue-sharding.md')).toEqual([]);
  });
});

describe('trailers and merges, on a real repository', () => {
  it('counts `Helped-by` and `Co-developed-by` naming Ana on others’ commits, and co-developers on hers, as pairing', () => {
    const pairing = find(ana.items, 'pairing').map((i) => i.sha);
    expect(pairing.sort()).toEqual([sha.helped, sha.codeveloped, sha.ownCodeveloped].sort());
    expect(find(ana.items, 'pairing', (i) => i.sha === sha.ownCodeveloped)[0]?.reasons).toEqual([`your commit names ${ERIN.name} <${ERIN.email}> as co-author (Co-developed-by)`]);
  });

  it('counts `Tested-by` and `Approved-by` (any case) as reviews', () => {
    const reviews = find(ana.items, 'review', (i) => i.via === 'trailer');
    expect(reviews.map((i) => i.sha).sort()).toEqual([sha.tested, sha.approved].sort());
    expect(reviews.find((i) => i.sha === sha.approved)?.reasons[0]).toBe(`\`APPROVED-BY: ${ANA_HOME.email}\` names you on a commit by ${DAVE.name} <${DAVE.email}>`);
  });

  it('counts an Azure DevOps `Merged PR N:` merge of Carol’s branch as a review', () => {
    const merges = find(ana.items, 'review', (i) => i.via === 'merge');
    expect(merges.map((i) => i.sha)).toEqual([sha.azure]);
    expect(merges[0]?.title).toBe('Azure DevOps pull request 77: Add quota limits');
    expect(merges[0]?.reasons[0]).toContain(`a branch ${CAROL.name} <${CAROL.email}> started (merged tip ${sha.carolTip?.slice(0, 7)})`);
  });
});

describe('bots, on a real repository', () => {
  it('never credits a `[bot]`: not its branch merged by Ana, not as Ana’s co-author', () => {
    expect(ana.items.filter((i) => i.sha === sha.botMerge && i.kind === 'review')).toEqual([]);
    expect(ana.items.filter((i) => i.sha === sha.botCoauthor && i.kind === 'pairing')).toEqual([]);
  });

  it('never credits a `*-ci-bot` that commits or is named under Ana’s email', () => {
    expect(find(ana.items, 'doc', (i) => i.path === 'release/notes.md')).toEqual([]);
    expect(find(ana.items, 'commits', (i) => i.id.includes(':commits:release:'))).toEqual([]);
    expect(ana.items.filter((i) => i.sha === sha.botReview)).toEqual([]);
  });

  it('never credits a bot the profile names by pattern, which would otherwise count as Ana', async () => {
    const deploy = (r: MiningResult) => find(r.items, 'commits', (i) => i.id.includes(':commits:deploy:'));
    expect(deploy(ana)).toHaveLength(1);
    expect(deploy(await mine({ bots: ['deploy-*'] }))).toEqual([]);
  });
});

describe('several repositories in one run', () => {
  /** Two repositories both called `api` (in different folders) and a `web`. */
  function repositories(): { api: RepoBuilder; otherApi: RepoBuilder; web: RepoBuilder } {
    const api = RepoBuilder.create('api');
    api.commit('fix: retries', { author: BOB, files: { 'src/retry.ts': 'r\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });
    const otherApi = RepoBuilder.create('api');
    otherApi.commit('docs: api guide', { author: ANA, files: { 'docs/guide.md': '# API guide\n' } });
    const web = RepoBuilder.create('web');
    web.commit('feat: pages', { author: ANA, files: { 'pages/index.ts': 'i\n' }, trailers: [`Co-authored-by: ${ERIN.name} <${ERIN.email}>`] });
    return { api, otherApi, web };
  }
  const key = (i: EvidenceItem) => `${i.kind} ${i.sha ?? ''} ${i.path ?? ''} ${i.title}`;

  it('mines them concurrently, each once, with distinct names and ids for same-named folders', async () => {
    const { api, otherApi, web } = repositories();
    const all = [api.dir, otherApi.dir, web.dir, api.dir];
    const together = await mineEvidence({ repos: all, identities: [ANA.email], concurrency: 2 }, nodeMiningDeps({ trusted: true }));
    expect(together.problems).toEqual([]);
    expect(together.stats.repos.map((r) => [r.repo, r.path])).toEqual([
      ['api', api.dir],
      ['api-2', otherApi.dir],
      ['web', web.dir],
    ]);
    expect(new Set(together.items.map((i) => i.id)).size).toBe(together.items.length);
    for (const [name, r] of [['api', api], ['api-2', otherApi], ['web', web]] as const) {
      const alone = await mineEvidence({ repos: [r.dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true }));
      const mine = together.items.filter((i) => i.repo === name);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((i) => i.id.startsWith(`git:${name}:`))).toBe(true);
      expect(mine.map(key).sort()).toEqual(alone.items.map(key).sort());
    }
  });

  it('keeps a cache per repository, so same-named folders never share one', async () => {
    const { api, otherApi, web } = repositories();
    const cacheDir = temporaryFolder('gl-cache-');
    const run = () => mineEvidence({ repos: [api.dir, otherApi.dir, web.dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, cacheDir }));
    const cold = await run();
    const warm = await run();
    expect(warm.stats.repos.map((r) => r.cache)).toEqual(['hit', 'hit', 'hit']);
    expect(warm.items).toEqual(cold.items);
    otherApi.commit('docs: more', { author: ANA, files: { 'docs/more.md': '# More\n' } });
    const next = await run();
    expect(next.stats.repos.map((r) => r.cache)).toEqual(['hit', 'incremental', 'hit']);
    expect(find(next.items, 'doc').map((i) => [i.repo, i.path]).sort()).toEqual([
      ['api-2', 'docs/guide.md'],
      ['api-2', 'docs/more.md'],
    ]);
  });
});
