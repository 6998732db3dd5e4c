import { describe, expect, it } from 'vitest';
import { evidenceWindow } from '../../../src/core/evidence/evidence-window';

describe('the evidence window', () => {
  it('uses the profile date when given', () => {
    expect(evidenceWindow({ since: '2025-06-01', months: 3 }, 12, new Date(2026, 10, 20))).toBe('2025-06-01');
  });
  it('counts the profile months back from today', () => {
    expect(evidenceWindow({ months: 6 }, 12, new Date(2026, 10, 20))).toBe('2026-05-20');
  });
  it('falls back to the setting', () => {
    expect(evidenceWindow({}, 12, new Date(2026, 10, 20))).toBe('2025-11-20');
  });
  it('rolls a month-end day back to the last day of a shorter month', () => {
    expect(evidenceWindow({ months: 1 }, 12, new Date(2026, 2, 31))).toBe('2026-02-28');
  });
});
