import type { Assessment, Assessor, Framework } from '../model/types';
import type { MapArea, MapRatingPoint, MapRatingSeries } from '../../shared/evidence-map-protocol';
import { oneDecimal, ratingText } from './rating-format';

const AREA_WORDS: Readonly<Record<MapArea | 'overall', string>> = { technical: 'technical skills', soft: 'soft skills', overall: 'overall' };

/**
 * Ratings over time: for every dated assessment up to `until`, the average of its ratings per
 * area and overall, self and manager apart ("soft skills (manager) 2.0 → 3.0"). An assessment
 * that rated nothing in an area adds no point to that area's series. Series with no point are
 * left out; order is self then manager, technical, soft, overall.
 */
export function ratingTrends(assessments: readonly Assessment[], framework: Framework, until: string): MapRatingSeries[] {
  const areaOf = new Map(framework.criteria.map((c) => [c.id, c.area]));
  const ordered = assessments.filter((a) => a.date <= until).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  const out: MapRatingSeries[] = [];
  for (const by of ['self', 'manager'] as const satisfies readonly Assessor[]) {
    for (const area of ['technical', 'soft', 'overall'] as const) {
      const points: MapRatingPoint[] = [];
      for (const a of ordered) {
        if (a.by !== by) continue;
        const values = Object.entries(a.ratings).filter(([id]) => areaOf.has(id) && (area === 'overall' || areaOf.get(id) === area)).map(([, v]) => v);
        if (values.length === 0) continue;
        const point = { date: a.date, average: oneDecimal(values.reduce((s, v) => s + v, 0) / values.length) };
        // Two assessments on one day: the later one in the file is the person's final word.
        if (points.at(-1)?.date === a.date) points[points.length - 1] = point;
        else points.push(point);
      }
      if (points.length === 0) continue;
      const first = points[0] as MapRatingPoint;
      const last = points.at(-1) as MapRatingPoint;
      const who = by === 'self' ? 'self' : 'manager';
      const summary = points.length === 1
        ? `${AREA_WORDS[area]} (${who}) ${ratingText(first.average)} on ${first.date}`
        : `${AREA_WORDS[area]} (${who}) ${ratingText(first.average)} → ${ratingText(last.average)}`;
      out.push({ by, area, points, summary });
    }
  }
  return out;
}
