import { describe, expect, it } from 'vitest';
import { frameworkFromText, importFramework } from '../../../src/core/framework/framework-import';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { fixtureText } from '../model/fixture-text';

const FILE = 'growth/framework.yml';

describe('importFramework on a published levels × themes × competencies ladder', () => {
  const { value, problems } = importFramework(fixtureText('ladder-published.yml'), FILE);

  it('reads the levels in order and every competency as a criterion', () => {
    expect(value.name).toBe('Example Co Engineering Progression');
    expect(value.levels).toEqual([
      { id: 'e1', name: 'Engineer I' },
      { id: 'e2', name: 'Engineer II' },
      { id: 'e3', name: 'Senior Engineer' },
    ]);
    expect(value.criteria.map((c) => c.id)).toEqual(['code-quality', 'system-design', 'mentoring', 'communication']);
  });

  it('joins lists of behaviours and matches levels by id or by name', () => {
    const quality = value.criteria[0];
    expect(quality?.expectations).toEqual({
      e1: 'Writes tested code with guidance.',
      e2: "Writes tested code independently; Reviews peers' code",
      e3: "Sets the team's quality bar.",
    });
    expect(value.criteria[1]?.expectations).toEqual({ e2: 'Designs features within a service', e3: 'Designs services; Writes design docs' });
    expect(value.criteria[1]?.description).toBe('Designs systems that last.');
  });

  it('derives the area from the theme and borrows built-in signals for known ids', () => {
    expect(value.criteria.map((c) => c.area)).toEqual(['technical', 'technical', 'soft', 'soft']);
    expect(value.criteria[2]?.signals).toEqual(DEFAULT_FRAMEWORK.criteria.find((c) => c.id === 'mentoring')?.signals);
    expect(value.criteria[1]?.signals).toEqual({ kinds: [], paths: [], keywords: ['system design'] });
  });

  it('reports a level the ladder does not define, at its line', () => {
    expect(problems).toEqual([
      expect.objectContaining({ line: 33, severity: 'warning', message: expect.stringContaining('level `e9`') }),
    ]);
  });
});

describe('frameworkFromText', () => {
  it('imports a flat competencies list whose levels come from the competencies themselves', () => {
    const text = [
      'name: Flat ladder',
      'competencies:',
      '  - title: Delivery',
      '    levels:',
      '      - {title: Engineer, description: Ships features}',
      '      - {title: Senior Engineer, description: Ships projects}',
    ].join('\n');
    const { value, problems } = frameworkFromText(text, FILE);
    expect(problems).toEqual([]);
    expect(value.levels.map((l) => l.id)).toEqual(['engineer', 'senior-engineer']);
    expect(value.criteria[0]?.expectations).toEqual({ engineer: 'Ships features', 'senior-engineer': 'Ships projects' });
  });

  it('reads Growth Ledger\'s own format when the file has `criteria:`', () => {
    const { value } = frameworkFromText('extends: builtin:default\ncriteria: []\n', FILE);
    expect(value.criteria).toHaveLength(12);
  });
});
