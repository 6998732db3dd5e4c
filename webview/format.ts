import type { GapVerdict, MapArea } from '../src/shared/evidence-map-protocol';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03` → `Mar 2026`. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** `2026-03` → `M` (the heat map's column letters), with the year under January. */
export function monthInitial(month: string): string {
  return (MONTHS[Number(month.slice(5, 7)) - 1] ?? '?').slice(0, 1);
}

/**
 * How long before the window's end the newest item is ("2 wk", "4 mo"). Measured against the
 * window, not today, so the same model always reads the same.
 */
export function recency(newest: string | undefined, until: string): string {
  if (!newest) return 'none';
  const days = Math.round((Date.parse(until) - Date.parse(newest)) / 86_400_000);
  if (days < 1) return 'today';
  if (days < 14) return `${days} d`;
  if (days < 60) return `${Math.round(days / 7)} wk`;
  return `${Math.round(days / 30)} mo`;
}

export function rating(value: number | undefined): string {
  if (value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export const VERDICT_LABEL: Record<GapVerdict, string> = {
  meets: 'Meets',
  gap: 'Gap',
  'no-evidence': 'No evidence yet',
  'perception-gap': 'Perception gap',
};

export const VERDICT_ICON: Record<GapVerdict, string> = {
  meets: 'pass',
  gap: 'warning',
  'no-evidence': 'circle-slash',
  'perception-gap': 'arrow-swap',
};

export const AREA_LABEL: Record<MapArea, string> = { technical: 'Technical', soft: 'Soft skills' };

/** Codicon per evidence kind: the one table the Evidence view uses too. */
export { iconForKind as kindIcon } from '../src/shared/kind-icons';

/** Heat intensity bucket 0–4; 0 only for an empty cell, so any evidence is visibly tinted. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}
