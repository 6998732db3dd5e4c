const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** True for `YYYY-MM-DD` strings that name a day on the calendar (`2026-02-30` is not one). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for `YYYY-MM` with a month from 01 to 12. */
export function isIsoMonth(text: string): boolean {
  return ISO_MONTH.test(text);
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
