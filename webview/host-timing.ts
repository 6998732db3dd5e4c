import type { MapHostTiming } from '../src/shared/evidence-map-protocol';

/** The steps a host timing may name, each a time by the host's clock in ms. */
const TIMING_STEPS = ['command', 'panelCreated', 'htmlSet', 'computeStarted', 'computed', 'posted'] as const satisfies readonly (keyof MapHostTiming)[];

/** The timing's known steps that are finite numbers; anything else in it is dropped. */
export function hostTiming(value: unknown): MapHostTiming | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const timing: Partial<Record<keyof MapHostTiming, number>> = {};
  for (const step of TIMING_STEPS) {
    const at = (value as Record<string, unknown>)[step];
    if (typeof at === 'number' && Number.isFinite(at)) timing[step] = at;
  }
  return Object.keys(timing).length ? timing : undefined;
}
