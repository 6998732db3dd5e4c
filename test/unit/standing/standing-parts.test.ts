import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evidenceBalance } from '../../../src/core/standing/balance';
import { latestRatings } from '../../../src/core/standing/latest-ratings';
import { monthOrdinal, quarterOf, quartersBetween, windowLabel } from '../../../src/core/time/calendar';
import { meetsMark } from '../../../src/core/standing/gap-table';
import { buildMapViewModel } from '../../../src/core/standing/map-view-model';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import type { EvidenceItem } from '../../../src/core/evidence/evidence-item';
import type { Assessment, Framework } from '../../../src/core/model/types';

const item = (id: string, criteria: string[], date = '2026-05-05'): EvidenceItem => ({ id, source: 'ledger', kind: 'other', title: id, date, criteria, reasons: [] });

describe('periods', () => {
  it('names quarters and spans a year boundary', () => {
    expect(quarterOf('2026-01-31')).toBe('2026-Q1');
    expect(quarterOf('2026-12')).toBe('2026-Q4');
    expect(quartersBetween('2025-11-15', '2026-04-02')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(windowLabel('2025-12-01', '2026-11-30')).toBe('Dec 2025 – Nov 2026');
    expect(windowLabel('2026-11-01', '2026-11-30')).toBe('Nov 2026');
  });

  it('counts month ordinals like the calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const date = `${y}-${String(m).padStart(2, '0')}-15`;
        expect(monthOrdinal(date)).toBe(y * 12 + m - 1);
      }),
    );
  });
});

describe('the balance', () => {
  const ratings = latestRatings([], '2026-11-30');

  it('compares the technical share of evidence with the target level’s, with the reason', () => {
    // 3 technical-only, 1 soft-only, 1 both: 4 technical, 2 soft → 67%.
    const items = [item('a', ['architecture']), item('b', ['code-quality']), item('c', ['initiative']), item('d', ['mentoring']), item('e', ['architecture', 'communication'])];
    const balance = evidenceBalance(items, DEFAULT_FRAMEWORK, ratings, 'principal');
    expect(balance).toMatchObject({ technical: 4, soft: 2, technicalPercent: 67, targetTechnicalPercent: 50 });
    expect(balance.summary).toBe('67% technical / 33% soft evidence; Principal Engineer aims for 50/50: 17 points more technical than that, so soft-skill evidence (mentoring, communication, leadership) is what is missing');
    expect(evidenceBalance(items, DEFAULT_FRAMEWORK, ratings, 'senior').summary).toContain('Senior Engineer aims for 70/30: within 10 points, in balance');
  });

  it('says so when nothing is mapped, and leaves the target out when the framework sets none', () => {
    const noShares: Framework = { ...DEFAULT_FRAMEWORK, levels: DEFAULT_FRAMEWORK.levels.map(({ id, name }) => ({ id, name })) };
    const balance = evidenceBalance([item('x', [])], noShares, ratings, 'staff');
    expect(balance.technicalPercent).toBeUndefined();
    expect(balance.targetTechnicalPercent).toBeUndefined();
    expect(balance.summary).toBe('no evidence mapped to a criterion yet, so no balance to show');
  });

  it('averages the deciding ratings per area', () => {
    const assessments: Assessment[] = [
      { date: '2026-01-10', by: 'self', ratings: { architecture: 4, mentoring: 3 }, line: 1 },
      { date: '2026-02-10', by: 'manager', ratings: { architecture: 2 }, line: 9 },
    ];
    const balance = evidenceBalance([], DEFAULT_FRAMEWORK, latestRatings(assessments, '2026-11-30'), undefined);
    // Architecture: the manager's 2 decides; mentoring: only self's 3.
    expect(balance.ratings).toEqual({ technical: 2, soft: 3 });
  });
});

describe('latest ratings', () => {
  it('keeps an earlier rating an assessment left out, ignores later ones, and lets the later line win on one day', () => {
    const assessments: Assessment[] = [
      { date: '2026-03-01', by: 'manager', ratings: { mentoring: 2, visibility: 1 }, line: 1 },
      { date: '2026-06-01', by: 'manager', ratings: { mentoring: 3 }, line: 5 },
      { date: '2026-06-01', by: 'manager', ratings: { mentoring: 2.5 }, line: 9 },
      { date: '2027-01-01', by: 'manager', ratings: { visibility: 4 }, line: 13 },
    ];
    const latest = latestRatings(assessments, '2026-11-30');
    expect(latest.get('mentoring')?.manager).toEqual({ rating: 2.5, date: '2026-06-01' });
    expect(latest.get('visibility')?.manager).toEqual({ rating: 1, date: '2026-03-01' });
  });

  it('finds the "meets" mark from the scale labels, else two thirds up the scale', () => {
    expect(meetsMark(DEFAULT_FRAMEWORK)).toBe(3);
    expect(meetsMark({ ...DEFAULT_FRAMEWORK, scale: { min: 1, max: 5, labels: { 4: 'Meets the bar' } } })).toBe(4);
    expect(meetsMark({ ...DEFAULT_FRAMEWORK, scale: { min: 0, max: 10, labels: {} } })).toBe(7);
  });
});

describe('view model invariants on arbitrary evidence', () => {
  const ids = DEFAULT_FRAMEWORK.criteria.map((c) => c.id);
  const arbitraryItem = fc.record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    date: fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    criteria: fc.subarray(ids),
    repo: fc.constantFrom('api', 'web', undefined),
  });

  it('keeps the heat map, the gap table and the evidence list consistent, whatever the input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryItem, { selector: (i) => i.id, maxLength: 60 }), (raw) => {
        const items: EvidenceItem[] = raw.map((r) => ({ id: r.id, source: r.repo ? 'git' : 'ledger', kind: 'review', title: r.id, date: r.date, criteria: r.criteria, reasons: [], ...(r.repo ? { repo: r.repo } : {}) }));
        const input = { model: { framework: DEFAULT_FRAMEWORK, assessments: { assessments: [], goals: [] }, problems: [] }, items, window: { since: '2025-12-01', until: '2026-11-30', rule: 'test' }, repositories: [], notices: [], interactive: false };
        const vm = buildMapViewModel(input);
        const inWindow = items.filter((i) => i.date >= '2025-12-01' && i.date <= '2026-11-30');
        expect(vm.evidence).toHaveLength(inWindow.length);
        expect(vm.headline.unmapped).toBe(inWindow.filter((i) => i.criteria.length === 0).length);
        for (const row of vm.criteria) {
          const heat = vm.heatmap.rows.find((r) => r.criterion === row.id);
          expect(heat?.cells.reduce((s, c) => s + c.count, 0)).toBe(row.evidenceCount);
          expect(row.items.every((i) => vm.evidence[i]?.criteria.includes(row.id))).toBe(true);
          expect(row.verdict).toBe(row.evidenceCount === 0 ? 'no-evidence' : 'gap');
        }
        expect(JSON.stringify(buildMapViewModel({ ...input, items: [...items].reverse() }))).toBe(JSON.stringify(vm));
      }),
      { numRuns: 60 },
    );
  });
});
