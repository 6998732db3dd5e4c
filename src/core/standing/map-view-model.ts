import type { EvidenceItem } from '../evidence/evidence-item';
import type { GrowthModel } from '../model/growth-model';
import type { MapEvidenceRow, MapHeatMap, MapHeatRow, MapPlanProgress, MapViewModel } from '../../shared/evidence-map-protocol';
import { inWindow } from '../evidence/evidence-window';
import { monthOrdinal, monthsBetween, quartersBetween, windowLabel } from '../time/calendar';
import { gapTable, type CriterionEvidence } from './gap-table';
import { latestRatings } from './latest-ratings';
import { ratingTrends } from './rating-trends';
import { evidenceMetrics } from './evidence-metrics';
import { evidenceBalance } from './balance';
import { goalProgress } from './goal-progress';
import { counted } from '../../shared/plural';

/** Window lengths the map offers, in months. */
export const WINDOW_CHOICES: readonly number[] = [3, 6, 12, 24];

/** Everything {@link buildMapViewModel} needs; the caller has already assembled and mapped the evidence. */
export interface MapModelInput {
  /** Profile, framework and assessments. */
  readonly model: GrowthModel;
  /** Evidence already mapped to criteria (and without excluded items); items outside the window are ignored. */
  readonly items: readonly EvidenceItem[];
  readonly window: {
    /** Inclusive YYYY-MM-DD bounds. */
    readonly since: string;
    readonly until: string;
    /** How the window was chosen, in words ("the profile's window: 12 months"). */
    readonly rule: string;
    /** The months filter the person picked, when they picked one. */
    readonly months?: number;
  };
  /** Only evidence from this repository, when set. */
  readonly repository?: string;
  /** Every repository evidence came from, for the filter. */
  readonly repositories: readonly string[];
  readonly notices: readonly string[];
  /** True in the editor's panel, false in the CLI's read-only HTML export. */
  readonly interactive: boolean;
  readonly plan?: MapPlanProgress;
}

/**
 * The Evidence Map's whole view model for one window and filter. Pure and deterministic (the
 * same input gives the same JSON: no clock, stable orders); linear in the number of items.
 */
export function buildMapViewModel(input: MapModelInput): MapViewModel {
  const { model, window } = input;
  const { framework, profile } = model;
  const day = { since: window.since, until: window.until };
  const label = windowLabel(day.since, day.until);
  const items = input.items
    .filter((i) => inWindow(i.date, day) && (input.repository === undefined || i.repo === input.repository))
    .sort(newestFirst);
  const evidence = items.map(rowOf);

  const known = new Set(framework.criteria.map((c) => c.id));
  const months = monthsBetween(day.since, day.until);
  const firstMonth = monthOrdinal(day.since);
  const perCriterion = new Map<string, { items: number[]; cells: number[][] }>();
  for (const c of framework.criteria) perCriterion.set(c.id, { items: [], cells: months.map(() => []) });
  let unmapped = 0;
  items.forEach((item, index) => {
    let mapped = false;
    for (const c of item.criteria) {
      const entry = perCriterion.get(c);
      if (!entry) continue;
      mapped = true;
      // Items are newest first, so pushing in order keeps every list newest first.
      entry.items.push(index);
      const cell = entry.cells[monthOrdinal(item.date) - firstMonth];
      if (cell) cell.push(index);
    }
    if (!mapped) unmapped++;
  });

  const criterionEvidence = new Map<string, CriterionEvidence>();
  for (const [id, entry] of perCriterion) {
    const newest = entry.items[0] === undefined ? undefined : items[entry.items[0]]?.date;
    criterionEvidence.set(id, { items: entry.items, ...(newest !== undefined ? { newest } : {}) });
  }
  const ratings = latestRatings(model.assessments.assessments, window.until);
  const criteria = gapTable({
    framework,
    ...(profile?.level ? { level: profile.level } : {}),
    ...(profile?.targetLevel ? { targetLevel: profile.targetLevel } : {}),
    ratings,
    evidence: criterionEvidence,
    windowLabel: label,
  });

  const rows: MapHeatRow[] = framework.criteria.map((c) => ({
    criterion: c.id,
    name: c.name,
    area: c.area,
    cells: months.map((month, m) => {
      const list = perCriterion.get(c.id)?.cells[m] ?? [];
      return { month, count: list.length, items: list };
    }),
  }));
  const heatmap: MapHeatMap = { months, rows, max: rows.reduce((max, r) => r.cells.reduce((mx, cell) => Math.max(mx, cell.count), max), 0) };

  const levelName = (id: string | undefined) => (id === undefined ? undefined : framework.levels.find((l) => l.id === id)?.name);
  const notices = [...input.notices];
  if (unmapped > 0) notices.push(`${unmapped} of ${counted(items.length, 'evidence item')} ${unmapped === 1 ? 'maps' : 'map'} to no criterion yet: map ${unmapped === 1 ? 'it' : 'them'} by hand, or add signals to the framework`);
  const choices = [...new Set([...WINDOW_CHOICES, ...(window.months !== undefined ? [window.months] : [])])].sort((a, b) => a - b);
  const current = levelName(profile?.level);
  const target = levelName(profile?.targetLevel);

  return {
    version: 1,
    person: {
      name: profile?.name ?? '',
      ...(profile?.level ? { level: profile.level } : {}),
      ...(current ? { levelName: current } : {}),
      ...(profile?.targetLevel ? { targetLevel: profile.targetLevel } : {}),
      ...(target ? { targetLevelName: target } : {}),
    },
    framework: { name: framework.name, scale: { min: framework.scale.min, max: framework.scale.max } },
    window: { since: window.since, until: window.until, label, rule: window.rule, ...(window.months !== undefined ? { months: window.months } : {}) },
    filters: {
      repositories: [...new Set(input.repositories)].sort(),
      ...(input.repository !== undefined ? { repository: input.repository } : {}),
      windowChoices: choices,
    },
    headline: {
      criteria: criteria.length,
      meetingTarget: criteria.filter((c) => c.verdict === 'meets').length,
      perceptionGaps: criteria.filter((c) => c.verdict === 'perception-gap').length,
      evidence: items.length,
      unmapped,
    },
    criteria,
    heatmap,
    ratings: ratingTrends(model.assessments.assessments, framework, window.until),
    metrics: evidenceMetrics(items, quartersBetween(day.since, day.until)),
    balance: evidenceBalance(items, framework, ratings, profile?.targetLevel),
    goals: goalProgress(model.assessments.goals.filter((g) => known.has(g.criterion)), framework, ratings, items, window.since),
    ...(input.plan ? { plan: input.plan } : {}),
    evidence,
    notices,
    interactive: input.interactive,
  };
}

/** Newest first; the id breaks ties so that the order never depends on the input's. */
function newestFirst(a: EvidenceItem, b: EvidenceItem): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The fields the page shows, in one fixed key order (the JSON is compared byte for byte). */
function rowOf(item: EvidenceItem): MapEvidenceRow {
  const row: { -readonly [K in keyof MapEvidenceRow]: MapEvidenceRow[K] } = { id: item.id, source: item.source, kind: item.kind, title: item.title, date: item.date, criteria: item.criteria, reasons: item.reasons };
  if (item.repo !== undefined) row.repo = item.repo;
  if (item.path !== undefined) row.path = item.path;
  if (item.line !== undefined) row.line = item.line;
  if (item.sha !== undefined) row.sha = item.sha;
  return row;
}
