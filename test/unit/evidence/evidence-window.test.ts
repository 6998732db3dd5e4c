import { describe, expect, it } from 'vitest';
import { resolveWindow } from '../../../src/core/evidence/evidence-window';

describe('the evidence window', () => {
  it('uses the profile date when given, up to today', () => {
    expect(resolveWindow({ since: '2025-06-01' }, '2026-11-20', 12)).toMatchObject({ since: '2025-06-01', until: '2026-11-20', label: 'Jun 2025 – Nov 2026' });
  });
  it('counts the profile months as whole calendar months ending with this one', () => {
    expect(resolveWindow({ months: 6 }, '2026-11-20', 12)).toMatchObject({ since: '2026-06-01', until: '2026-11-20', months: 6 });
  });
  it('falls back to the setting, then to 12 months', () => {
    expect(resolveWindow({}, '2026-11-20', 3)).toMatchObject({ since: '2026-09-01', rule: 'the default window: 3 months up to 2026-11-20' });
    expect(resolveWindow(undefined, '2026-11-20')).toMatchObject({ since: '2025-12-01', label: 'Dec 2025 – Nov 2026' });
  });
  it('gives the same start on the last day of a month as on any other day of it', () => {
    expect(resolveWindow({ months: 1 }, '2026-03-31').since).toBe('2026-03-01');
    expect(resolveWindow({ months: 2 }, '2026-03-31').since).toBe('2026-02-01');
    expect(resolveWindow({ months: 12 }, '2024-02-29').since).toBe('2023-03-01');
  });
  it('crosses a year boundary', () => {
    expect(resolveWindow({ months: 3 }, '2027-01-05').since).toBe('2026-11-01');
  });
  it('lets overrides win: --since, then a chosen number of months, then --until', () => {
    expect(resolveWindow({ months: 6 }, '2026-11-20', 12, { since: '2026-01-15' })).toMatchObject({ since: '2026-01-15', rule: '--since 2026-01-15' });
    expect(resolveWindow({ since: '2020-01-01' }, '2026-11-20', 12, { months: 24 })).toMatchObject({ since: '2024-12-01' });
    expect(resolveWindow({ months: 6 }, '2026-11-20', 12, { until: '2026-10-31' })).toMatchObject({ since: '2026-05-01', until: '2026-10-31' });
  });
  it('counts months back from the end, so a window in the past (last year\'s review) spans its own months', () => {
    expect(resolveWindow({ months: 1 }, '2026-12-01', 12, { until: '2025-11-30' })).toMatchObject({ since: '2025-11-01', until: '2025-11-30', label: 'Nov 2025' });
    expect(resolveWindow(undefined, '2026-12-01', 12, { until: '2025-06-30' })).toMatchObject({ since: '2024-07-01', until: '2025-06-30' });
  });
  it('refuses an override that starts after the end, saying so', () => {
    expect(() => resolveWindow({}, '2026-12-01', 12, { since: '2026-06-01', until: '2026-05-31' })).toThrow(/start on 2026-06-01, after it ends on 2026-05-31/);
  });
  it('falls back to the default window, saying why, when the profile starts after the end', () => {
    expect(resolveWindow({ since: '2027-05-01' }, '2026-12-01', 12)).toMatchObject({
      since: '2026-01-01',
      until: '2026-12-01',
      rule: "the default window, since the profile's window.since (2027-05-01) is after 2026-12-01: 12 months up to 2026-12-01",
    });
  });
});
