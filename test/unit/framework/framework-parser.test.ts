import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../src/core/framework/framework-parser';
import { renderFrameworkYaml } from '../../../src/core/framework/framework-yaml';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import type { Problem } from '../../../src/core/problems';
import { fixtureText } from '../model/fixture-text';

const FILE = 'growth/framework.yml';
const find = (problems: readonly Problem[], text: string) => problems.filter((p) => p.message.includes(text));

describe('parseFramework on a framework full of mistakes', () => {
  const { value, problems } = parseFramework(fixtureText('framework-broken.yml'), FILE);

  it('reports a scale whose min is not below max, and falls back to 1–4', () => {
    const [p] = find(problems, 'scale min (4) must be below max (1)');
    expect(p).toMatchObject({ file: FILE, line: 4, severity: 'error' });
    expect(value.scale).toMatchObject({ min: 1, max: 4 });
  });

  it('reports levels out of order at the level that breaks the order', () => {
    const [p] = find(problems, 'levels out of order');
    expect(p?.line).toBe(12);
    expect(p?.message).toContain('`senior` (rank 3) comes after `staff` (rank 4)');
  });

  it('reports a level listed twice and keeps the first', () => {
    expect(find(problems, 'level `staff` is listed twice')[0]?.line).toBe(13);
    expect(value.levels.map((l) => l.id)).toEqual(['junior', 'staff', 'senior']);
  });

  it('refuses a criterion id that is not kebab-case and says which id to use', () => {
    const [p] = find(problems, 'criterion id `Code_Quality` is not kebab-case');
    expect(p).toMatchObject({ line: 15, severity: 'error' });
    expect(p?.message).toContain('use `code-quality`');
    expect(value.criteria.map((c) => c.id)).not.toContain('Code_Quality');
  });

  it('reports a duplicate criterion and keeps the first definition', () => {
    expect(find(problems, 'criterion `mentoring` is defined twice')[0]?.line).toBe(27);
    expect(value.criteria.filter((c) => c.id === 'mentoring')).toHaveLength(1);
    expect(value.criteria.find((c) => c.id === 'mentoring')?.name).toBe('Mentoring');
  });

  it('reports a bad area, an expectation for an unknown level, an invalid glob and an unknown kind', () => {
    expect(find(problems, 'area `people` of criterion `mentoring` must be `technical` or `soft`')[0]?.line).toBe(20);
    const lead = find(problems, 'expectation for level `lead`')[0];
    expect(lead?.line).toBe(23);
    expect(lead?.message).toContain('known: junior, staff, senior');
    const glob = find(problems, '`docs/[guides` is not a valid glob')[0];
    expect(glob).toMatchObject({ line: 26, severity: 'error' });
    const kind = find(problems, 'evidence kind `mentorship`')[0];
    expect(kind).toMatchObject({ line: 25, severity: 'warning' });
    expect(kind?.message).toContain('did you mean `mentoring`?');
    const mentoring = value.criteria.find((c) => c.id === 'mentoring');
    expect(mentoring?.signals.paths).toEqual(['**/onboarding/**']);
    expect(mentoring?.expectations).toEqual({ senior: 'Mentors one or two engineers.' });
  });

  it('formats every problem with a file and a line', () => {
    for (const p of problems) {
      expect(p.file).toBe(FILE);
      expect(p.line).toBeGreaterThan(0);
    }
  });
});

describe('parseFramework on a team framework', () => {
  it('extends the built-in framework: overrides one expectation, adds a criterion and a kind', () => {
    const { value, problems } = parseFramework(fixtureText('framework-team.yml'), FILE);
    expect(problems).toEqual([]);
    expect(value.id).toBe('platform-team');
    expect(value.levels).toEqual(DEFAULT_FRAMEWORK.levels);
    expect(value.extraKinds).toEqual(['on-call']);
    expect(value.criteria).toHaveLength(13);
    const mentoring = value.criteria.find((c) => c.id === 'mentoring');
    expect(mentoring?.expectations.staff).toMatch(/^Mentors four or more/);
    expect(mentoring?.expectations.senior).toBe(DEFAULT_FRAMEWORK.criteria.find((c) => c.id === 'mentoring')?.expectations.senior);
    expect(mentoring?.area).toBe('soft');
    expect(value.criteria.at(-1)).toMatchObject({ id: 'operational-excellence', signals: { kinds: ['incident', 'on-call'] } });
  });

  it('accepts bare level ids, list expectations and list labels', () => {
    const text = [
      'levels: [associate, engineer, lead]',
      'scale: {min: 0, max: 2, labels: [Not yet, Yes, Beyond]}',
      'criteria:',
      '  - id: delivery',
      '    area: technical',
      '    expectations:',
      '      associate: [Ships small changes, Asks for review]',
      '      engineer: Ships features.',
      '      lead: Ships projects.',
    ].join('\n');
    const { value, problems } = parseFramework(text, FILE);
    expect(problems).toEqual([]);
    expect(value.levels).toEqual([
      { id: 'associate', name: 'associate' },
      { id: 'engineer', name: 'engineer' },
      { id: 'lead', name: 'lead' },
    ]);
    expect(value.scale).toEqual({ min: 0, max: 2, labels: { 0: 'Not yet', 1: 'Yes', 2: 'Beyond' } });
    expect(value.criteria[0]).toMatchObject({ id: 'delivery', name: 'Delivery', expectations: { associate: 'Ships small changes; Asks for review' } });
    expect(value.id).toBe(FILE);
  });

  it('warns about missing expectations and an unknown key, and keeps going', () => {
    const text = 'levels: [a, b]\ncriteria:\n  - id: x\n    area: soft\n    owner: me\n    expectations: {a: Does a.}\n';
    const { value, problems } = parseFramework(text, FILE);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([[5, 'warning'], [3, 'info']]);
    expect(problems[1]?.message).toContain('no expectation for b');
    expect(value.criteria).toHaveLength(1);
  });

  it('reports a framework with no levels or criteria, or an unknown base', () => {
    expect(parseFramework('name: empty\n', FILE).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('no `levels`'),
      expect.stringContaining('no `criteria`'),
    ]);
    expect(parseFramework('', FILE).problems[0]?.message).toContain('is empty');
    expect(parseFramework('extends: builtin:defualt\n', FILE).problems[0]?.message).toContain('did you mean `builtin:default`?');
  });

  it('reports broken YAML at its line and still returns a framework', () => {
    const { value, problems } = parseFramework('levels:\n  - junior\ncriteria: [\n', FILE);
    expect(problems[0]?.message).toMatch(/^YAML:/);
    expect(value.criteria).toEqual([]);
  });

  it('round-trips an edited copy of the default', () => {
    const edited = { ...DEFAULT_FRAMEWORK, id: 'team', name: 'Team', extraKinds: ['on-call'] };
    const parsed = parseFramework(renderFrameworkYaml(edited), FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(edited);
  });
});

describe('parseFramework extending the default with levels of its own', () => {
  it('keeps only the inherited expectations for levels that still exist', () => {
    const { value, problems } = parseFramework('extends: builtin:default\nlevels: [senior, staff]\n', FILE);
    expect(problems).toEqual([]);
    expect(value.criteria).toHaveLength(12);
    for (const c of value.criteria) expect(Object.keys(c.expectations)).toEqual(['senior', 'staff']);
  });
});
