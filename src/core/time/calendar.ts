/**
 * The one place for calendar dates. Growth files hold plain `YYYY-MM-DD` days and `YYYY-MM`
 * months: no times and no zones. "Today" is the calendar day on the machine's clock in the local
 * time zone (the day the person lives, and the day they would write in a ledger heading); the
 * editor and the CLI both get it from {@link localDay}, so they agree on the same machine.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * True for a real calendar date written as `YYYY-MM-DD`. The shape alone is not enough:
 * `2026-02-30` looks right and would sort right, but is a day that never happens.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The message part for a value that should have been an ISO date. */
export function isoDateAdvice(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return `\`${value}\` is not a day on the calendar`;
  return `\`${String(value)}\` is not a date; write it as YYYY-MM-DD (e.g. 2026-11-20)`;
}

/** True for `YYYY-MM` with a month from 01 to 12. */
export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value);
}

/**
 * `November 2026` for `2026-11`. Fixed English names rather than `Intl`, so a file written on one
 * machine reads the same as one written on another.
 */
export function monthTitle(month: string): string {
  const m = ISO_MONTH.exec(month);
  if (!m) throw new RangeError(`"${month}" is not a month; write it as YYYY-MM`);
  return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

/** `Nov 2026` for `2026-11`: the short form the Evidence Map's headings use. */
export function shortMonthTitle(month: string): string {
  return `${monthTitle(month).slice(0, 3)} ${month.slice(0, 4)}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in the local time zone. */
export function localDay(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The month (YYYY-MM) of an instant in the local time zone. */
export function localMonth(now: Date): string {
  return localDay(now).slice(0, 7);
}

/**
 * The same day `months` months later (negative: earlier). A day the target month does not have
 * becomes that month's last day: one month before 2026-03-31 is 2026-02-28.
 */
export function addMonths(day: string, months: number): string {
  const m = ISO_DATE.exec(day);
  if (!m) throw new RangeError(`"${day}" is not a date; write it as YYYY-MM-DD`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const d = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day after (or before, with a negative count) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const m = ISO_DATE.exec(day);
  if (!m) throw new RangeError(`"${day}" is not a date; write it as YYYY-MM-DD`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Every month from the one holding `since` to the one holding `until`, oldest first. */
export function monthsBetween(since: string, until: string): string[] {
  const out: string[] = [];
  let y = Number(since.slice(0, 4));
  let mo = Number(since.slice(5, 7));
  const endY = Number(until.slice(0, 4));
  const endM = Number(until.slice(5, 7));
  while (y < endY || (y === endY && mo <= endM)) {
    out.push(`${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`);
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  return out;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2026-Q4` for a date or month. */
export function quarterOf(dateOrMonth: string): string {
  const month = Number(dateOrMonth.slice(5, 7));
  return `${dateOrMonth.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Every quarter from the one holding `since` to the one holding `until`, oldest first. */
export function quartersBetween(since: string, until: string): string[] {
  return [...new Set(monthsBetween(since, until).map(quarterOf))];
}

/** `Dec 2025 – Nov 2026` (or `Nov 2026` when both fall in one month). */
export function windowLabel(since: string, until: string): string {
  const a = shortMonthTitle(since.slice(0, 7));
  const b = shortMonthTitle(until.slice(0, 7));
  return a === b ? a : `${a} – ${b}`;
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
