import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTwoNote } from '../../../src/core/notes/two-note-parser';
import { openNextSteps, type NoteAtFile } from '../../../src/core/notes/next-steps';
import { noteEvidence } from '../../../src/core/ledger/ledger-evidence';

const load = (name: string): NoteAtFile => {
  const file = `growth/notes/${name}`;
  return { file, note: parseTwoNote(readFileSync(join(__dirname, '../../fixtures/notes', name), 'utf8'), file).value };
};

const retry = load('2026-11-20-payments-retry-budget.md');
const envelope = load('2026-11-12-api-error-envelope.md');
const brownBag = load('2026-11-26-brown-bag-followups.md');

describe('openNextSteps', () => {
  it('lists the unchecked steps of open notes with file and line, oldest note first', () => {
    const steps = openNextSteps([brownBag, retry, envelope]);
    expect(steps.map((s) => [s.file.split('/').pop(), s.line, s.half])).toEqual([
      ['2026-11-20-payments-retry-budget.md', 26, 'futureMe'],
      ['2026-11-20-payments-retry-budget.md', 27, 'futureMe'],
      ['2026-11-20-payments-retry-budget.md', 45, 'teammate'],
      ['2026-11-20-payments-retry-budget.md', 47, 'teammate'],
      ['2026-11-26-brown-bag-followups.md', 16, 'futureMe'],
      ['2026-11-26-brown-bag-followups.md', 17, 'futureMe'],
    ]);
    expect(steps[0]).toEqual({
      text: 'Dashboard panel for budget exhaustion',
      file: retry.file,
      line: 26,
      task: 'Retry budget for payment webhooks',
      date: '2026-11-20',
      half: 'futureMe',
    });
  });

  it('leaves out notes marked done unless asked to include them', () => {
    expect(openNextSteps([envelope])).toEqual([]);
    expect(openNextSteps([envelope], { includeDone: true }).map((s) => s.text)).toEqual(['Port notifications (their team owns it now)']);
  });
});

describe('noteEvidence', () => {
  it('makes one item per note that opens the file and maps to its criteria', () => {
    expect(noteEvidence(retry.note, retry.file)).toEqual({
      id: 'note:growth/notes/2026-11-20-payments-retry-budget.md',
      source: 'note',
      kind: 'two-note',
      title: 'Retry budget for payment webhooks',
      date: '2026-11-20',
      path: retry.file,
      line: 1,
      criteria: ['architecture', 'communication'],
      reasons: [
        'two-note for "Retry budget for payment webhooks" (open)',
        'two-note lists criterion architecture in its front matter',
        'two-note lists criterion communication in its front matter',
        'its teammate half explains intent or tradeoffs',
      ],
      tags: ['open'],
    });
  });

  it('does not claim a teammate half that was never written', () => {
    expect(noteEvidence(brownBag.note, brownBag.file).reasons).not.toContain('its teammate half explains intent or tradeoffs');
  });
});
