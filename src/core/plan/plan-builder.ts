import type { MapCriterionRow, MapViewModel } from '../../shared/evidence-map-protocol';
import type { Framework } from '../model/types';
import type { TemplateRecord } from '../templates/template-data';
import { actionsFor, type PlanAction } from './plan-actions';
import { addMonths } from '../time/calendar';

/** What a development plan is written from. */
export interface PlanInput {
  readonly model: MapViewModel;
  readonly framework: Framework;
  /** The day the plan is written, YYYY-MM-DD: month 1 is this day's month. */
  readonly date: string;
  /** Target level id (CLI `--target`); default: the profile's. */
  readonly target?: string;
}

interface TimelineRow {
  readonly start: number;
  readonly end: number;
  readonly action: string;
  readonly result: string;
}

/** The criteria a plan works on: every row of the gap table that does not meet the target yet. */
export function planGaps(model: MapViewModel): MapCriterionRow[] {
  return model.criteria.filter((c) => c.verdict !== 'meets');
}

/**
 * The data the plan template renders: goals at 6 and 12 months (the seeds' "6-Month Goal" and
 * "12-Month Goal"), one strategy per gap with its actions, and a timeline of checklist milestones.
 * The timeline spreads the gaps over months 2–11 in gap-table order, with the seeds' fixed points:
 * month 1 agrees the plan, month 6 reassesses, month 12 checks promotion readiness.
 */
export function planData(input: PlanInput): TemplateRecord {
  const { model, framework, date } = input;
  const targetId = input.target ?? model.person.targetLevel;
  const target = framework.levels.find((l) => l.id === targetId)?.name ?? model.person.targetLevelName ?? targetId ?? 'the next level';
  const current = model.person.levelName ?? model.person.level ?? '';
  const gaps = planGaps(model);
  const focus = gaps.slice(0, 2).map((g) => g.name);
  const strategies = gaps.map((g, i) => {
    const kinds = framework.criteria.find((c) => c.id === g.id)?.signals.kinds ?? [];
    return { number: i + 1, criterion: g.name, id: g.id, problem: g.verdictReason, expectation: g.targetExpectation ?? '', actions: actionsFor(kinds).map(toRecord) };
  });
  const monthOf = (n: number) => addMonths(`${date.slice(0, 7)}-01`, n - 1).slice(0, 7);
  const timeline = timelineRows(gaps, strategies.map((s) => s.actions[0] as PlanActionRecord)).map((r) => ({
    when: r.start === r.end ? `Month ${r.start} (${monthOf(r.start)})` : `Month ${r.start}–${r.end} (${monthOf(r.start)} – ${monthOf(r.end)})`,
    action: r.action,
    result: r.result,
  }));
  return {
    name: model.person.name,
    current,
    target,
    date,
    window: model.window.label,
    sixMonths: addMonths(date, 6),
    twelveMonths: addMonths(date, 12),
    sixMonthGoal:
      focus.length === 0
        ? `Keep showing ${target}-level evidence in every criterion: the gap table shows no gap in ${model.window.label}.`
        : `Demonstrate consistent ${target}-level performance in ${focus.length === 1 ? focus[0] : `at least 2 areas: ${focus.join(' and ')}`}.`,
    twelveMonthGoal: `Be ready for the ${target} promotion with clear evidence across all framework criteria.`,
    hasGaps: gaps.length > 0,
    gaps: gaps.map((g) => ({
      criterion: g.name,
      now: ratingText(g),
      expectation: g.targetExpectation ?? '—',
      gap: g.verdictReason,
    })),
    strategies,
    timeline,
  };
}

type PlanActionRecord = { readonly action: string; readonly result: string };

function toRecord(a: PlanAction): PlanActionRecord {
  return { action: a.action, result: a.result };
}

function ratingText(row: MapCriterionRow): string {
  const parts: string[] = [];
  if (row.self) parts.push(`self ${row.self.rating}`);
  if (row.manager) parts.push(`manager ${row.manager.rating}`);
  parts.push(`${row.evidenceCount} evidence item${row.evidenceCount === 1 ? '' : 's'}`);
  return parts.join(', ');
}

function timelineRows(gaps: readonly MapCriterionRow[], first: readonly PlanActionRecord[]): TimelineRow[] {
  const rows: TimelineRow[] = [
    { start: 1, end: 1, action: 'Review this plan with your manager and agree on check-in dates', result: 'Agreed goals, strategies and check-ins' },
    { start: 6, end: 6, action: 'Reassessment: record self and manager ratings', result: 'Progress against the 6-month goal, in numbers' },
    { start: 12, end: 12, action: 'Promotion readiness review: generate the promotion packet', result: 'The 12-month goal met, with every claim linked to evidence' },
  ];
  const span = 10;
  gaps.forEach((g, i) => {
    const start = 2 + Math.floor((i * span) / gaps.length);
    const end = Math.max(start, 1 + Math.floor(((i + 1) * span) / gaps.length));
    const a = first[i];
    if (a) rows.push({ start, end, action: `${g.name}: ${a.action}`, result: capitalise(a.result) });
  });
  // Stable order: by start month, the fixed points before the gap work of the same month.
  return rows.map((r, i) => ({ r, i })).sort((x, y) => x.r.start - y.r.start || x.i - y.i).map((x) => x.r);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
