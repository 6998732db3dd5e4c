import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlock, ledgerAppend, ledgerHeader, renderEntry, type NewLedgerEntry } from '../../../src/core/ledger/ledger-writer';
import { parseLedger } from '../../../src/core/ledger/ledger-parser';
import { vocab } from './vocabulary';

const NOV = 'growth/ledger/2026-11.md';
const november = readFileSync(join(__dirname, '../../fixtures/ledger/2026-11.md'), 'utf8');

const incident: NewLedgerEntry = {
  date: '2026-11-27',
  title: 'Ran the webhook retry-budget rollout review',
  kind: 'review',
  criteria: ['architecture', 'mentoring'],
  tags: ['q4-planning'],
  body: 'Walked Lea through the rollout plan; she asked the right question about mobile retries.',
  links: [
    { type: 'link', target: 'docs/rollouts/retry-budget.md' },
    { type: 'commit', target: '3f2a9c1' },
    { type: 'file', target: 'services/payments/src/retry-budget.ts', line: 42 },
  ],
};

/** Parses a file and returns its last entry. */
const lastEntry = (text: string) => {
  const parsed = parseLedger(text, NOV, vocab);
  return { entry: parsed.value[parsed.value.length - 1], parsed };
};

describe('renderEntry', () => {
  it('writes the heading, the kind tag first, the body and the link lines', () => {
    expect(renderEntry(incident)).toBe(
      [
        '## 2026-11-27 Ran the webhook retry-budget rollout review',
        '#review #architecture #mentoring #q4-planning',
        '',
        'Walked Lea through the rollout plan; she asked the right question about mobile retries.',
        '',
        '- link: docs/rollouts/retry-budget.md',
        '- commit: 3f2a9c1',
        '- file: services/payments/src/retry-budget.ts:42',
        '',
      ].join('\n'),
    );
  });

  it('round-trips: parsing what it wrote gives back the same fields', () => {
    const { entry, parsed } = lastEntry(renderEntry(incident));
    expect(parsed.problems).toEqual([]);
    expect(entry).toMatchObject({
      date: incident.date,
      title: incident.title,
      kind: incident.kind,
      criteria: incident.criteria,
      tags: incident.tags,
      body: incident.body,
      links: incident.links,
      line: 1,
    });
  });

  it('keeps kind "other" explicit so a criterion that is also a kind does not become the kind', () => {
    const text = renderEntry({ date: '2026-11-27', title: 'Lunch with Priya', kind: 'other', criteria: ['mentoring'] });
    expect(text.split('\n')[1]).toBe('#other #mentoring');
    expect(lastEntry(text).entry).toMatchObject({ kind: 'other', criteria: ['mentoring'], tags: [], body: '', links: [] });
  });

  it('puts the title on one line without heading marks', () => {
    const text = renderEntry({ date: '2026-11-27', title: '## Fixed the\nflaky\r\n  test ##', kind: 'learning', criteria: [] });
    expect(text.split('\n')[0]).toBe('## 2026-11-27 Fixed the flaky test');
    expect(lastEntry(text).entry?.title).toBe('Fixed the flaky test');
  });

  it('demotes level-1 and level-2 headings in the body so it cannot split the entry, but not inside fences', () => {
    const body = '# Summary\nshipped\n  ## Follow-ups\n### stays\n```md\n## inside a fence\n```';
    const text = renderEntry({ date: '2026-11-27', title: 'Doc', kind: 'doc', criteria: [], body });
    expect(text).toContain('\n### Summary\n');
    expect(text).toContain('\n  ### Follow-ups\n');
    expect(text).toContain('\n## inside a fence\n');
    const parsed = parseLedger(text, NOV, vocab);
    expect(parsed.value).toHaveLength(1);
    expect(parsed.problems).toEqual([]);
  });

  it('closes a fence the body left open, so the links and the next entry stay outside it', () => {
    const text = renderEntry({ date: '2026-11-27', title: 'Paste', kind: 'doc', criteria: [], body: '```ts\nconst a = 1;', links: [{ type: 'commit', target: 'abc1234' }] });
    const parsed = parseLedger(`${text}\n${renderEntry(incident)}`, NOV, vocab);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.map((e) => e.title)).toEqual(['Paste', incident.title]);
    expect(parsed.value[0]?.links).toEqual([{ type: 'commit', target: 'abc1234' }]);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => renderEntry({ ...incident, date: '2026-02-30' })).toThrow(/not a date/);
  });
});

describe('codeBlock', () => {
  it('fences code with a fence longer than any backtick run inside it', () => {
    const code = 'const md = `\n```\n## not a heading\n````\n`;';
    const block = codeBlock(code, 'typescript');
    expect(block.startsWith('`````typescript\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
    const { entry, parsed } = lastEntry(renderEntry({ date: '2026-11-27', title: 'Snippet', kind: 'learning', criteria: [], body: block }));
    expect(parsed.value).toHaveLength(1);
    expect(entry?.body).toBe(block);
  });

  it('uses three backticks for plain code and drops unsafe characters from the language id', () => {
    expect(codeBlock('x = 1\n', 'py thon`')).toBe('```python\nx = 1\n```');
  });
});

describe('ledgerAppend', () => {
  const entry = renderEntry(incident);

  it('keeps a hand-written file byte for byte and adds the entry after one blank line', () => {
    const { text, header } = ledgerAppend(november, entry, '2026-11');
    expect(header).toBeUndefined();
    const after = november + text;
    expect(after.startsWith(november)).toBe(true);
    expect(after.slice(november.length)).toBe(`\n${entry}`);
    const parsed = parseLedger(after, NOV, vocab);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toHaveLength(8);
    expect(parsed.value[6]?.body).toContain('#1 topic for next time: back-pressure.');
    expect(parsed.value[7]).toMatchObject({ title: incident.title, line: november.split('\n').length + 1 });
  });

  it('separates entries by exactly one blank line whether the file ends with no newline or one', () => {
    const body = '## 2026-11-02 First\n#doc\ntext';
    expect(body + ledgerAppend(body, entry, '2026-11').text).toBe(`${body}\n\n${entry}`);
    expect(`${body}\n` + ledgerAppend(`${body}\n`, entry, '2026-11').text).toBe(`${body}\n\n${entry}`);
  });

  it('adds no blank line of its own when the file already ends with several', () => {
    const existing = '## 2026-11-02 First\n#doc\ntext\n\n\n';
    expect(ledgerAppend(existing, entry, '2026-11').text).toBe(entry);
    expect(ledgerAppend('## 2026-11-02 First\n\n   \n', entry, '2026-11').text).toBe(entry);
  });

  it('writes CRLF into a CRLF file', () => {
    const crlf = november.replace(/\n/g, '\r\n');
    const { text } = ledgerAppend(crlf, entry, '2026-11');
    expect(text).toBe(`\r\n${entry.replace(/\n/g, '\r\n')}`);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const after = crlf + text;
    expect(after.startsWith(crlf)).toBe(true);
    expect(parseLedger(after, NOV, vocab).value).toHaveLength(8);
  });

  it('closes a fence the file left open, so the new entry is not swallowed', () => {
    const existing = '## 2026-11-02 Notes\n#doc\n````md\n## pasted';
    const { text } = ledgerAppend(existing, entry, '2026-11');
    expect(text).toBe(`\n\`\`\`\`\n\n${entry}`);
    expect(parseLedger(existing + text, NOV, vocab).value.map((e) => e.title)).toEqual(['Notes', incident.title]);
  });

  it('starts a new month file with a title and a one-line hint that parse as no entries', () => {
    const { header, text } = ledgerAppend(undefined, entry, '2026-11');
    expect(header).toBe(ledgerHeader('2026-11'));
    expect(header?.split('\n')[0]).toBe('# Learning ledger — November 2026');
    const file = `${header}${text}`;
    expect(file).toBe(`${header}\n${entry}`);
    expect(parseLedger(file, NOV, vocab)).toMatchObject({ problems: [], value: [{ title: incident.title, line: 5 }] });
  });

  it('gives just the header when there is no entry yet (Set Up creates the month file)', () => {
    const { header, text } = ledgerAppend(undefined, '', '2026-01');
    expect(text).toBe('');
    expect(header?.startsWith('# Learning ledger — January 2026\n')).toBe(true);
    expect(parseLedger(header ?? '', 'growth/ledger/2026-01.md', vocab)).toEqual({ value: [], problems: [] });
  });

  it('puts the entry at the top of an empty file', () => {
    expect(ledgerAppend('', entry, '2026-11').text).toBe(entry);
  });
});
