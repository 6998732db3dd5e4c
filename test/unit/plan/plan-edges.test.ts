import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFor } from '../../../src/core/plan/plan-actions';
import { renderPlan } from '../../../src/core/plan/plan-service';
import { parsePlanMilestones } from '../../../src/core/plan/plan-parser';
import { renderReview } from '../../../src/core/review/review-service';
import { renderPacket } from '../../../src/core/packet/packet-service';
import type { MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { removeTemporaryFolders } from '../../git/helpers/repo-builder';
import { yearInputs, type YearInputs } from '../../fixtures/year/year-pipeline';

let year: YearInputs;
let meeting: MapViewModel;
let empty: MapViewModel;

beforeAll(async () => {
  year = await yearInputs();
  meeting = { ...year.model, criteria: year.model.criteria.map((c) => ({ ...c, verdict: 'meets' as const, verdictReason: 'meets the target' })) };
  empty = { ...year.model, evidence: [], criteria: year.model.criteria.map((c) => ({ ...c, items: [], evidenceCount: 0 })), goals: [], ratings: [], plan: undefined };
}, 60_000);

afterAll(() => removeTemporaryFolders());

describe('plans, reviews and packets at the edges', () => {
  it('writes a plan with no strategies when every criterion meets the target, keeping the fixed milestones', () => {
    const plan = renderPlan({ model: meeting, framework: year.snapshot.model.framework, date: '2026-12-01' });
    expect(plan).toContain('Keep showing Staff Engineer-level evidence in every criterion');
    expect(plan).toContain('No gaps in the current window: keep the evidence coming.');
    expect(plan).toContain('No strategy needed yet.');
    expect(parsePlanMilestones(plan).map((m) => m.when)).toEqual(['Month 1 (2026-12)', 'Month 6 (2027-05)', 'Month 12 (2027-11)']);
  });

  it('gives a team framework\'s own kinds a generic action instead of none', () => {
    expect(actionsFor(['okr-review', 'hackathon'])).toEqual([expect.objectContaining({ action: expect.stringContaining('Agree with your manager') })]);
    expect(actionsFor(['hackathon', 'talk', 'rfc', 'adr', 'doc']).map((a) => a.result)).toEqual(['a talk given, with questions answered', 'an RFC authored, with reviewers from other teams', 'an ADR in the repository']);
  });

  it('writes a review of an empty month with its placeholders and still asks the reflection questions', () => {
    const review = renderReview({ month: '2026-03', model: empty, notes: [], repositories: year.repositories, planFile: 'growth/plan.md' });
    expect(review).toContain('0 pieces of evidence in March 2026.');
    expect(review).toContain('- No evidence mapped to a criterion this month.');
    expect(review).toContain('- Nothing mined from git this month.');
    expect(review).toContain('- None open.');
    expect(review).toContain('- No two-note from February 2026 to re-read');
    expect(review).toContain('- What will I ask for: feedback, an opportunity, support?');
  });

  it('writes a packet without evidence, ratings or feedback with honest placeholders', () => {
    const packet = renderPacket({ model: empty, date: '2026-12-01', repositories: year.repositories, planFile: 'growth/plan.md' });
    expect(packet).toContain('- **Architecture:** no evidence in this window');
    expect(packet).toContain('No assessments recorded yet');
    expect(packet).toContain('_No `#feedback` entries in this window yet.');
    expect(packet).toContain('- No development goals recorded in assessments.yml.');
    expect(packet.trimEnd().endsWith('|---|---|---|---|---|')).toBe(true);
  });
});
