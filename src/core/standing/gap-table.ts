import type { Criterion, Framework, Level } from '../model/types';
import type { GapVerdict, MapCriterionRow } from '../../shared/evidence-map-protocol';
import { decidingRating, type DatedRating, type LatestRatings } from './latest-ratings';
import { ratingText } from './rating-format';

/** What the gap table needs to know about one criterion's evidence in the window. */
export interface CriterionEvidence {
  /** Indices into the view model's evidence list, newest first. */
  readonly items: readonly number[];
  /** YYYY-MM-DD of the newest item. */
  readonly newest?: string;
}

export interface GapTableInput {
  readonly framework: Framework;
  readonly level?: string;
  readonly targetLevel?: string;
  readonly ratings: LatestRatings;
  readonly evidence: ReadonlyMap<string, CriterionEvidence>;
  /** "Dec 2025 – Nov 2026", for reasons. */
  readonly windowLabel: string;
}

/**
 * The rating that "meets" on the framework's scale: the one labelled "Meets…" when the scale
 * has such a label (3 on the default 1–4 scale), else two thirds of the way up the scale.
 */
export function meetsMark(framework: Framework): number {
  const { min, max, labels } = framework.scale;
  const labelled = Object.entries(labels).find(([, text]) => /\bmeets\b/i.test(text));
  if (labelled) return Number(labelled[0]);
  return Math.round(min + ((max - min) * 2) / 3);
}

/**
 * One row per criterion, framework order: the seeds' "Current State vs. Staff Expectations".
 *
 * The verdict rule, first match wins:
 * 1. **perception-gap**: self and manager both rated the criterion and differ by one point or
 *    more. Whatever else is true, that difference is what to talk about first.
 * 2. **no-evidence**: nothing in the window maps to the criterion; a rating alone cannot show a
 *    promotion committee anything.
 * 3. **meets**: the deciding rating (the manager's, else the person's own) is at least the
 *    scale's "meets" mark ({@link meetsMark}).
 * 4. **gap**: otherwise, including evidence that nobody has rated yet.
 */
export function gapTable(input: GapTableInput): MapCriterionRow[] {
  const mark = meetsMark(input.framework);
  const target = levelOf(input.framework, input.targetLevel);
  return input.framework.criteria.map((criterion) => {
    const r = input.ratings.get(criterion.id);
    const ev = input.evidence.get(criterion.id) ?? { items: [] };
    const { verdict, reason } = verdictOf(criterion, r?.self, r?.manager, ev, mark, target, input);
    const current = input.level ? criterion.expectations[input.level] : undefined;
    const expected = input.targetLevel ? criterion.expectations[input.targetLevel] : undefined;
    return {
      id: criterion.id,
      name: criterion.name,
      area: criterion.area,
      description: criterion.description,
      ...(current !== undefined ? { currentExpectation: current } : {}),
      ...(expected !== undefined ? { targetExpectation: expected } : {}),
      ...(r?.self ? { self: { rating: r.self.rating, date: r.self.date } } : {}),
      ...(r?.manager ? { manager: { rating: r.manager.rating, date: r.manager.date } } : {}),
      evidenceCount: ev.items.length,
      ...(ev.newest !== undefined ? { newest: ev.newest } : {}),
      verdict,
      verdictReason: reason,
      items: ev.items,
    };
  });
}

function verdictOf(
  criterion: Criterion,
  self: DatedRating | undefined,
  manager: DatedRating | undefined,
  ev: CriterionEvidence,
  mark: number,
  target: Level | undefined,
  input: GapTableInput,
): { verdict: GapVerdict; reason: string } {
  const expects = target && criterion.expectations[target.id] ? `; ${target.name} expects: ${criterion.expectations[target.id]}` : '';
  const items = ev.items.length === 1 ? '1 item' : `${ev.items.length} items`;
  if (self && manager && Math.abs(self.rating - manager.rating) >= 1) {
    return {
      verdict: 'perception-gap',
      reason: `you rate yourself ${ratingText(self.rating)} and your manager rates you ${ratingText(manager.rating)}: a point or more apart, worth talking through with the evidence (${items} in ${input.windowLabel})`,
    };
  }
  if (ev.items.length === 0) return { verdict: 'no-evidence', reason: `no evidence yet in ${input.windowLabel}${expects}` };
  const deciding = decidingRating({ ...(self ? { self } : {}), ...(manager ? { manager } : {}) });
  if (!deciding) return { verdict: 'gap', reason: `${items} of evidence, newest ${ev.newest}, but not rated yet: record an assessment to compare it with the target${expects}` };
  const who = deciding.by === 'manager' ? 'your manager rates' : 'you rate yourself';
  const label = input.framework.scale.labels[Math.floor(deciding.value.rating)];
  const rated = `${who} ${ratingText(deciding.value.rating)}${label ? ` (${label})` : ''} on ${deciding.value.date}`;
  if (deciding.value.rating >= mark) return { verdict: 'meets', reason: `${rated}, at or above ${ratingText(mark)}, with ${items} of evidence, newest ${ev.newest}` };
  return { verdict: 'gap', reason: `${rated}, below ${ratingText(mark)}; ${items} of evidence, newest ${ev.newest}${expects}` };
}

function levelOf(framework: Framework, id: string | undefined): Level | undefined {
  return id === undefined ? undefined : framework.levels.find((l) => l.id === id);
}
