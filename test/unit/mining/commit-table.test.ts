import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitFacts, FactInterner, type CommitFacts } from '../../../src/core/mining/classification/commit-facts';
import { decodeSegment } from '../../../src/core/mining/cache/fact-codec';
import { segmentJson } from '../../../src/core/mining/cache/segment-json';
import { CommitTable } from '../../../src/core/mining/history/commit-table';
import { COMMITS_PER_TURN, concatSequences, scanCommits, sequenceOf, TableView, withoutCommits } from '../../../src/core/mining/history/commit-sequence';
import { RankedBits } from '../../../src/core/mining/history/ranked-bits';
import { TextPool } from '../../../src/core/mining/history/text-pool';
import { ANA, BOB, CAROL, blob, HistoryBuilder, sha } from './fake-git';

/** A small history with every kind of fact: trailers, a pull-request merge, documents, a forge squash, a boundary. */
function richHistory(): CommitFacts[] {
  const h = new HistoryBuilder();
  const root = h.commit('root', ANA, 'feat(api): first', { body: 'Reviewed-by: Bob Stone <bob@example.com>\n' });
  const branch = h.commit('branch', CAROL, 'fix: retry budget', { parents: [root] });
  h.commit('merge', BOB, 'Merge pull request #12 from carol/retry', { body: 'Retry budgets\n', parents: [root, branch], changes: [] });
  h.commit('doc', ANA, 'docs: ADR for the outbox', {
    changes: [
      { status: 'A', path: 'docs/adr/0001-outbox.md', newBlob: blob('adr') },
      { status: 'R', score: 90, oldPath: 'docs/old é.md', path: 'docs/new é.md', oldBlob: blob('o'), newBlob: blob('n') },
    ],
  });
  h.commit('squash', BOB, 'Add quotas (#13)', { committerEmail: 'noreply@github.com' });
  h.commit('pair', ANA, 'chore: pairing', { body: 'Co-authored-by: Carol Diaz <carol@example.com>\nReviewed-by: Bob Stone <bob@example.com>\n' });
  const people = new FactInterner();
  return h.commits.map((c) => commitFacts(c, people, new Set([root])));
}

/** The facts as plain data (a table builds objects with lazy fields; compare what they say). */
function plain(c: CommitFacts): Record<string, unknown> {
  return {
    sha: c.sha,
    author: { ...c.author },
    date: c.date,
    merge: c.merge,
    boundary: c.boundary,
    forgeSquash: c.forgeSquash,
    areas: [...c.areas],
    type: c.type,
    subject: c.subject,
    trailers: c.trailers?.map((t) => ({ ...t })),
    pullRequest: c.pullRequest,
    mergedTip: c.mergedTip,
    mergedAuthor: c.mergedAuthor,
    docs: c.docs?.map((d) => ({ ...d })),
  };
}

describe('commit table', () => {
  it('gives back every fact it was given, through `at`, through a view and through a scan', async () => {
    const facts = richHistory();
    const table = new CommitTable();
    for (const f of facts) table.add(f);
    expect(facts.map((_, i) => plain(table.at(i)))).toEqual(facts.map(plain));
    expect([...new TableView(table, 'as-added')].map(plain)).toEqual(facts.map(plain));
    const scanned: Record<string, unknown>[] = [];
    await scanCommits(new TableView(table, 'as-added'), (c) => scanned.push(plain(c)));
    expect(scanned).toEqual(facts.map(plain));
    // The merge and the squash really carry what the table must keep.
    expect(table.at(2).pullRequest?.number).toBe(12);
    expect(table.at(2).mergedTip).toBe(facts[1]?.sha);
    expect(table.at(3).docs?.map((d) => d.path)).toEqual(['docs/adr/0001-outbox.md', 'docs/new é.md']);
    expect(table.at(4).forgeSquash).toBe(true);
    expect(table.at(0).boundary).toBe(true);
  });

  it('keeps a copy handed out by a scan valid after the scan has moved on', async () => {
    const facts = richHistory();
    const kept: CommitFacts[] = [];
    await scanCommits(sequenceOf(facts), (c, keep) => {
      if (c.docs) kept.push(keep());
    });
    expect(kept.map((c) => c.sha)).toEqual([facts[3]?.sha]);
    expect(kept[0]?.docs?.length).toBe(2);
  });

  it('finds every sha it holds and nothing else, also when many hashes collide in its index', () => {
    const table = new CommitTable();
    const shas = Array.from({ length: 5000 }, (_, i) => sha(`c${i}`));
    // Equal first bytes: every sha lands in the same place of the index and must be told apart by its whole value.
    const colliding = Array.from({ length: 300 }, (_, i) => `00000000000000000000${i.toString(16).padStart(20, '0')}`);
    const people = new FactInterner();
    const base = richHistory()[4] as CommitFacts;
    for (const s of [...new Set([...shas, ...colliding])]) table.add({ ...base, sha: s, author: people.person('A', 'a@x') });
    for (const s of [...shas, ...colliding]) expect(table.shaAt(table.indexOf(s))).toBe(s);
    expect(table.indexOf(sha('missing'))).toBe(-1);
    expect(table.indexOf('not-a-sha')).toBe(-1);
    expect(table.indexOf('ABCDEF0123ABCDEF0123ABCDEF0123ABCDEF0123')).toBe(-1);
  });

  it('widens a column past 65,535 distinct values without losing any', () => {
    const base = richHistory()[4] as CommitFacts;
    const people = new FactInterner();
    const t = new CommitTable();
    for (let i = 0; i < 70_000; i++) t.add({ ...base, sha: sha(`w${i}`).slice(0, 32) + i.toString(16).padStart(8, '0'), author: people.person(`P${i}`, `p${i}@x`) });
    expect(t.at(69_999).author.name).toBe('P69999');
    expect(t.at(65_536).author.name).toBe('P65536');
    expect(t.at(3).author.name).toBe('P3');
  });

  it('answers -1 for ids shorter than a hash, never throws', () => {
    const t = new CommitTable();
    t.add({ ...(richHistory()[0] as CommitFacts), sha: 'abcd' });
    expect(t.indexOf('abcd')).toBe(0);
    expect(t.indexOf('cd')).toBe(-1);
  });

  it('refuses a commit id that is not hex, and mixed hash lengths', () => {
    const base = richHistory()[0] as CommitFacts;
    expect(() => new CommitTable().add({ ...base, sha: 'z'.repeat(40) })).toThrow(/not a commit id/);
    const t = new CommitTable();
    t.add(base);
    expect(() => t.add({ ...base, sha: 'a'.repeat(64) })).toThrow(/hash length/);
  });

  it('holds SHA-256 histories', () => {
    const base = richHistory()[0] as CommitFacts;
    const t = new CommitTable();
    const long = 'ab'.repeat(32);
    t.add({ ...base, sha: long });
    expect(t.at(0).sha).toBe(long);
    expect(t.indexOf(long)).toBe(0);
  });

  it('resolves a merged tip added after its merge (git prints merges first) to the commit it names', () => {
    const facts = richHistory();
    const t = new CommitTable();
    for (const f of [...facts].reverse()) t.add(f);
    const view = new TableView(t, 'reversed');
    expect(view.at(2).mergedTip).toBe(facts[1]?.sha);
    expect(t.mergedTipAuthorAt(t.indexOf(facts[2]?.sha ?? ''))).toEqual(CAROL);
  });

  it('views: reversed, without some commits, joined, and their distinct authors', () => {
    const facts = richHistory();
    const t = new CommitTable();
    for (const f of [...facts].reverse()) t.add(f);
    const view = new TableView(t, 'reversed');
    expect([...view].map((c) => c.sha)).toEqual(facts.map((c) => c.sha));
    const without = withoutCommits(view, new Set([facts[1]?.sha ?? '', facts[4]?.sha ?? '']));
    expect([...without].map((c) => c.sha)).toEqual([0, 2, 3, 5].map((i) => facts[i]?.sha));
    expect(without.authors().map((a) => a.name).sort()).toEqual(['Ana Lima', 'Bob Stone']);
    const joined = concatSequences(sequenceOf(facts.slice(0, 2)), sequenceOf(facts.slice(2)));
    expect(joined.length).toBe(facts.length);
    expect(joined.at(3).sha).toBe(facts[3]?.sha);
    expect(joined.find(facts[0]?.sha ?? '')?.subject).toBe('feat(api): first');
    const order: string[] = [];
    joined.scan((c) => order.push(c.sha), 0, joined.length);
    expect(order).toEqual(facts.map((c) => c.sha));
    // Stretches of a scan, across the join and on either side of it.
    for (const [from, to] of [[1, 4], [0, 2], [2, 6], [3, 3], [0, 6]] as const) {
      const part: string[] = [];
      joined.scan((c) => part.push(c.sha), from, to);
      expect(part).toEqual(facts.slice(from, to).map((c) => c.sha));
    }
  });

  it('scans a long history in stretches with turns of the event loop between them, every commit once and in order', async () => {
    const t = new CommitTable();
    const n = COMMITS_PER_TURN * 2 + 3;
    const who = { name: 'Ana Lima', email: 'ana@example.com' };
    const shas = Array.from({ length: n }, (_, k) => sha(`long ${k}`));
    for (const s of shas) t.add({ sha: s, author: who, date: '2026-01-02', areas: [] });
    const view = concatSequences(new TableView(t, 'as-added'), sequenceOf([{ sha: 'f'.repeat(40), author: who, date: '2026-01-03', areas: [] }]));
    let visited = 0;
    let inOrder = true;
    let timerRan = -1;
    setTimeout(() => (timerRan = visited), 0);
    await scanCommits(view, (c) => {
      if (visited < n && c.sha !== shas[visited]) inOrder = false;
      visited++;
    });
    expect(visited).toBe(n + 1);
    expect(inOrder).toBe(true);
    // A timer queued before the scan ran between two stretches, not after the whole scan.
    expect(timerRan).toBe(COMMITS_PER_TURN);
  });

  it('round-trips any facts through the table and the cache text (property)', () => {
    const people = new FactInterner();
    const fact = fc.record({
      author: fc.constantFrom(ANA, BOB, CAROL),
      day: fc.integer({ min: 0, max: 9000 }),
      flags: fc.record({ merge: fc.boolean(), boundary: fc.boolean(), forgeSquash: fc.boolean() }),
      areas: fc.uniqueArray(fc.constantFrom('.', 'src', 'docs', 'packages/core'), { maxLength: 3 }),
      type: fc.option(fc.constantFrom('feat', 'fix', 'docs'), { nil: undefined }),
      subject: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined }),
      trailerValue: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      merge: fc.option(fc.record({ number: fc.nat(99_999), title: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }), tipBack: fc.nat(5), byOther: fc.boolean() }), { nil: undefined }),
      doc: fc.option(fc.record({ path: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), renamed: fc.boolean() }), { nil: undefined }),
    });
    // A merged branch's author can come from another history's interner (an older cache).
    const others = new FactInterner();
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 60 }), (rows) => {
        const facts: CommitFacts[] = rows.map((r, i) => ({
          sha: sha(`p${i}`).slice(0, 36) + i.toString(16).padStart(4, '0'),
          author: people.person(r.author.name, r.author.email),
          date: new Date(Date.UTC(2001, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10),
          merge: r.flags.merge || undefined,
          boundary: r.flags.boundary || undefined,
          forgeSquash: r.flags.forgeSquash || undefined,
          areas: people.areaSet([...r.areas]),
          type: r.type,
          subject: r.subject,
          trailers: r.trailerValue === undefined ? undefined : [people.trailer({ key: 'reviewed-by', written: 'Reviewed-by', value: r.trailerValue })],
          pullRequest: r.merge ? { host: 'github', number: r.merge.number, ...(r.merge.title !== undefined ? { title: r.merge.title } : {}) } : undefined,
          mergedTip: r.merge ? sha(`p${Math.max(0, i - 1 - r.merge.tipBack)}`).slice(0, 36) + Math.max(0, i - 1 - r.merge.tipBack).toString(16).padStart(4, '0') : undefined,
          mergedAuthor: r.merge ? (r.merge.byOther ? others.person('Dee Rao', 'dee@elsewhere.example') : people.person(BOB.name, BOB.email)) : undefined,
          docs: r.doc
            ? [r.doc.renamed ? { status: 'R', path: `docs/${r.doc.path}.md`, oldPath: 'docs/old.md', oldBlob: blob('o'), newBlob: blob(r.doc.path) } : { status: 'A', path: `docs/${r.doc.path}.md`, newBlob: blob(r.doc.path) }]
            : undefined,
        }));
        const view = sequenceOf(facts);
        expect([...view].map(plain)).toEqual(facts.map(plain));
        const decoded: CommitFacts[] = [];
        decodeSegment(JSON.parse([...segmentJson(view)].join('')), new FactInterner(), (f) => decoded.push(f));
        expect(decoded.map(plain)).toEqual(facts.map(plain));
      }),
      { numRuns: 60 },
    );
  });

  it('writes a long history as pieces of bounded size, never as one string', () => {
    const base = richHistory();
    const t = new CommitTable();
    for (let i = 0; i < 30_000; i++) {
      const f = base[i % base.length] as CommitFacts;
      t.add({ ...f, sha: sha(`long${i}`).slice(0, 32) + i.toString(16).padStart(8, '0'), mergedTip: undefined, pullRequest: f.pullRequest });
    }
    const pieces = [...segmentJson(new TableView(t, 'as-added'))];
    const longest = Math.max(...pieces.map((p) => p.length));
    expect(pieces.join('').length).toBeGreaterThan(1_500_000);
    expect(longest).toBeLessThan(70_000);
    const decoded: CommitFacts[] = [];
    decodeSegment(JSON.parse(pieces.join('')), new FactInterner(), (f) => decoded.push(f));
    expect(decoded.length).toBe(30_000);
    // Every kind of commit of the rich history: a boundary, a merge, documents, a squash, trailers.
    for (const i of [29_994, 29_995, 29_996, 29_997, 29_998, 29_999]) expect(plain(decoded[i] as CommitFacts)).toEqual(plain(t.at(i)));
    expect(decoded.filter((c) => c.docs).length).toBe(5000);
    expect(decoded.filter((c) => c.pullRequest).length).toBe(5000);
  });
});

describe('text pool', () => {
  it('gives back every text across chunk boundaries (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { minLength: 250, maxLength: 1200 }), (texts) => {
        const pool = new TextPool();
        const ids = texts.map((t) => pool.add(t));
        expect(ids.map((id) => pool.get(id))).toEqual(texts);
      }),
      { numRuns: 20 },
    );
    expect(() => new TextPool().get(0)).toThrow(RangeError);
  });
});

describe('ranked bits', () => {
  it('counts the set bits before a position exactly as a plain count does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 5000, size: 'max' }), (bits) => {
        const r = new RankedBits();
        for (const b of bits) r.push(b);
        let ones = 0;
        bits.forEach((b, i) => {
          expect(r.rankIfSet(i)).toBe(b ? ones : -1);
          if (b) ones++;
        });
        expect(r.rankIfSet(bits.length)).toBe(-1);
      }),
    );
  });
});
