import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMapViewModel, type MapModelInput } from '../../../src/core/standing/map-view-model';
import { mapEvidence } from '../../../src/core/mapping/evidence-mapping';
import { noCorrections } from '../../../src/core/mapping/evidence-corrections';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { parseAssessments } from '../../../src/core/model/assessments-parser';
import type { GrowthModel } from '../../../src/core/model/growth-model';
import type { MapCriterionRow } from '../../../src/shared/evidence-map-protocol';
import { YEAR_OF_EVIDENCE } from '../../fixtures/mapping/year-of-evidence';

const assessmentsText = readFileSync(new URL('../../fixtures/mapping/alex-assessments.yml', import.meta.url), 'utf8');
const parsed = parseAssessments(assessmentsText, 'growth/assessments.yml', DEFAULT_FRAMEWORK);
const model: GrowthModel = {
  profile: { name: 'Alex Chen', identities: ['alex.chen@example.com'], level: 'senior', targetLevel: 'staff', framework: 'builtin:default', repositories: [], window: { months: 12 }, bots: [], paths: {} },
  framework: DEFAULT_FRAMEWORK,
  assessments: parsed.value,
  problems: [],
};
const mapped = mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, noCorrections()).items;
const input: MapModelInput = {
  model,
  items: mapped,
  window: { since: '2025-12-01', until: '2026-11-30', rule: "the profile's window: 12 months" },
  repositories: ['payments-api', 'ledger-service', 'platform-docs'],
  notices: [],
  interactive: true,
};
const row = (rows: readonly MapCriterionRow[], id: string) => rows.find((r) => r.id === id) as MapCriterionRow;

describe('the Evidence Map view model for a year', () => {
  const vm = buildMapViewModel(input);

  it('reads the assessments fixture without problems', () => {
    expect(parsed.problems).toEqual([]);
  });

  it('names the person, levels and window', () => {
    expect(vm.person).toEqual({ name: 'Alex Chen', level: 'senior', levelName: 'Senior Engineer', targetLevel: 'staff', targetLevelName: 'Staff Engineer' });
    expect(vm.window.label).toBe('Dec 2025 – Nov 2026');
    expect(vm.filters.repositories).toEqual(['ledger-service', 'payments-api', 'platform-docs']);
    expect(vm.filters.windowChoices).toEqual([3, 6, 12, 24]);
  });

  it('lists every item newest first, and rows point at them newest first', () => {
    expect(vm.evidence).toHaveLength(YEAR_OF_EVIDENCE.length);
    const dates = vm.evidence.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const architecture = row(vm.criteria, 'architecture');
    expect(architecture.items.map((i) => vm.evidence[i]?.title)).toEqual([
      'Retry budget for payment webhooks',
      'Design: rate limits shared by five teams',
      'RFC 12: one error envelope for every payments API',
      'ADR 7: an outbox for ledger events',
    ]);
    expect(architecture.evidenceCount).toBe(4);
    expect(architecture.newest).toBe('2026-09-15');
  });

  it('gives the gap table its verdicts with reasons', () => {
    // Self 3.5, manager 2.5: a point apart.
    const architecture = row(vm.criteria, 'architecture');
    expect(architecture.verdict).toBe('perception-gap');
    expect(architecture.self).toEqual({ rating: 3.5, date: '2025-12-10' });
    expect(architecture.manager).toEqual({ rating: 2.5, date: '2025-12-15' });
    expect(architecture.verdictReason).toMatch(/3\.5 and your manager rates you 2\.5/);
    // The manager's latest 3 (June) meets, with evidence; self is 3 too.
    const scope = row(vm.criteria, 'technical-scope');
    expect(scope.verdict).toBe('meets');
    expect(scope.manager).toEqual({ rating: 3, date: '2026-06-20' });
    expect(scope.verdictReason).toMatch(/your manager rates 3\.0 \(Meets expectations\) on 2026-06-20/);
    // Manager 2 in November (the January 4 is after the window), self 3: a point apart.
    expect(row(vm.criteria, 'mentoring').verdict).toBe('perception-gap');
    expect(row(vm.criteria, 'mentoring').manager).toEqual({ rating: 2, date: '2026-11-28' });
    // Evidence but no rating: a gap that asks for an assessment.
    const initiative = row(vm.criteria, 'initiative');
    expect(initiative.verdict).toBe('gap');
    expect(initiative.verdictReason).toMatch(/not rated yet/);
    expect(row(vm.criteria, 'senior' as string)).toBeUndefined();
    expect(scope.currentExpectation).toBe(DEFAULT_FRAMEWORK.criteria[0]?.expectations.senior);
    expect(scope.targetExpectation).toBe(DEFAULT_FRAMEWORK.criteria[0]?.expectations.staff);
    expect(vm.headline).toMatchObject({ criteria: 12, perceptionGaps: 2, evidence: YEAR_OF_EVIDENCE.length });
    expect(vm.headline.meetingTarget).toBe(vm.criteria.filter((c) => c.verdict === 'meets').length);
  });

  it('says "no evidence yet" and what the target expects when nothing maps', () => {
    const noScope = buildMapViewModel({ ...input, items: mapped.filter((i) => !i.criteria.includes('strategic-thinking')) });
    const strategic = row(noScope.criteria, 'strategic-thinking');
    expect(strategic.verdict).toBe('no-evidence');
    expect(strategic.verdictReason).toBe(`no evidence yet in Dec 2025 – Nov 2026; Staff Engineer expects: ${DEFAULT_FRAMEWORK.criteria.find((c) => c.id === 'strategic-thinking')?.expectations.staff}`);
  });

  it('builds the heat map: one cell per criterion per month, counts matching the rows', () => {
    expect(vm.heatmap.months).toHaveLength(12);
    expect(vm.heatmap.months[0]).toBe('2025-12');
    expect(vm.heatmap.months.at(-1)).toBe('2026-11');
    for (const r of vm.heatmap.rows) {
      expect(r.cells).toHaveLength(12);
      expect(r.cells.reduce((s, c) => s + c.count, 0)).toBe(row(vm.criteria, r.criterion).evidenceCount);
    }
    const leadershipJuly = vm.heatmap.rows.find((r) => r.criterion === 'leadership')?.cells.find((c) => c.month === '2026-07');
    expect(leadershipJuly?.count).toBe(1);
    expect(vm.evidence[leadershipJuly?.items[0] ?? -1]?.title).toBe('Coordinated the payments outage response');
    expect(vm.heatmap.max).toBe(Math.max(...vm.heatmap.rows.flatMap((r) => r.cells.map((c) => c.count))));
  });

  it('averages ratings over time per area, self and manager apart', () => {
    const softManager = vm.ratings.find((s) => s.by === 'manager' && s.area === 'soft');
    // Dec: mentoring 2, communication 2, visibility 1 → 1.7; Jun: communication 3, leadership 3 → 3.0; Nov: mentoring 2, visibility 3 → 2.5
    expect(softManager?.points).toEqual([
      { date: '2025-12-15', average: 1.7 },
      { date: '2026-06-20', average: 3 },
      { date: '2026-11-28', average: 2.5 },
    ]);
    expect(softManager?.summary).toBe('soft skills (manager) 1.7 → 2.5');
    const overallSelf = vm.ratings.find((s) => s.by === 'self' && s.area === 'overall');
    expect(overallSelf?.summary).toBe('overall (self) 2.5 → 3.0');
    expect(vm.ratings.map((s) => `${s.by}/${s.area}`)).toEqual(['self/technical', 'self/soft', 'self/overall', 'manager/technical', 'manager/soft', 'manager/overall']);
  });

  it('counts metrics by quarter with first → last', () => {
    expect(vm.metrics.quarters).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const series = (id: string) => vm.metrics.series.find((s) => s.id === id);
    expect(series('rfcs')?.values).toEqual([0, 0, 2, 0, 0]);
    expect(series('adrs')?.values).toEqual([0, 1, 0, 0, 0]);
    // The README was only contributed to: not a doc published.
    expect(series('docs')?.values).toEqual([0, 0, 0, 1, 0]);
    expect(series('reviews')?.values).toEqual([1, 0, 2, 0, 1]);
    expect(series('reviews')?.summary).toBe('Reviews given 1 → 1');
    expect(series('incidents')?.values).toEqual([0, 0, 0, 1, 0]);
    expect(series('repositories')?.values).toEqual([1, 2, 3, 2, 2]);
    // Q1 2026: payments-api/src (commits), payments-api/docs (ADR), ledger-service/platform (commits).
    expect(series('areas')?.values[1]).toBe(3);
  });

  it('weighs technical against soft evidence', () => {
    const technical = vm.evidence.filter((e) => e.criteria.some((c) => DEFAULT_FRAMEWORK.criteria.find((d) => d.id === c)?.area === 'technical')).length;
    const soft = vm.evidence.filter((e) => e.criteria.some((c) => DEFAULT_FRAMEWORK.criteria.find((d) => d.id === c)?.area === 'soft')).length;
    expect(vm.balance.technical).toBe(technical);
    expect(vm.balance.soft).toBe(soft);
    expect(vm.balance.technicalPercent).toBe(Math.round((technical * 100) / (technical + soft)));
    expect(vm.balance.summary).toContain(`${vm.balance.technicalPercent}% technical`);
  });

  it('shows goals with their progress', () => {
    expect(vm.goals).toHaveLength(2);
    const visibility = vm.goals[0];
    expect(visibility).toMatchObject({ criterion: 'visibility', criterionName: 'Visibility', target: 3, latest: 3, due: '2026-12-01', milestonesDone: 1, milestonesTotal: 2 });
    expect(visibility?.evidenceSince).toBe(vm.evidence.filter((e) => e.criteria.includes('visibility')).length);
    expect(visibility?.summary).toMatch(/^latest 3\.0 of target 3\.0 \(reached\), due 2026-12-01, \d+ items? since 2025-12-01, 1 of 2 milestones done$/);
    expect(vm.goals[1]?.latest).toBe(2);
  });

  it('narrows to one repository', () => {
    const one = buildMapViewModel({ ...input, repository: 'platform-docs' });
    expect(one.evidence.map((e) => e.repo)).toEqual(['platform-docs', 'platform-docs']);
    expect(one.filters.repository).toBe('platform-docs');
  });

  it('is deterministic: shuffled input gives the same JSON', () => {
    const shuffled = [...mapped].reverse();
    expect(JSON.stringify(buildMapViewModel({ ...input, items: shuffled }))).toBe(JSON.stringify(vm));
  });

  // Its speed (target < 200 ms) is measured by `npm run bench` (view-model-bench), not here.
  it('builds the model for 20,000 items, every item listed once', () => {
    const many = Array.from({ length: 20_000 }, (_, n) => {
      const base = mapped[n % mapped.length]!;
      return { ...base, id: `${base.id}#${n}` };
    });
    const evidence = buildMapViewModel({ ...input, items: many }).evidence;
    expect(new Set(evidence.map((e) => e.id)).size).toBe(20_000);
  });
});
