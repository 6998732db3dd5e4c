import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, isoDateAdvice, localDay, localMonth, monthsBetween } from '../../../src/core/time/calendar';

describe('isIsoDate', () => {
  it('accepts real days, including leap days', () => {
    expect(isIsoDate('2026-11-20')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses days that look right but never happen, and other shapes', () => {
    for (const bad of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00', '2026-1-5', '20/11/2026', 'last week', '2026-11-20T10:00']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('explains the two kinds of mistake differently', () => {
    expect(isoDateAdvice('2026-02-30')).toContain('not a day on the calendar');
    expect(isoDateAdvice('last week')).toContain('write it as YYYY-MM-DD');
  });
});

describe('month arithmetic', () => {
  it('keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('lists the months of a span, oldest first, across a year', () => {
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('reads the local calendar day of an instant', () => {
    expect(localDay(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect(localMonth(new Date(2026, 11, 1, 0, 0))).toBe('2026-12');
  });
});
