import type { DateWindow } from '../evidence/evidence-window';
import { monthsBetween, shortMonthTitle } from '../time/calendar';

/** An inclusive window of days, YYYY-MM-DD, as every "where you stand" computation takes it. */
export interface DayWindow extends DateWindow {
  readonly since: string;
  readonly until: string;
}

/** Every month (YYYY-MM) the window touches, oldest first. */
export function monthsOf(window: DayWindow): string[] {
  return monthsBetween(window.since, window.until);
}

/** `2026-Q4` for a date or month. */
export function quarterOf(dateOrMonth: string): string {
  const month = Number(dateOrMonth.slice(5, 7));
  return `${dateOrMonth.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Every quarter the window touches, oldest first. */
export function quartersOf(window: DayWindow): string[] {
  return [...new Set(monthsOf(window).map(quarterOf))];
}

/** `Dec 2025 – Nov 2026` (or `Nov 2026` for one month), as the window rule labels it. */
export function windowLabel(window: DayWindow): string {
  const from = shortMonthTitle(window.since.slice(0, 7));
  const to = shortMonthTitle(window.until.slice(0, 7));
  return from === to ? from : `${from} – ${to}`;
}

/** An average to one decimal, as ratings are shown ("2.8"). */
export function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `2` → `2.0`: ratings read alike whether whole or not. */
export function ratingText(n: number): string {
  return oneDecimal(n).toFixed(1);
}

/**
 * Months since year 0 for a `YYYY-MM…` text, read digit by digit: the views call this once per
 * item, and slicing strings for 20,000 items shows up in the profile.
 */
export function monthOrdinal(date: string): number {
  const d = (i: number) => date.charCodeAt(i) - 48;
  return (d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)) * 12 + d(5) * 10 + d(6) - 1;
}

/** Quarters since year 0 for a `YYYY-MM…` text. */
export function quarterOrdinal(date: string): number {
  return Math.floor(monthOrdinal(date) / 3);
}
