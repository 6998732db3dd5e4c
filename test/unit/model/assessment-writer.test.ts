import { describe, expect, it } from 'vitest';
import { assessmentInsertion, type AssessmentInsertion, type NewAssessment } from '../../../src/core/model/assessment-writer';
import { parseAssessments } from '../../../src/core/model/assessments-parser';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { fixtureText } from './fixture-text';

const FILE = 'growth/assessments.yml';
const NEW: NewAssessment = {
  date: '2026-07-01',
  by: 'manager',
  ratings: { 'technical-scope': 3, mentoring: 3, visibility: 2 },
  note: 'Led the API standardisation: cross-team work is visible now.',
};

/** Applies an insertion and proves the old text survives byte for byte around the new one. */
function applied(old: string, result: AssessmentInsertion): string {
  if (result.kind !== 'insert') throw new Error(`expected an insert, got ${JSON.stringify(result)}`);
  const text = old.slice(0, result.offset) + result.text + old.slice(result.offset);
  expect(text.slice(0, result.offset)).toBe(old.slice(0, result.offset));
  expect(text.slice(result.offset + result.text.length)).toBe(old.slice(result.offset));
  return text;
}

function parsed(text: string) {
  const result = parseAssessments(text, FILE, DEFAULT_FRAMEWORK);
  expect(result.problems).toEqual([]);
  return result.value;
}

describe('assessmentInsertion', () => {
  it('adds the item at the end of the list, before the comment and goals that follow it', () => {
    const old = fixtureText('assessments-realistic.yml');
    const result = assessmentInsertion(old, NEW, FILE);
    const text = applied(old, result);
    expect(result).toMatchObject({ kind: 'insert', offset: old.indexOf('\n# Goals agreed') });
    expect(result.kind === 'insert' && result.text).toBe(
      [
        '',
        '  - date: 2026-07-01',
        '    by: manager',
        '    ratings:',
        '      technical-scope: 3',
        '      mentoring: 3',
        '      visibility: 2',
        '    note: "Led the API standardisation: cross-team work is visible now."',
        '',
      ].join('\n'),
    );
    const value = parsed(text);
    expect(value.assessments.map((a) => a.date)).toEqual(['2026-01-15', '2026-01-20', '2026-07-01']);
    expect(value.assessments[2]).toMatchObject({ by: 'manager', ratings: NEW.ratings, note: NEW.note, line: 24 });
    expect(value.goals).toEqual(parsed(old).goals.map((g) => ({ ...g, line: g.line + 8 })));
  });

  it('keeps CRLF line endings when the file uses them', () => {
    const old = fixtureText('assessments-realistic.yml').replace(/\n/g, '\r\n');
    const result = assessmentInsertion(old, NEW, FILE);
    const text = applied(old, result);
    expect(result.kind === 'insert' && result.text.split('\r\n')).toHaveLength(9);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parsed(text).assessments).toHaveLength(3);
  });

  it('creates a missing file with a short header and the first item', () => {
    const result = assessmentInsertion(undefined, NEW, FILE);
    expect(result.kind).toBe('create');
    const text = result.kind === 'create' ? result.text : '';
    expect(text.startsWith('# Self and manager assessments')).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeLessThanOrEqual(10);
    expect(parsed(text).assessments).toEqual([{ ...NEW, line: 13 }]);
  });

  it('appends an `assessments:` key when the file only has goals', () => {
    const old = 'goals:\n  - criterion: mentoring\n    goal: Mentor four engineers\n';
    const text = applied(old, assessmentInsertion(old, NEW, FILE));
    expect(text).toBe(`${old}\nassessments:\n  - date: 2026-07-01\n${text.split('  - date: 2026-07-01\n')[1]}`);
    const value = parsed(text);
    expect(value.assessments).toHaveLength(1);
    expect(value.goals).toHaveLength(1);
  });

  it('appends the key to an empty or comment-only file, even without a final line break', () => {
    for (const old of ['', '# ratings go here', '# ratings go here\n']) {
      const text = applied(old, assessmentInsertion(old, NEW, FILE));
      expect(parsed(text).assessments).toHaveLength(1);
    }
  });

  it('fills an `assessments:` key that has no items yet, keeping its comment', () => {
    const old = 'assessments: # none yet\ngoals:\n  - criterion: visibility\n    goal: Give a talk\n';
    const text = applied(old, assessmentInsertion(old, NEW, FILE));
    expect(text.startsWith('assessments: # none yet\n  - date: 2026-07-01\n')).toBe(true);
    expect(parsed(text).goals).toHaveLength(1);
  });

  it('matches a list written at the same indentation as its key, with no final line break', () => {
    const old = 'assessments:\n- date: 2026-01-15\n  by: self\n  ratings: {mentoring: 2}';
    const text = applied(old, assessmentInsertion(old, { date: '2026-02-01', by: 'self', ratings: { mentoring: 3 } }, FILE));
    expect(text).toBe(`${old}\n- date: 2026-02-01\n  by: self\n  ratings:\n    mentoring: 3`);
    expect(parsed(text).assessments.map((a) => a.ratings.mentoring)).toEqual([2, 3]);
  });

  it('writes a multi-line note as a block that reads back the same', () => {
    const old = fixtureText('assessments-realistic.yml');
    const note = 'Calibrated with the staff panel.\n\nNext: lead a cross-team RFC # not a comment';
    const text = applied(old, assessmentInsertion(old, { ...NEW, note }, FILE));
    expect(parsed(text).assessments[2]?.note).toBe(note);
  });

  it('refuses a flow-style list and says how to fix it', () => {
    const result = assessmentInsertion('# ratings\nassessments: []\n', NEW, FILE);
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.message).toMatch(/growth\/assessments\.yml:2 is written inline as `\[…\]`.*one `- date: …` item per line/);
  });

  it('refuses broken YAML, a top-level list and a non-list `assessments`, naming the place', () => {
    const broken = assessmentInsertion('assessments:\n  - date: 2026-01-01\n   by: self\n', NEW, FILE);
    expect(broken.kind === 'error' && broken.message).toMatch(/^growth\/assessments\.yml cannot be read \(line \d+: YAML: .*\); fix it/);
    expect(assessmentInsertion('- date: 2026-01-01\n', NEW, FILE)).toMatchObject({ kind: 'error', message: expect.stringContaining('holds a list') });
    expect(assessmentInsertion('assessments:\n  self: 3\n', NEW, FILE)).toMatchObject({ kind: 'error', message: expect.stringContaining(':2 must be a list') });
    expect(assessmentInsertion('assessments: ~\n', NEW, FILE)).toMatchObject({ kind: 'error', message: expect.stringContaining('is set to `~`') });
  });

  it('refuses an assessment that could not be read back', () => {
    expect(assessmentInsertion(undefined, { ...NEW, date: '2026-02-30' }, FILE)).toMatchObject({ kind: 'error' });
    expect(assessmentInsertion(undefined, { ...NEW, ratings: {} }, FILE)).toMatchObject({ kind: 'error' });
  });
});
