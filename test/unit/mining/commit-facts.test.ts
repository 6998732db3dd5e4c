import { describe, expect, it } from 'vitest';
import { areaOf, commitFacts, conventionalType, isDocumentFile, oldestFirst, FactInterner, type CommitFacts } from '../../../src/core/mining/classification/commit-facts';
import { blobFactsJson, decodeBlobFacts, decodeSegment } from '../../../src/core/mining/cache/fact-codec';
import { segmentJson } from '../../../src/core/mining/cache/segment-json';
import { CommitTable } from '../../../src/core/mining/history/commit-table';
import { TableView } from '../../../src/core/mining/history/commit-sequence';
import { addedLines } from '../../../src/core/mining/classification/line-diff';
import { ANA, BOB, blob, HistoryBuilder } from './fake-git';

describe('commit facts', () => {
  it('keeps only what evidence needs: evidence trailers, document changes, areas, type', () => {
    const h = new HistoryBuilder();
    h.commit('x', ANA, 'feat(api)!: quotas', {
      body: 'Why.\n\nReviewed-by: Bob <b@x>\nSigned-off-by: Ana <a@x>\nChange-Id: I123\n',
      changes: [
        { status: 'M', path: 'services/api/quota.ts', oldBlob: blob('q0'), newBlob: blob('q1') },
        { status: 'R', score: 90, oldPath: 'notes/draft.md', path: 'docs/quota.md', oldBlob: blob('d0'), newBlob: blob('d1') },
        { status: 'A', path: 'docs/logo.png', newBlob: blob('png') },
        { status: 'A', path: 'docs/link.md', newBlob: blob('link'), newMode: '120000' },
      ],
    });
    const f = commitFacts(h.commits[0] ?? ({} as never), new FactInterner(), new Set());
    expect(f.type).toBe('feat');
    expect(f.areas).toEqual(['docs', 'notes', 'services/api']);
    expect(f.trailers?.map((t) => t.key)).toEqual(['reviewed-by']);
    expect(f.docs).toEqual([{ status: 'R', path: 'docs/quota.md', oldPath: 'notes/draft.md', oldBlob: blob('d0'), newBlob: blob('d1') }]);
    expect(f.subject).toBe('feat(api)!: quotas');
  });

  it('drops the subject of a commit no item could ever be titled after', () => {
    const h = new HistoryBuilder();
    h.commit('y', BOB, 'chore: tidy');
    expect(commitFacts(h.commits[0] ?? ({} as never), new FactInterner(), new Set()).subject).toBeUndefined();
  });

  it('knows documents, areas and conventional types', () => {
    expect(['README.md', 'docs/a.rst', 'x/kep.yaml', 'notes.TXT'].map(isDocumentFile)).toEqual([true, true, true, true]);
    expect(['src/a.ts', 'docs/logo.png', 'Makefile'].map(isDocumentFile)).toEqual([false, false, false]);
    expect(['README.md', 'src/a.ts', 'packages/core/src/x.ts', 'services/x'].map(areaOf)).toEqual(['.', 'src', 'packages/core', 'services']);
    // One rule everywhere: only packages/, services/ and apps/ group by package.
    expect(['apps/web/page.tsx', 'services/billing/main.go', 'libs/util/a.ts', 'cmd/tool/main.go', 'plugins/x/y.c', 'modules/m/a.js'].map(areaOf)).toEqual([
      'apps/web',
      'services/billing',
      'libs',
      'cmd',
      'plugins',
      'modules',
    ]);
    expect(['fix(x): y', 'Feat: y', 'tests: y', 'wip: y', 'Merge branch x'].map(conventionalType)).toEqual(['fix', 'feat', 'test', undefined, undefined]);
  });

  it('orders commits parents first even when dates are skewed', () => {
    const c = (sha: string, parents: string[]) => ({ sha, parents });
    // git printed a child after its parent (clock skew): p, then its children a and m.
    const printed = [c('m', ['a', 'b']), c('p', []), c('a', ['p']), c('b', ['p'])];
    expect(oldestFirst(printed).map((x) => x.sha)).toEqual(['p', 'b', 'a', 'm']);
  });
});

describe('fact codec', () => {
  it('round-trips a segment exactly, sharing authors across segments', () => {
    const h = new HistoryBuilder();
    h.commit('a', ANA, 'feat: one', { body: 'Reviewed-by: Bob <b@x>\n' });
    h.commit('b', BOB, 'Merge pull request #3 from ana/x', { body: 'Title\n', changes: [], parents: [h.commits[0]?.sha ?? '', h.commits[0]?.sha ?? ''] });
    h.commit('c', ANA, 'docs: guide', { changes: [{ status: 'A', path: 'docs/guide é.md', newBlob: blob('g') }] });
    h.commit('d', BOB, 'Add retry budgets (#4)', { committerEmail: 'noreply@github.com' });
    const people = new FactInterner();
    const facts = h.commits.map((c) => commitFacts(c, people, new Set([h.commits[0]?.sha ?? ''])));
    expect(facts.map((f) => f.forgeSquash)).toEqual([undefined, undefined, undefined, true]);
    const withAuthor = facts.map((f) => (f.mergedTip ? { ...f, mergedAuthor: facts[0]?.author } : f));
    const table = new FactInterner();
    const decoded = decode(segmentText(withAuthor), table);
    expect(decoded).toEqual(withAuthor);
    const again = decode(segmentText(withAuthor), table);
    expect(again[0]?.author).toBe(decoded[0]?.author);
  });

  it('builds the same segment from commits added newest first and reversed', () => {
    const h = new HistoryBuilder();
    h.commit('a', ANA, 'feat: one', { body: 'Reviewed-by: Bob <b@x>\n' });
    h.commit('b', BOB, 'chore: two');
    h.commit('c', ANA, 'docs: guide', { changes: [{ status: 'A', path: 'docs/guide.md', newBlob: blob('g') }] });
    const people = new FactInterner();
    const facts = h.commits.map((c) => commitFacts(c, people, new Set()));
    const t = new CommitTable();
    for (const f of [...facts].reverse()) t.add(f);
    expect(decode(segmentText(new TableView(t, 'reversed')), new FactInterner())).toEqual(facts);
  });

  it('throws on a damaged segment instead of trusting it', () => {
    const good = JSON.parse(segmentText([])) as Record<string, unknown>;
    expect(() => decode(JSON.stringify({ ...good, v: 1 }), new FactInterner())).toThrow();
    expect(() => decode(JSON.stringify({ ...good, count: 1 }), new FactInterner())).toThrow();
    expect(() => decode('null', new FactInterner())).toThrow();
    // Sparse columns are written in commit order; out of order, values would land on other commits.
    const three = JSON.parse(segmentText(richFacts())) as { subjectAt: number[]; subjects: string[] };
    expect(three.subjectAt.length).toBeGreaterThan(1);
    expect(() => decode(JSON.stringify({ ...three, subjectAt: [...three.subjectAt].reverse() }), new FactInterner())).toThrow(/bad subject index/);
  });

  it('round-trips blob facts', () => {
    const facts = {
      headers: new Map([
        [blob('x'), { authors: ['Ana'], declaredIn: '`Author:` line', title: 'T', lines: 3 }],
        [blob('y'), { authors: ['Ana'], declaredIn: '`Author:` line', number: 'PEP 8', helpers: [{ phrase: 'thanks to', name: 'Bob' }], lines: 9 }],
        [blob('z'), { authors: [], helpers: [{ phrase: 'with input from', name: 'Erin' }], lines: 1 }],
      ]),
      addedLines: new Map([
        ['a..b', 7],
        ['b..c', 0],
      ]),
    };
    expect(decodeBlobFacts(JSON.parse([...blobFactsJson(facts)].join('')))).toEqual(facts);
    const none = { headers: new Map(), addedLines: new Map() };
    expect(decodeBlobFacts(JSON.parse([...blobFactsJson(none)].join('')))).toEqual(none);
  });
});

describe('addedLines', () => {
  it('counts added or rewritten non-blank lines, ignoring moves and whitespace churn', () => {
    expect(addedLines('a\nb\nc\n', 'a\nb\nc\nd\n')).toBe(1);
    expect(addedLines('a\nb\n', 'b\na\n')).toBe(0);
    expect(addedLines('a\n', '  a\n\n\n')).toBe(0);
    expect(addedLines('teh end\n', 'the end\n')).toBe(1);
    expect(addedLines(undefined, 'x\ny\n')).toBe(2);
  });
});

function segmentText(commits: Iterable<CommitFacts>): string {
  return [...segmentJson(commits)].join('');
}

function decode(text: string, people: FactInterner, onlyDocuments = false): CommitFacts[] {
  const out: CommitFacts[] = [];
  decodeSegment(JSON.parse(text), people, (f) => out.push(f), onlyDocuments);
  return out;
}

/** Facts with several subjects (trailers and a merge). */
function richFacts(): CommitFacts[] {
  const h = new HistoryBuilder();
  h.commit('a', ANA, 'feat: one', { body: 'Reviewed-by: Bob <b@x>\n' });
  h.commit('b', BOB, 'feat: two', { body: 'Reviewed-by: Ana <ana@work.example>\n' });
  h.commit('m', BOB, 'Merge pull request #3 from ana/x', { body: 'Title\n', changes: [], parents: [h.commits[1]?.sha ?? '', h.commits[0]?.sha ?? ''] });
  const people = new FactInterner();
  return h.commits.map((c) => commitFacts(c, people, new Set()));
}
