const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The message part for a value that should have been an ISO date. */
export function isoDateAdvice(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return `\`${value}\` is not a day on the calendar`;
  return `\`${String(value)}\` is not a date; write it as YYYY-MM-DD (e.g. 2026-11-20)`;
}
