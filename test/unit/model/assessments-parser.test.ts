import { describe, expect, it } from 'vitest';
import { parseAssessments } from '../../../src/core/model/assessments-parser';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { fixtureText } from './fixture-text';

const FILE = 'growth/assessments.yml';

describe('parseAssessments', () => {
  it('reads self and manager ratings, notes, goals and milestones with their lines', () => {
    const { value, problems } = parseAssessments(fixtureText('assessments-realistic.yml'), FILE, DEFAULT_FRAMEWORK);
    expect(problems).toEqual([]);
    expect(value.assessments).toEqual([
      {
        date: '2026-01-15',
        by: 'self',
        ratings: { 'technical-scope': 3, mentoring: 2, visibility: 2 },
        note: "I think I'm stronger than this on architecture, but I never write it down.",
        line: 5,
      },
      {
        date: '2026-01-20',
        by: 'manager',
        ratings: { 'technical-scope': 2, mentoring: 2, visibility: 1, initiative: 2 },
        note: 'Solid senior. Needs to work across teams and start things unprompted.\nRevisit after the API project.',
        line: 13,
      },
    ]);
    expect(value.goals).toEqual([
      {
        criterion: 'visibility',
        text: 'Give three talks outside the team this year',
        target: 3,
        due: '2026-12-01',
        milestones: [
          { date: '2026-03-10', text: 'Brown bag on distributed tracing', done: true },
          { text: 'Talk at the engineering all-hands', done: false },
        ],
        line: 26,
      },
      { criterion: 'mentoring', text: 'Mentor four engineers, not two', target: 3, milestones: [], line: 35 },
    ]);
  });

  it('reports unknown criteria with a suggestion, ratings off the scale, a bad `by` and impossible dates', () => {
    const text = [
      'assessments:',
      '  - date: 2026-02-30',
      '    by: self',
      '    ratings: {mentoring: 2}',
      '  - date: 2026-03-01',
      '    by: boss',
      '    ratings: {mentoring: 2}',
      '  - date: 2026-03-02',
      '    by: Manager',
      '    ratings:',
      '      mentorship: 3',
      '      visibility: 5',
      '      leadership: two',
      '      communication: 3',
      'goals:',
      '  - criterion: comms',
      '    goal: Write a weekly update',
      '  - criterion: visibility',
      '    goal: Speak at a meetup',
      '    target: 0',
      '    due: next year',
    ].join('\n');
    const { value, problems } = parseAssessments(text, FILE, DEFAULT_FRAMEWORK);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'assessment `date`: `2026-02-30` is not a day on the calendar'],
      [6, '`by: boss` must be `self` or `manager`'],
      [11, expect.stringMatching(/^criterion `mentorship` is not in the framework \(did you mean `mentoring`\?\); known: technical-scope, architecture, /)],
      [12, "rating for `visibility` is `5`; ratings go from 1 to 4 on this framework's scale"],
      [13, "rating for `leadership` is `two`; ratings go from 1 to 4 on this framework's scale"],
      [16, expect.stringContaining('criterion `comms` is not in the framework (did you mean `communication`?)')],
      [20, "goal `target` is `0`; ratings go from 1 to 4 on this framework's scale"],
      [21, 'goal `due`: `next year` is not a date; write it as YYYY-MM-DD (e.g. 2026-11-20)'],
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.file === FILE)).toBe(true);
    expect(value.assessments).toEqual([{ date: '2026-03-02', by: 'manager', ratings: { communication: 3 }, line: 8 }]);
    expect(value.goals).toEqual([{ criterion: 'visibility', text: 'Speak at a meetup', milestones: [], line: 18 }]);
  });

  it('uses the framework\'s own scale', () => {
    const framework = { ...DEFAULT_FRAMEWORK, scale: { min: 0, max: 5, labels: {} } };
    const text = 'assessments:\n  - {date: 2026-05-04, by: self, ratings: {mentoring: 5, visibility: 0.5}}\n';
    const { value, problems } = parseAssessments(text, FILE, framework);
    expect(problems).toEqual([]);
    expect(value.assessments[0]?.ratings).toEqual({ mentoring: 5, visibility: 0.5 });
  });

  it('reads an empty or comment-only file as no assessments, and a list at the top as a problem', () => {
    expect(parseAssessments('# nothing yet\n', FILE, DEFAULT_FRAMEWORK)).toEqual({ value: { assessments: [], goals: [] }, problems: [] });
    const { problems } = parseAssessments('- date: 2026-01-01\n', FILE, DEFAULT_FRAMEWORK);
    expect(problems[0]?.message).toContain('must be a mapping');
  });
});
