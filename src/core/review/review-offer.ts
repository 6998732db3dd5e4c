import { addMonths } from '../time/calendar';

/** What decides whether last month's review is offered. */
export interface ReviewOfferState {
  /** This month, YYYY-MM. */
  readonly month: string;
  /** Months with ledger entries, YYYY-MM. */
  readonly ledgerMonths: readonly string[];
  /** Whether `growth/reviews/<last month>.md` exists. */
  readonly reviewExists: boolean;
  /** The last month whose review was already offered and taken or dismissed. */
  readonly offered?: string;
}

/**
 * The month whose review to offer, once: the month that just ended, when the person kept a ledger
 * in it, has not written its review, and has not already been offered it. "Review monthly" is the
 * seeds' habit; offering it once, not every day, keeps it a nudge.
 */
export function reviewToOffer(state: ReviewOfferState): string | undefined {
  const last = previousMonth(state.month);
  if (state.reviewExists || state.offered === last) return undefined;
  return state.ledgerMonths.includes(last) ? last : undefined;
}

/** `2026-11` for `2026-12`. */
export function previousMonth(month: string): string {
  return addMonths(`${month}-01`, -1).slice(0, 7);
}
