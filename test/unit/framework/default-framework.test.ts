import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { parseFramework } from '../../../src/core/framework/framework-parser';
import { renderFrameworkYaml } from '../../../src/core/framework/framework-yaml';
import { criteriaIndex } from '../../../src/core/framework/criteria-index';

const SEED_AREAS = [
  'technical-scope', 'architecture', 'code-quality', 'impact-scope', 'initiative', 'strategic-thinking',
  'visibility', 'mentoring', 'communication', 'collaboration', 'leadership', 'maturity',
];

describe('the built-in default framework', () => {
  it('covers every area of the seeds, with levels junior to principal on a 1–4 scale', () => {
    expect(DEFAULT_FRAMEWORK.id).toBe('builtin:default');
    expect(DEFAULT_FRAMEWORK.levels.map((l) => l.id)).toEqual(['junior', 'mid', 'senior', 'staff', 'principal']);
    expect(DEFAULT_FRAMEWORK.scale).toMatchObject({ min: 1, max: 4 });
    expect(Object.keys(DEFAULT_FRAMEWORK.scale.labels)).toEqual(['1', '2', '3', '4']);
    expect(DEFAULT_FRAMEWORK.criteria.map((c) => c.id)).toEqual(expect.arrayContaining(SEED_AREAS));
  });

  it('has a specific expectation for every criterion at every level, different at each level', () => {
    for (const c of DEFAULT_FRAMEWORK.criteria) {
      const texts = DEFAULT_FRAMEWORK.levels.map((l) => c.expectations[l.id]);
      for (const t of texts) expect(t, `${c.id}`).toMatch(/\S{3,}.{30,}/);
      expect(new Set(texts).size, `${c.id} repeats an expectation`).toBe(texts.length);
      expect(c.description.length, c.id).toBeGreaterThan(40);
    }
  });

  it('keeps the seed gap table wording at senior and staff', () => {
    const byId = criteriaIndex(DEFAULT_FRAMEWORK).byId;
    expect(byId.get('technical-scope')?.expectations.senior).toContain('team-level systems');
    expect(byId.get('technical-scope')?.expectations.staff).toContain('multi-team technical initiatives');
    expect(byId.get('impact-scope')?.expectations.staff).toContain('org-level technical strategy');
  });

  it('balances technical and soft criteria and gives each one signals that can match', () => {
    const index = criteriaIndex(DEFAULT_FRAMEWORK);
    const areas = DEFAULT_FRAMEWORK.criteria.map((c) => c.area);
    expect(areas.filter((a) => a === 'technical').length).toBe(6);
    expect(areas.filter((a) => a === 'soft').length).toBe(6);
    for (const c of DEFAULT_FRAMEWORK.criteria) {
      expect(c.signals.kinds.length, c.id).toBeGreaterThan(0);
      expect(c.signals.paths.length, c.id).toBeGreaterThan(0);
      expect(c.signals.keywords.length, c.id).toBeGreaterThan(0);
      for (const k of c.signals.kinds) expect(index.signalKinds.has(k), `${c.id}: ${k}`).toBe(true);
      for (const g of c.signals.paths) expect(() => picomatch.makeRe(g, { strictBrackets: true })).not.toThrow();
    }
  });

  it('maps the seed document paths onto the criteria they evidence', () => {
    const matching = (path: string) =>
      DEFAULT_FRAMEWORK.criteria.filter((c) => c.signals.paths.some((g) => picomatch.isMatch(path, g))).map((c) => c.id);
    expect(matching('docs/adr/0007-event-sourcing.md')).toContain('architecture');
    expect(matching('rfcs/0012-api-standards.md')).toEqual(expect.arrayContaining(['architecture', 'initiative']));
    expect(matching('docs/postmortems/2026-11-20-payments.md')).toContain('leadership');
    expect(matching('docs/onboarding/backend.md')).toEqual(expect.arrayContaining(['mentoring', 'communication']));
  });

  it('validates with zero problems after a round trip through framework.yml', () => {
    const text = renderFrameworkYaml(DEFAULT_FRAMEWORK);
    const parsed = parseFramework(text, 'growth/framework.yml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(DEFAULT_FRAMEWORK);
  });

  it('renders a commented, editable framework.yml with readable signal lists', () => {
    const text = renderFrameworkYaml(DEFAULT_FRAMEWORK);
    expect(text.startsWith('# Career framework for Growth Ledger')).toBe(true);
    expect(text).toContain('\n    1: Developing\n');
    expect(text).toContain('kinds: [mentoring, pairing, review]');
    expect(text.split('\n').length).toBeLessThan(300);
  });
});
