import type { Clock, GrowthFileStore } from '../ports';
import { type GrowthLayout } from '../layout';
import { localDay, localMonth } from '../time/calendar';
import { ledgerAppend, renderEntry } from '../ledger/ledger-writer';
import type { LedgerLink } from '../ledger/ledger-entry';

/** A new ledger entry as the person described it. */
export interface LogEntryInput {
  readonly kind: string;
  readonly title: string;
  readonly criteria?: readonly string[];
  readonly tags?: readonly string[];
  readonly body?: string;
  readonly links?: readonly LedgerLink[];
  /** ISO date; today when absent. */
  readonly date?: string;
}

export interface LogEntryResult {
  /** The ledger file the entry went into. */
  readonly path: string;
  readonly date: string;
}

/** Appends one entry to the ledger file of the entry's month (created with a title when new). */
export async function logEntry(store: GrowthFileStore, layout: GrowthLayout, clock: Clock, input: LogEntryInput): Promise<LogEntryResult> {
  const title = input.title.trim();
  if (title === '') throw new Error('an entry needs a title');
  const date = input.date ?? localDay(clock.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"${date}" is not a date; write it as YYYY-MM-DD`);
  const month = date.slice(0, 7) || localMonth(clock.now());
  const path = layout.ledgerFile(month);
  const entry = renderEntry({
    date,
    title,
    kind: input.kind,
    criteria: [...(input.criteria ?? [])],
    tags: [...(input.tags ?? [])],
    body: input.body ?? '',
    links: [...(input.links ?? [])],
  });
  const existing = await store.read(path);
  const addition = ledgerAppend(existing, entry, month);
  await store.append(path, addition.text, addition.header ?? '');
  return { path, date };
}
