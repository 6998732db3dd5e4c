import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateAdvice } from '../../../src/core/model/iso-date';

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
