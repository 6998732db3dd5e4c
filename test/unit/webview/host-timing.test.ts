import { describe, expect, it } from 'vitest';
import { hostTiming } from '../../../webview/host-timing';

describe('the host timing the page keeps for the benchmark', () => {
  it('keeps the known steps that are finite numbers', () => {
    expect(hostTiming({ command: 1, panelCreated: 2, htmlSet: 3, computeStarted: 4, computed: 5, posted: 6 }))
      .toEqual({ command: 1, panelCreated: 2, htmlSet: 3, computeStarted: 4, computed: 5, posted: 6 });
  });

  it('drops unknown keys and values that are not finite numbers, and is absent when nothing is left', () => {
    expect(hostTiming({ command: '1', panelCreated: Number.NaN, htmlSet: Infinity, posted: 7, script: 8 })).toEqual({ posted: 7 });
    expect(hostTiming({ command: '1', other: 2 })).toBeUndefined();
    expect(hostTiming(null)).toBeUndefined();
    expect(hostTiming('command')).toBeUndefined();
    expect(hostTiming(undefined)).toBeUndefined();
  });
});
