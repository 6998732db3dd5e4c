import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../../src/core/ledger/ledger-parser';
import { vocab } from './vocabulary';

const fixtures = join(__dirname, '../../fixtures/ledger');
const november = readFileSync(join(fixtures, '2026-11.md'), 'utf8');
const october = readFileSync(join(fixtures, '2026-10-with-problems.md'), 'utf8');
const NOV = 'growth/ledger/2026-11.md';
const OCT = 'growth/ledger/2026-10.md';

describe('parseLedger on a month a person wrote', () => {
  const { value: entries, problems } = parseLedger(november, NOV, vocab);

  it('reads every entry and skips the title and intro before the first one', () => {
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.date, e.line])).toEqual([
      ['2026-11-03', 6],
      ['2026-11-06', 18],
      ['2026-11-10', 28],
      ['2026-11-14', 39],
      ['2026-11-18', 55],
      ['2026-11-20', 62],
      ['2026-11-25', 75],
    ]);
    expect(entries[0]?.title).toBe('Told Jonas his review comments were landing as dismissive');
  });

  it('sets the kind from the first kind tag, maps criteria tags, and keeps unknown tags as free tags', () => {
    const [conversation, adr, pairing, talk, , incident, mentoring] = entries;
    expect(conversation).toMatchObject({ kind: 'conversation', criteria: ['communication'], tags: ['feedback-given'] });
    expect(adr).toMatchObject({ kind: 'adr', criteria: ['architecture', 'communication'], tags: ['cross-team'] });
    expect(pairing).toMatchObject({ kind: 'pairing', criteria: ['mentoring'], tags: [] });
    expect(talk).toMatchObject({ kind: 'talk', criteria: ['visibility', 'communication'], tags: ['q4-planning'] });
    expect(incident).toMatchObject({ kind: 'incident', criteria: ['leadership', 'communication'], tags: ['on-call'] });
    // #mentoring is a kind and a criterion; the later #incident is a kind tag that becomes a free tag.
    expect(mentoring).toMatchObject({ kind: 'mentoring', criteria: ['mentoring', 'technical-scope'], tags: ['incident'] });
  });

  it('reads an entry with no tag line as kind "other", its first line staying in the body', () => {
    const untagged = entries[4];
    expect(untagged).toMatchObject({ title: 'Wrote down how we deploy on Fridays', kind: 'other', criteria: [], tags: [] });
    expect(untagged?.body.startsWith('No tags yet, I was in a hurry.')).toBe(true);
  });

  it('does not read a line with a # in prose as tags', () => {
    expect(entries[6]?.body).toContain('#1 topic for next time');
  });

  it('keeps `## ` lines inside a code fence in the body instead of starting an entry', () => {
    const talk = entries[3];
    expect(talk?.body).toContain('## retry budget per route (a YAML comment, not a heading)');
    expect(talk?.body.endsWith('```')).toBe(true);
    expect(talk?.endLine).toBe(53);
  });

  it('collects link, commit and file lines and relative Markdown links, and leaves them out of the body', () => {
    const [conversation, adr, pairing, , , incident] = entries;
    expect(conversation?.links).toEqual([{ type: 'link', target: 'docs/team/review-guidelines.md' }]);
    expect(adr?.links).toEqual([
      { type: 'link', target: 'docs/adr/0014-idempotency-keys-at-the-edge.md' },
      { type: 'commit', target: '3f2a9c1' },
    ]);
    expect(pairing?.links).toEqual([
      { type: 'link', target: 'growth/notes/2026-11-10-settlement-test-clock.md' },
      { type: 'file', target: 'services/settlement/test/settlement.spec.ts', line: 88 },
    ]);
    expect(incident?.links).toContainEqual({ type: 'commit', target: '9b81e0d4c2' });
    expect(adr?.body).not.toContain('- link:');
    expect(adr?.body).not.toContain('- commit:');
    expect(pairing?.body).toContain('Still have to follow up');
  });

  it('gives each entry its last non-blank line, including text written after the links', () => {
    expect(entries[5]?.endLine).toBe(73);
    expect(entries[5]?.body.endsWith('name a scribe in the first five minutes.')).toBe(true);
    expect(entries[6]?.endLine).toBe(79);
  });
});

describe('parseLedger on a month with mistakes', () => {
  const { value: entries, problems } = parseLedger(october, OCT, vocab);
  const at = (line: number) => problems.filter((p) => p.line === line);

  it('reports each problem at its line and still loads the other entries', () => {
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [3, 'warning'],
      [11, 'error'],
      [15, 'warning'],
      [21, 'warning'],
      [23, 'warning'],
      [27, 'warning'],
      [31, 'warning'],
      [38, 'warning'],
    ]);
    expect(entries.map((e) => e.date)).toEqual(['2026-10-02', '2026-10-14', '2026-10-14', '2026-09-30', '2026-10-21', '2026-10-28']);
  });

  it('explains a heading that is not an entry', () => {
    expect(at(3)[0]?.message).toBe('heading is not a ledger entry: start it with a date, e.g. `## 2026-11-20 …`');
    expect(at(15)[0]?.message).toContain('start it with a date');
  });

  it('refuses an impossible date without letting its text leak into the entry before', () => {
    expect(at(11)[0]?.message).toContain('2026-02-30 is not a real date');
    expect(entries[0]?.body).not.toContain('on-call');
    expect(entries[0]?.endLine).toBe(9);
  });

  it('warns about an entry outside the file month, a repeated entry, a bad commit and a missing title', () => {
    expect(at(27)[0]?.message).toContain('2026-09-30');
    expect(at(23)[0]?.message).toContain('line 19');
    expect(at(21)[0]?.message).toContain('not-a-sha');
    expect(at(31)[0]?.message).toContain('no title');
    expect(entries[4]).toMatchObject({ title: '', kind: 'learning' });
  });

  it('warns that a fence never closed hides the entries after it', () => {
    expect(at(38)[0]?.message).toContain('never closed');
    expect(entries.some((e) => e.title.includes('swallowed'))).toBe(false);
  });

  it('accepts a BOM and CRLF line ends exactly as LF', () => {
    const crlf = `\uFEFF${november.replace(/\n/g, '\r\n')}`;
    expect(parseLedger(crlf, NOV, vocab)).toEqual(parseLedger(november, NOV, vocab));
    expect(parseLedger(october.replace(/\n/g, '\r\n'), OCT, vocab)).toEqual(parseLedger(october, OCT, vocab));
  });
});

describe('parseLedger edge cases', () => {
  it('accepts a separator between the date and the title, and a closing # sequence', () => {
    const { value } = parseLedger('## 2026-11-20 — Ran the retro ##\n#incident\n', NOV, vocab);
    expect(value[0]).toMatchObject({ title: 'Ran the retro', kind: 'incident' });
  });

  it('resolves Markdown links from the ledger folder, keeps a GitHub line anchor, and skips web links, anchors and images', () => {
    const text = [
      '## 2026-11-02 Links',
      '#doc',
      'See [the ADR](/docs/adr/0014.md#decision), [code](../../services/pay/retry.ts#L42), [up too far](../../../x.md),',
      '[web](https://example.com/a.md), [anchor](#links), ![diagram](../img/flow.png) and `[not](a-link.md)`.',
    ].join('\n');
    expect(parseLedger(text, NOV, vocab).value[0]?.links).toEqual([
      { type: 'link', target: 'docs/adr/0014.md' },
      { type: 'link', target: 'services/pay/retry.ts', line: 42 },
      { type: 'link', target: '../../../x.md' },
    ]);
  });

  it('ends an entry at a level-1 heading and ignores level-3 headings', () => {
    const text = '## 2026-11-02 One\n#doc\n### Details\nkept\n# Appendix\nnot part of the entry\n';
    const { value, problems } = parseLedger(text, NOV, vocab);
    expect(problems).toEqual([]);
    expect(value[0]?.body).toBe('### Details\nkept');
    expect(value[0]?.endLine).toBe(4);
  });

  it('ignores `## ` lines in HTML comments and tilde fences', () => {
    const text = '<!--\n## template\n-->\n## 2026-11-02 One\n~~~\n## not a heading\n~~~\n';
    const { value, problems } = parseLedger(text, NOV, vocab);
    expect(problems).toEqual([]);
    expect(value).toHaveLength(1);
    expect(value[0]?.body).toBe('~~~\n## not a heading\n~~~');
  });

  it('reads an empty file and a header-only file as no entries and no problems', () => {
    expect(parseLedger('', NOV, vocab)).toEqual({ value: [], problems: [] });
    expect(parseLedger('# Learning ledger — November 2026\n', NOV, vocab)).toEqual({ value: [], problems: [] });
  });

  it('parses 10,000 entries in linear time', () => {
    const entry = (i: number) =>
      `## 2026-11-${String((i % 28) + 1).padStart(2, '0')} Entry ${i}\n#review #mentoring #tag-${i % 7}\n\nReviewed [the doc](docs/d${i}.md) with care.\n- commit: ${(i + 4096).toString(16)}\n\n`;
    const small = Array.from({ length: 2_500 }, (_, i) => entry(i)).join('');
    const large = Array.from({ length: 10_000 }, (_, i) => entry(i)).join('');
    const time = (text: string) => {
      const start = performance.now();
      const parsed = parseLedger(text, NOV, vocab);
      return { ms: performance.now() - start, parsed };
    };
    time(small);
    const a = time(small);
    const b = time(large);
    expect(b.parsed.value).toHaveLength(10_000);
    expect(b.parsed.problems).toEqual([]);
    expect(b.ms).toBeLessThan(2_000);
    // Four times the input must not cost sixteen times the time (quadratic); allow generous noise.
    expect(b.ms).toBeLessThan(Math.max(a.ms, 5) * 10);
  });
});
