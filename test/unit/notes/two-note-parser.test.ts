import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTwoNote } from '../../../src/core/notes/two-note-parser';

const fixtures = join(__dirname, '../../fixtures/notes');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const RETRY = 'growth/notes/2026-11-20-payments-retry-budget.md';

describe('parseTwoNote on notes a person wrote', () => {
  it('reads the front matter and both halves, with next steps at their lines', () => {
    const { value, problems } = parseTwoNote(fixture('2026-11-20-payments-retry-budget.md'), RETRY);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      task: 'Retry budget for payment webhooks',
      date: '2026-11-20',
      branch: 'feat/PAY-123-retry-budget',
      criteria: ['architecture', 'communication'],
      status: 'open',
    });
    expect(value.futureMe.intent).toBe(
      'Stop webhook retries from amplifying an outage: during the Nov 20 incident every consumer retried\n5x with no jitter and we tripled the load on a sick database.',
    );
    expect(value.futureMe.tradeoffs.startsWith('A global budget (10% of traffic)')).toBe(true);
    expect(value.futureMe.nextSteps).toEqual([
      { text: 'Budget middleware behind a flag', done: true, line: 25 },
      { text: 'Dashboard panel for budget exhaustion', done: false, line: 26 },
      { text: 'Remove the flag after two weeks without alerts', done: false, line: 27 },
    ]);
    expect(value.teammate.nextSteps).toEqual([
      { text: 'Tell the mobile team (Sam) before they ship client-side retries', done: false, line: 45 },
      { text: 'Runbook entry in docs/runbooks/retry-budget.md', done: true, line: 46 },
      { text: 'Ask Priya whether notifications need the same budget', done: false, line: 47 },
    ]);
  });

  it('keeps a `## ` line inside a fence as part of the section, and drops prompt comments', () => {
    const { value } = parseTwoNote(fixture('2026-11-20-payments-retry-budget.md'), RETRY);
    expect(value.teammate.tradeoffs).toContain('## Retry budget exhausted');
    expect(value.teammate.tradeoffs.endsWith('```')).toBe(true);
    expect(value.futureMe.intent).not.toContain('<!--');
  });

  it('reads `**Intent**: text` on one line, `### Intent` headings, block-list criteria and a done status', () => {
    const { value, problems } = parseTwoNote(fixture('2026-11-12-api-error-envelope.md'), 'growth/notes/2026-11-12-api-error-envelope.md');
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ task: 'Error envelope: one shape for every API error', status: 'done', criteria: ['technical-scope', 'collaboration'] });
    expect(value.futureMe.intent).toBe('five services, five error shapes. Clients had a parser per service.');
    expect(value.futureMe.tradeoffs).toBe('kept `message` for humans next to a stable `code` for machines, at the cost of\na bigger payload.');
    expect(value.teammate.intent).toBe('Every error response is `{code, message, details?, traceId}`. Do not invent a new shape.');
    expect(value.teammate.nextSteps).toEqual([{ text: 'Example responses in docs/api/errors.md', done: true, line: 33 }]);
  });

  it('reports a bad date, an odd criterion, an unknown status and a missing half at their lines, and still loads', () => {
    const file = 'growth/notes/2026-11-26-brown-bag-followups.md';
    const { value, problems } = parseTwoNote(fixture('2026-11-26-brown-bag-followups.md'), file);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [3, 'error'],
      [4, 'warning'],
      [5, 'error'],
      [8, 'warning'],
    ]);
    expect(problems[0]?.message).toContain('2026-11-31');
    expect(problems[2]?.message).toContain('"wip"');
    expect(problems[3]?.message).toContain('## For a teammate');
    expect(value).toMatchObject({ date: '2026-11-26', status: 'open', criteria: ['visibility'] });
    expect(value.futureMe.nextSteps.map((s) => s.text)).toEqual([
      'Client-side retries in the mobile app: ask Sam',
      'Budget per tenant? Write it up as an RFC if two teams ask',
    ]);
    expect(value.teammate).toEqual({ intent: '', tradeoffs: '', nextSteps: [] });
  });

  it('reads CRLF and a BOM exactly as LF', () => {
    const lf = fixture('2026-11-20-payments-retry-budget.md');
    expect(parseTwoNote(`\uFEFF${lf.replace(/\n/g, '\r\n')}`, RETRY)).toEqual(parseTwoNote(lf, RETRY));
  });

  it('reports missing status and front matter, falling back to the title and the file-name date', () => {
    const noStatus = parseTwoNote('---\ntask: Pairing notes\ndate: 2026-11-20\n---\n# Pairing notes\n## For future me\n## For a teammate\n', RETRY);
    expect(noStatus.problems.map((p) => p.message)).toEqual([expect.stringContaining('no `status:`')]);
    expect(noStatus.value.status).toBe('open');
    const bare = parseTwoNote('# Pairing with Lea\n\n## For future me\n\n## For a teammate\n', RETRY);
    expect(bare.value).toMatchObject({ task: 'Pairing with Lea', date: '2026-11-20', status: 'open' });
    expect(bare.problems).toHaveLength(1);
    expect(bare.problems[0]).toMatchObject({ line: 1, severity: 'warning' });
  });

  it('reports broken YAML at its line and still reads the sections', () => {
    const { value, problems } = parseTwoNote('---\ntask: [unclosed\ndate: 2026-11-20\n---\n# Task\n## For future me\n**Intent**\nkept\n## For a teammate\n', RETRY);
    expect(problems.some((p) => p.severity === 'error' && p.message.startsWith('YAML'))).toBe(true);
    expect(value.futureMe.intent).toBe('kept');
  });
});

describe('parseTwoNote on executable front matter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'two-note-js-'));
  const marker = join(dir, 'marker');
  const payload = (language: string) => fixture('executable-front-matter.md').replace('---js', `---${language}`).replace('__MARKER__', JSON.stringify(marker));

  afterEach(() => rmSync(marker, { force: true }));

  it('has a payload that really writes the marker when evaluated (so the next test can fail)', () => {
    const source = payload('js').split('\n---\n')[0]?.replace(/^---js\n/, '') ?? '';
    const evaluate = new Function('require', `return (${source});`) as (req: NodeJS.Require) => { task: string };
    expect(evaluate(createRequire(import.meta.url)).task).toBe('Harmless-looking note');
    expect(existsSync(marker)).toBe(true);
  });

  it.each(['js', 'javascript', 'JS'])('refuses ---%s without running it and leaves no marker file', (language) => {
    const { value, problems } = parseTwoNote(payload(language), 'growth/notes/2026-11-21-harmless.md');
    expect(existsSync(marker)).toBe(false);
    expect(problems[0]).toMatchObject({ line: 1, severity: 'error' });
    expect(problems[0]?.message).toContain('was not run');
    expect(value).toMatchObject({ task: 'Harmless-looking note', date: '2026-11-21', status: 'open' });
    expect(value.futureMe.intent).toBe('Looks like any other note.');
  });
});
