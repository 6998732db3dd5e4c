import { describe, expect, it } from 'vitest';
import { heatLevel, monthInitial, monthLabel, rating, recency } from '../../../webview/format';

describe('what the Evidence Map prints', () => {
  it('measures recency against the window\'s end, not today, so the same model always reads the same', () => {
    expect(recency('2026-11-30', '2026-11-30')).toBe('today');
    expect(recency('2026-11-20', '2026-11-30')).toBe('10 d');
    expect(recency('2026-11-16', '2026-11-30')).toBe('2 wk');
    expect(recency('2026-08-01', '2026-11-30')).toBe('4 mo');
    expect(recency(undefined, '2026-11-30')).toBe('none');
  });

  it('tints every cell with evidence, darkest at the busiest, and leaves empty cells untinted', () => {
    expect(heatLevel(0, 9)).toBe(0);
    expect(heatLevel(1, 9)).toBe(1);
    expect(heatLevel(5, 9)).toBe(3);
    expect(heatLevel(9, 9)).toBe(4);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('writes ratings as the assessments did: whole numbers plain, halves with one decimal, none as a dash', () => {
    expect(rating(3)).toBe('3');
    expect(rating(2.5)).toBe('2.5');
    expect(rating(2.75)).toBe('2.8');
    expect(rating(undefined)).toBe('–');
  });

  it('names months for columns and headings', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(monthInitial('2026-03')).toBe('M');
  });
});
