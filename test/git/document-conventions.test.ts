import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import { mineEvidence, type MiningResult } from '../../src/core/mining/orchestration/mining-service';
import { ANA, ANA_IDENTITIES, BOB, CAROL, DAVE, ERIN } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders } from './helpers/repo-builder';

/**
 * Issue 10, documents: headers and bylines as real design docs and proposals write them, and
 * documents git saw deleted and added again, in a repository built with real git.
 */
let repo: RepoBuilder;
const sha: Record<string, string> = {};
let ana: MiningResult;

const mine = (identities: readonly string[]) => mineEvidence({ repos: [repo.dir], identities, noCache: true }, nodeMiningDeps({ trusted: true }));
const docs = (items: readonly EvidenceItem[], path: string) => items.filter((i) => i.path === path && i.role !== undefined);
const body = (word: string, n = 12) => Array.from({ length: n }, (_, i) => `${word} paragraph ${i + 1} explains one more thing.`).join('\n\n');

beforeAll(async () => {
  repo = RepoBuilder.create('proposals');
  repo.commit('chore: layout', { author: CAROL, files: { 'src/app.ts': 'export {};\n' } });

  // Header line breaks: `Author: Name\` and a trailing double space; committed by someone else.
  repo.commit('design: hard breaks', {
    author: DAVE,
    files: {
      'design/backslash.md': `# Backslash breaks\n\nAuthor: Ana Lima\\\nStatus: Draft\\\n\n## Context\n\n${body('B')}\n`,
      'design/spaces.md': `# Space breaks\n\nAuthor: Ana Lima  \nStatus: Draft  \n\n## Context\n\n${body('S')}\n`,
    },
  });
  // Helper phrases: Bob helped, Erin wrote it.
  repo.commit('design: helpers', {
    author: BOB,
    files: { 'design/helpers.md': `# Cache tiers\n\nAuthor: Erin Moss with substantial input from Bob Stone and Ana Lima\n\n## Context\n\n${body('H')}\n` },
  });
  repo.commit('design: thanks', {
    author: DAVE,
    files: { 'design/thanks.md': `# Queue limits\n\nAuthors: Erin Moss (with help from Bob Stone), thanks to Carol Diaz and Ana Lima\n\n${body('T')}\n` },
  });
  // A `##` title on line 1, then the header.
  repo.commit('design: h2 title', { author: DAVE, files: { 'design/h2.md': `## Retry storms\n\nAuthor: Ana Lima\n\n## Summary\n\n${body('R')}\n` } });
  // Bylines: `By …` and lines of names ending in hard breaks, then a date.
  repo.commit('docs: bylines', {
    author: CAROL,
    files: {
      'docs/by.md': `# Incident review process\n\nBy Ana Lima and Bob Stone\n\n${body('I')}\n`,
      'docs/names.md': `# On-call handbook\n\nErin Moss\\\nAna Lima\\\nMarch 2026\n\n${body('O')}\n`,
      'docs/prose.md': `# Caching notes\n\nBy default, the cache is warm.\n\n${body('C')}\n`,
    },
  });

  // A proposal renumbered with its text changed too much for rename detection: the title decides.
  sha.proposalAdded = repo.commit('proposal: retry budgets', { author: ANA, files: { 'proposals/0000-retry-budgets.md': `# Retry budgets\n\n${body('first draft', 20)}\n` } });
  sha.renumbered = repo.commit('proposal: number and rework 0042', {
    author: BOB,
    files: { 'proposals/0000-retry-budgets.md': null, 'proposals/0042-retry-budgets.md': `# Retry budgets\n\n${body('Reworked by Bob', 30)}\n` },
  });
  // A folder replaced without a rename git can see: the declared number decides.
  repo.commit('kep: add 2000', { author: ERIN, files: { 'keps/2000-shutdown/README.md': `# Graceful shutdown\n\nKEP: 2000\n\n${body('v1', 15)}\n` } });
  repo.commit('kep: move 2000', {
    author: DAVE,
    files: { 'keps/2000-shutdown/README.md': null, 'keps/sig-node/2000-graceful/README.md': `# Graceful node shutdown\n\nKEP: 2000\n\n${body('v2 by Dave', 25)}\n` },
  });

  ana = await mine(ANA_IDENTITIES);
});

afterAll(() => removeTemporaryFolders());

describe('document headers as real documents write them', () => {
  it('reads `Author: Name\\` and `Author: Name` with a trailing double space as Ana, not the committer', async () => {
    for (const path of ['design/backslash.md', 'design/spaces.md']) {
      expect(docs(ana.items, path)).toMatchObject([{ role: 'authored', reasons: [`its header names you as an author (\`Author:\` line: Ana Lima)`, expect.any(String), expect.any(String)] }]);
    }
    const dave = await mine([DAVE.email]);
    expect(dave.items.filter((i) => i.path?.startsWith('design/') && i.role === 'authored')).toEqual([]);
  });

  it('does not make the people in helper phrases authors, but contributors, with the phrase as the reason', async () => {
    expect(docs(ana.items, 'design/helpers.md')).toMatchObject([{ role: 'contributed' }]);
    expect(docs(ana.items, 'design/helpers.md')[0]?.reasons[0]).toBe(
      'its header names you as a helper, not an author ("with substantial input from Ana Lima" in its `Author:` line)',
    );
    expect(docs(ana.items, 'design/thanks.md')).toMatchObject([{ role: 'contributed' }]);
    expect(docs(ana.items, 'design/thanks.md')[0]?.reasons[0]).toContain('"thanks to Ana Lima"');
    const bob = await mine([BOB.email, BOB.name]);
    expect(docs(bob.items, 'design/thanks.md')).toMatchObject([{ role: 'contributed', reasons: [expect.stringContaining('"with help from Bob Stone"'), expect.any(String), expect.any(String)] }]);
    const erin = await mine([ERIN.email, ERIN.name]);
    expect(docs(erin.items, 'design/helpers.md')).toMatchObject([{ role: 'authored' }]);
    expect(docs(erin.items, 'design/thanks.md')).toMatchObject([{ role: 'authored' }]);
  });

  it('reads the header under a `##` title on line 1, and takes that title', () => {
    expect(docs(ana.items, 'design/h2.md')).toMatchObject([{ role: 'authored', title: 'Retry storms' }]);
  });

  it('reads bylines under the title as authors, and not prose that starts with "By"', async () => {
    expect(docs(ana.items, 'docs/by.md')).toMatchObject([{ role: 'authored', reasons: ['its header names you as an author (byline under the title: Ana Lima, Bob Stone)', expect.any(String), expect.any(String)] }]);
    expect(docs(ana.items, 'docs/names.md')).toMatchObject([{ role: 'authored' }]);
    const carol = await mine([CAROL.email]);
    expect(docs(carol.items, 'docs/by.md')).toEqual([]);
    expect(docs(carol.items, 'docs/prose.md')).toMatchObject([{ role: 'authored' }]);
    expect(docs(carol.items, 'docs/prose.md')[0]?.reasons[0]).toContain('you added it as docs/prose.md');
  });
});

describe('the same document never twice', () => {
  it('keeps a proposal renumbered with its text rewritten as one document, first authored by Ana, deciding by its title', async () => {
    const items = ana.items.filter((i) => i.path?.startsWith('proposals/'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ role: 'authored', path: 'proposals/0042-retry-budgets.md', sha: sha.proposalAdded });
    expect(items[0]?.reasons).toContain(
      `the same document as proposals/0000-retry-budgets.md (same title "Retry budgets"): git saw it deleted and added again as proposals/0042-retry-budgets.md in ${sha.renumbered?.slice(0, 7)}`,
    );
    const bob = await mine([BOB.email]);
    const bobs = bob.items.filter((i) => i.path?.startsWith('proposals/'));
    expect(bobs).toMatchObject([{ role: 'contributed', path: 'proposals/0042-retry-budgets.md' }]);
  });

  it('keeps a document folder replaced without a visible rename as one document, deciding by its declared number', async () => {
    const erin = await mine([ERIN.email]);
    const items = erin.items.filter((i) => i.path?.startsWith('keps/'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ role: 'authored', path: 'keps/sig-node/2000-graceful/README.md', title: 'Graceful node shutdown' });
    expect(items[0]?.reasons.join('\n')).toContain('(same declared number (KEP 2000))');
    const dave = await mine([DAVE.email]);
    expect(dave.items.filter((i) => i.path?.startsWith('keps/') && i.role === 'authored')).toEqual([]);
  });
});
