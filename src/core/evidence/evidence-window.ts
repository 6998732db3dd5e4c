import type { EvidenceWindow } from '../model/types';
import { addMonths, isIsoDate, windowLabel } from '../time/calendar';

/** The default number of months evidence counts for (setting `growthLedger.evidenceWindowMonths`). */
export const DEFAULT_WINDOW_MONTHS = 12;

/** The window evidence is counted in, and how it was chosen. */
export interface ResolvedWindow {
  /** Inclusive YYYY-MM-DD bounds. */
  readonly since: string;
  readonly until: string;
  /** The months count when the window was counted back from today. */
  readonly months?: number;
  /** How it was chosen, for people: "the profile's window.months (6 months back from 2026-11-20)". */
  readonly rule: string;
  /** "Dec 2025 – Nov 2026" */
  readonly label: string;
}

/** What can override the profile's window: the CLI's `--since/--until`, or a filter in the Evidence Map. */
export interface WindowOverrides {
  readonly since?: string;
  readonly until?: string;
  /** Count this many months back from today instead of the profile's window. */
  readonly months?: number;
}

/**
 * The one window rule, used by the editor and the CLI alike. The start is, in order: an explicit
 * `since` override; a months override; the profile's `window.since`; the profile's
 * `window.months`; else `defaultMonths` (the setting, 12 by default). A count of months means
 * whole calendar months ending with today's: 12 months on 2026-11-20 (or on 2026-11-30) start on
 * 2025-12-01, so the heat map's columns and the quarters are never cut in half, and no month-end
 * day needs rolling back. The end is the `until` override, else today; months are counted back
 * from the end, so a window that ends in the past (a review of last month) still spans its months.
 * `today` is the local calendar day (see `localDay`): both callers read it from the same clock in
 * the same way. An override that starts after the end is refused; a profile's is replaced by the
 * default window, with the reason in the rule.
 */
export function resolveWindow(profile: EvidenceWindow | undefined, today: string, defaultMonths: number = DEFAULT_WINDOW_MONTHS, overrides: WindowOverrides = {}): ResolvedWindow {
  if (!isIsoDate(today)) throw new RangeError(`today "${today}" is not a date`);
  const until = overrides.until ?? today;
  const fixed = (since: string, rule: string): ResolvedWindow => {
    if (since > until) throw new RangeError(`the evidence window would start on ${since}, after it ends on ${until}: choose an earlier start or a later end`);
    return { since, until, rule, label: windowLabel(since, until) };
  };
  const back = (months: number, why: string): ResolvedWindow => {
    const since = addMonths(`${until.slice(0, 7)}-01`, 1 - months);
    return { since, until, months, rule: `${why}: ${months} ${months === 1 ? 'month' : 'months'} up to ${until}`, label: windowLabel(since, until) };
  };
  if (overrides.since) return fixed(overrides.since, `--since ${overrides.since}`);
  if (overrides.months) return back(overrides.months, 'the window you chose');
  // A profile's start after the end (a typo, or a date in the future) must not break every view:
  // the default window is used and the rule says why. Only an explicit override is refused.
  if (profile?.since && profile.since > until) return back(defaultMonths, `the default window, since the profile's window.since (${profile.since}) is after ${until}`);
  if (profile?.since) return fixed(profile.since, `the profile's window.since (${profile.since})`);
  if (profile?.months) return back(profile.months, "the profile's window.months");
  return back(defaultMonths, 'the default window');
}


/** Inclusive ISO dates (YYYY-MM-DD); an absent end is open. */
export interface DateWindow {
  readonly since?: string;
  readonly until?: string;
}

/** Whether a YYYY-MM-DD date falls inside the window (both ends inclusive). */
export function inWindow(date: string, window: DateWindow): boolean {
  if (window.since !== undefined && date < window.since) return false;
  if (window.until !== undefined && date > window.until) return false;
  return true;
}
