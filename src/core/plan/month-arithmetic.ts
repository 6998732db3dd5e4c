/** Calendar months as `YYYY-MM` strings, without `Date` (no time zone can shift a month). */

/** `2026-11` plus `n` months (negative goes back). */
export function addMonths(month: string, n: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + n;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}`;
}

/** `2027-06-01`: the same day `n` months later, clamped to the month's last day. */
export function addMonthsToDate(date: string, n: number): string {
  const month = addMonths(date.slice(0, 7), n);
  const day = Math.min(Number(date.slice(8, 10)), lastDay(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** 28–31. */
export function lastDay(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
