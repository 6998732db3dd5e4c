import type { Assessment, Assessor } from '../model/types';

/** A rating and the date of the assessment it comes from. */
export interface DatedRating {
  readonly rating: number;
  readonly date: string;
}

/** Per criterion, the latest rating by self and by manager. */
export type LatestRatings = ReadonlyMap<string, { readonly self?: DatedRating; readonly manager?: DatedRating }>;

/**
 * The latest rating each assessor gave each criterion on or before `until`. An assessment that
 * left a criterion out does not erase an earlier rating of it: people often rate a few criteria
 * at a time. Two assessments by the same assessor on the same day: the later one in the file wins.
 */
export function latestRatings(assessments: readonly Assessment[], until: string): LatestRatings {
  const out = new Map<string, { self?: DatedRating; manager?: DatedRating }>();
  const ordered = assessments.filter((a) => a.date <= until).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  for (const a of ordered) {
    for (const [criterion, rating] of Object.entries(a.ratings)) {
      const entry = out.get(criterion) ?? {};
      entry[a.by] = { rating, date: a.date };
      out.set(criterion, entry);
    }
  }
  return out;
}

/** The rating that decides a verdict: the manager's when there is one (it is the one the promotion hinges on), else the person's own. */
export function decidingRating(r: { readonly self?: DatedRating; readonly manager?: DatedRating } | undefined): { readonly by: Assessor; readonly value: DatedRating } | undefined {
  if (r?.manager) return { by: 'manager', value: r.manager };
  if (r?.self) return { by: 'self', value: r.self };
  return undefined;
}
