import { describe, expect, it } from 'vitest';
import { renderTwoNote, slugify, taskFromBranch, yamlScalar } from '../../../src/core/notes/two-note-writer';
import { parseTwoNote } from '../../../src/core/notes/two-note-parser';

const FILE = 'growth/notes/2026-11-20-retry-budget.md';

describe('renderTwoNote', () => {
  const note = { task: 'Retry budget for payment webhooks', date: '2026-11-20', branch: 'feat/PAY-123-retry-budget', criteria: ['architecture', 'communication'] };
  const rendered = renderTwoNote(note);
  const lines = rendered.text.split('\n');

  it('writes front matter, the task as title, and both halves with Intent, Tradeoffs and a Next steps checklist', () => {
    expect(lines.slice(0, 10)).toEqual([
      '---',
      'task: Retry budget for payment webhooks',
      'date: 2026-11-20',
      'branch: feat/PAY-123-retry-budget',
      'criteria: [architecture, communication]',
      'status: open',
      '---',
      '',
      '# Retry budget for payment webhooks',
      '',
    ]);
    for (const heading of ['## For future me', '## For a teammate']) expect(lines).toContain(heading);
    expect(lines.filter((l) => l === '**Intent**')).toHaveLength(2);
    expect(lines.filter((l) => l === '**Tradeoffs**')).toHaveLength(2);
    expect(lines.filter((l) => l === '**Next steps**')).toHaveLength(2);
    expect(lines.filter((l) => l === '- [ ] ')).toHaveLength(2);
  });

  it('puts the cursor on the empty line under the first Intent', () => {
    const { line, character } = rendered.cursor;
    expect(character).toBe(0);
    expect(lines[line]).toBe('');
    expect(lines[line - 1]).toBe('**Intent**');
    expect(lines.indexOf('## For future me')).toBeLessThan(line);
    expect(lines.indexOf('## For a teammate')).toBeGreaterThan(line);
  });

  it('reads back as an open note with empty halves and no problems', () => {
    const parsed = parseTwoNote(rendered.text, FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({
      ...note,
      status: 'open',
      futureMe: { intent: '', tradeoffs: '', nextSteps: [] },
      teammate: { intent: '', tradeoffs: '', nextSteps: [] },
    });
  });

  it('leaves out the branch when there is none and writes an empty criteria list', () => {
    const text = renderTwoNote({ task: 'Onboarding doc', date: '2026-11-21', criteria: [] }).text;
    expect(text).not.toContain('branch:');
    expect(text).toContain('criteria: []');
    expect(parseTwoNote(text, FILE).value).not.toHaveProperty('branch');
  });

  it.each([
    'fix: "x" #1',
    'yes',
    'null',
    '1.5',
    '0x1F',
    '2026',
    '- starts like a list',
    '[not] a list',
    '{ not: a map }',
    '@mention and `code`',
    '50% of the retries: gone',
    'back\\slash',
    "Réviser l'API de paiement",
    '*bold* & >folded | piped',
    '!tag ~ null',
    'emoji 🚀 rollout',
  ])('quotes the task %j so it round-trips', (task) => {
    const parsed = parseTwoNote(renderTwoNote({ task, date: '2026-11-20', branch: `fix/${task}`, criteria: ['code-quality', 'Odd, id'] }).text, FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.task).toBe(task);
    expect(parsed.value.branch).toBe(`fix/${task}`);
    expect(parsed.value.criteria).toEqual(['code-quality', 'Odd, id']);
  });

  it('collapses a multi-line task to one line', () => {
    expect(parseTwoNote(renderTwoNote({ task: 'Retry\n  budget ', date: '2026-11-20', criteria: [] }).text, FILE).value.task).toBe('Retry budget');
  });

  it('writes plain YAML only where nothing can misread it', () => {
    expect(yamlScalar('Retry budget (phase 2), part 1/3')).toBe('Retry budget (phase 2), part 1/3');
    expect(yamlScalar('fix: "x" #1')).toBe('"fix: \\"x\\" #1"');
    expect(yamlScalar('true')).toBe('"true"');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => renderTwoNote({ task: 'x', date: '2026-11-31', criteria: [] })).toThrow(/not a date/);
  });
});

describe('slugify', () => {
  it.each([
    ['Retry budget for payment webhooks', 'retry-budget-for-payment-webhooks'],
    ["Réviser l'API de paiement", 'reviser-l-api-de-paiement'],
    ['Straße, Œuvre & Ørsted', 'strasse-oeuvre-orsted'],
    ['fix: "x" #1', 'fix-x-1'],
    ['  --Already-Kebab--  ', 'already-kebab'],
    ['', 'note'],
    ['!!!', 'note'],
    ['日本語のメモ', 'note'],
  ])('%j → %j', (task, slug) => {
    expect(slugify(task)).toBe(slug);
  });

  it('cuts a long task at a word boundary near 48 characters', () => {
    const slug = slugify('Coordinate the cross-team API standardization initiative across five teams and twenty services');
    expect(slug).toBe('coordinate-the-cross-team-api-standardization');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(48));
  });
});

describe('taskFromBranch', () => {
  it.each([
    ['feat/PAY-123-retry-budget', 'PAY-123 retry budget'],
    ['pay-123_retry_budget', 'PAY-123 retry budget'],
    ['users/alex/api-error-envelope', 'api error envelope'],
    ['fix-42-login-redirect', 'fix 42 login redirect'],
    ['hotfix/webhook.timeout', 'webhook timeout'],
  ])('%j → %j', (branch, task) => {
    expect(taskFromBranch(branch)).toBe(task);
  });

  it.each(['main', 'master', 'MAIN', 'HEAD', '(HEAD detached at 3f2a9c1)', '3f2a9c1d', '', undefined])('%j has no task', (branch) => {
    expect(taskFromBranch(branch)).toBeUndefined();
  });
});
