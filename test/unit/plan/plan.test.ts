import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanMilestones, planProgress } from '../../../src/core/plan/plan-parser';
import { renderPlan, writePlan } from '../../../src/core/plan/plan-service';
import { growthLayout } from '../../../src/core/layout';
import { removeTemporaryFolders } from '../../git/helpers/repo-builder';
import { yearInputs, type YearInputs } from '../../fixtures/year/year-pipeline';
import { MemoryFileStore } from '../../fakes/memory-file-store';
import { expectGolden } from '../../helpers/golden';

const GOLDEN = join(__dirname, '../../fixtures/golden/plan-year.md');
const FIXTURE_PLAN = readFileSync(join(__dirname, '../../fixtures/year/growth/plan.md'), 'utf8');

let year: YearInputs;
let plan: string;

beforeAll(async () => {
  year = await yearInputs();
  plan = renderPlan({ model: year.model, framework: year.snapshot.model.framework, date: '2026-12-01' });
}, 60_000);

afterAll(() => removeTemporaryFolders());


describe('development plan from the gap table', () => {
  it('matches the golden plan', () => {
    expectGolden(plan, GOLDEN);
  });

  it('is byte-identical on a second run', () => {
    expect(renderPlan({ model: year.model, framework: year.snapshot.model.framework, date: '2026-12-01' })).toBe(plan);
  });

  it('has goals at 6 and 12 months, one strategy per gap and a checklist timeline', () => {
    const gaps = year.model.criteria.filter((c) => c.verdict !== 'meets');
    expect(gaps.length).toBeGreaterThan(2);
    expect(plan).toContain('- **6-month goal (by 2027-06-01):**');
    expect(plan).toContain('- **12-month goal (by 2027-12-01):** Be ready for the Staff Engineer promotion');
    expect(plan.match(/^### Strategy \d+: /gm)).toHaveLength(gaps.length);
    for (const g of gaps) expect(plan).toContain(`### Strategy ${gaps.indexOf(g) + 1}: ${g.name}`);
    const milestones = parsePlanMilestones(plan);
    expect(milestones.length).toBe(gaps.length + 3);
    expect(milestones.every((m) => !m.done && m.when !== undefined && m.text.includes(' → '))).toBe(true);
    expect(milestones[0]?.when).toBe('Month 1 (2026-12)');
    expect(milestones.at(-1)?.when).toBe('Month 12 (2027-11)');
  });

  it('creates growth/plan.md once and leaves an existing plan alone', async () => {
    const store = new MemoryFileStore();
    const layout = growthLayout('growth');
    const input = { model: year.model, framework: year.snapshot.model.framework, date: '2026-12-01' };
    expect(await writePlan(store, layout, input)).toEqual({ path: 'growth/plan.md', created: true, problems: [] });
    store.files.set('growth/plan.md', '# my plan\n- [x] done by hand\n');
    expect(await writePlan(store, layout, input)).toEqual({ path: 'growth/plan.md', created: false, problems: [] });
    expect(store.files.get('growth/plan.md')).toBe('# my plan\n- [x] done by hand\n');
  });
});

describe('plan milestones parser', () => {
  it('reads checklist items with their period, state and line, skipping code blocks', () => {
    const milestones = parsePlanMilestones(FIXTURE_PLAN);
    expect(milestones).toHaveLength(6);
    expect(milestones[0]).toEqual({ when: 'Month 1 (2025-12)', text: 'Review this plan with your manager and agree on check-in dates → Agreed goals', done: true, line: 7 });
    expect(milestones[3]).toEqual({ when: 'Month 6 (2026-05)', text: 'Reassessment: record self and manager ratings → Progress in numbers', done: false, line: 10 });
    expect(planProgress(milestones)).toEqual({
      done: 3,
      total: 6,
      open: [
        { when: 'Month 6 (2026-05)', text: 'Reassessment: record self and manager ratings → Progress in numbers', line: 10 },
        { when: 'Month 7–9 (2026-06 – 2026-08)', text: 'Technical scope: lead the API standardisation across teams → A cross-team project delivered', line: 11 },
        { when: 'Month 12 (2026-11)', text: 'Promotion readiness review → The 12-month goal met', line: 12 },
      ],
    });
  });

  it('follows a milestone ticked by hand, with any bullet and an upper-case X', () => {
    const ticked = FIXTURE_PLAN.replace('- [ ] **Month 6', '* [X] **Month 6');
    expect(planProgress(parsePlanMilestones(ticked))).toMatchObject({ done: 4, total: 6 });
  });

  it('takes items without a bold period as milestones with no period', () => {
    expect(parsePlanMilestones('- [ ] Ask Sam for feedback\n- [ ]\n')).toEqual([{ text: 'Ask Sam for feedback', done: false, line: 1 }]);
  });
});
