import type { EvidenceItem } from '../evidence/evidence-item';
import type { Framework } from '../model/types';
import type { MapBalance } from '../../shared/evidence-map-protocol';
import { decidingRating, type LatestRatings } from './latest-ratings';
import { oneDecimal, ratingText } from './rating-format';

/** How far from the target share still reads as "in balance", in percentage points. */
export const BALANCE_TOLERANCE = 10;

/**
 * The technical/soft balance (the seeds' 70/30 discussion): evidence items mapped to technical
 * vs. soft criteria (an item mapped to both counts in both), the average latest rating per area
 * (the manager's where there is one), and the target level's share when the framework sets one.
 */
export function evidenceBalance(items: readonly EvidenceItem[], framework: Framework, ratings: LatestRatings, targetLevel: string | undefined): MapBalance {
  const areaOf = new Map(framework.criteria.map((c) => [c.id, c.area]));
  let technical = 0;
  let soft = 0;
  for (const item of items) {
    let t = false;
    let s = false;
    for (const c of item.criteria) {
      const area = areaOf.get(c);
      if (area === 'technical') t = true;
      else if (area === 'soft') s = true;
    }
    if (t) technical++;
    if (s) soft++;
  }
  const total = technical + soft;
  const technicalPercent = total === 0 ? undefined : Math.round((technical * 100) / total);
  const level = targetLevel === undefined ? undefined : framework.levels.find((l) => l.id === targetLevel);
  const target = level?.technicalShare;
  const areaRatings = averageRatings(framework, ratings);
  return {
    technical,
    soft,
    ...(technicalPercent !== undefined ? { technicalPercent } : {}),
    ...(areaRatings ? { ratings: areaRatings } : {}),
    ...(target !== undefined ? { targetTechnicalPercent: target } : {}),
    summary: summaryOf(technicalPercent, target, level?.name, areaRatings),
  };
}

function averageRatings(framework: Framework, ratings: LatestRatings): { technical?: number; soft?: number } | undefined {
  const sums = { technical: [0, 0], soft: [0, 0] };
  for (const c of framework.criteria) {
    const r = decidingRating(ratings.get(c.id));
    if (!r) continue;
    sums[c.area][0]! += r.value.rating;
    sums[c.area][1]!++;
  }
  const avg = ([sum, n]: number[]) => (n ? oneDecimal((sum as number) / n) : undefined);
  const technical = avg(sums.technical);
  const soft = avg(sums.soft);
  if (technical === undefined && soft === undefined) return undefined;
  return { ...(technical !== undefined ? { technical } : {}), ...(soft !== undefined ? { soft } : {}) };
}

function summaryOf(percent: number | undefined, target: number | undefined, levelName: string | undefined, ratings: { technical?: number; soft?: number } | undefined): string {
  const parts: string[] = [];
  if (percent === undefined) parts.push('no evidence mapped to a criterion yet, so no balance to show');
  else {
    parts.push(`${percent}% technical / ${100 - percent}% soft evidence`);
    if (target !== undefined) {
      const diff = percent - target;
      const aim = `${levelName ?? 'the target level'} aims for ${target}/${100 - target}`;
      if (Math.abs(diff) <= BALANCE_TOLERANCE) parts.push(`${aim}: within ${BALANCE_TOLERANCE} points, in balance`);
      else if (diff > 0) parts.push(`${aim}: ${diff} points more technical than that, so soft-skill evidence (mentoring, communication, leadership) is what is missing`);
      else parts.push(`${aim}: ${-diff} points more soft than that, so technical evidence (designs, RFCs, scope) is what is missing`);
    }
  }
  if (ratings?.technical !== undefined && ratings.soft !== undefined) {
    parts.push(`ratings: technical ${ratingText(ratings.technical)}, soft ${ratingText(ratings.soft)}`);
  }
  return parts.join('; ');
}
