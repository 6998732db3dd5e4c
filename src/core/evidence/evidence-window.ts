import type { EvidenceWindow } from '../model/types';

/**
 * The first day (YYYY-MM-DD) evidence counts from: the profile's `since`, else its `months`, else
 * the setting's number of months back from `today`.
 */
export function evidenceWindow(window: EvidenceWindow, defaultMonths: number, today: Date): string {
  if (window.since) return window.since;
  const months = window.months ?? defaultMonths;
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth() - months, today.getDate()));
  // A month-end day that does not exist in the target month rolls back to that month's last day.
  if (d.getUTCDate() !== today.getDate()) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}
