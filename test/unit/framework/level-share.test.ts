import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../src/core/framework/framework-parser';
import { renderFrameworkYaml } from '../../../src/core/framework/framework-yaml';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';

const FILE = 'growth/framework.yml';

describe("a level's target technical share", () => {
  it('reads a number or a percentage and reports anything else at its line', () => {
    const text = [
      'levels:',
      '  - {id: senior, name: Senior, technicalShare: 70}',
      "  - {id: staff, name: Staff, technicalShare: '55%'}",
      '  - {id: principal, name: Principal, technicalShare: 130}',
      'criteria:',
      '  - {id: mentoring, name: Mentoring, area: soft, expectations: {senior: a, staff: b, principal: c}}',
    ].join('\n');
    const { value, problems } = parseFramework(text, FILE);
    expect(value.levels.map((l) => l.technicalShare)).toEqual([70, 55, undefined]);
    expect(problems).toEqual([expect.objectContaining({ line: 4, severity: 'warning', message: expect.stringContaining('technicalShare of level `principal` must be a percentage from 0 to 100') })]);
  });

  it('is set for every built-in level, leaning softer as levels rise, and survives writing the framework out', () => {
    const shares = DEFAULT_FRAMEWORK.levels.map((l) => l.technicalShare ?? Number.NaN);
    expect(shares.every((s) => s > 0 && s < 100)).toBe(true);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(DEFAULT_FRAMEWORK.levels.find((l) => l.id === 'senior')?.technicalShare).toBe(70);
    const round = parseFramework(renderFrameworkYaml(DEFAULT_FRAMEWORK), FILE);
    expect(round.value.levels).toEqual(DEFAULT_FRAMEWORK.levels);
  });
});
