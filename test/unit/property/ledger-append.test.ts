import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../src/core/ledger/ledger-entry';
import { parseLedger } from '../../../src/core/ledger/ledger-parser';
import { ledgerAppend, ledgerHeader, renderEntry } from '../../../src/core/ledger/ledger-writer';
import { growthText } from './arbitraries';

/**
 * SPEC §7 "no lost data", as a property: appending an entry to any ledger file, however broken,
 * then reading it back gives the entries that were there (unchanged) plus the new one, exactly as
 * it reads on its own.
 */
const VOCAB = { kinds: new Set(['conversation', 'mentoring', 'incident', 'doc']), criteria: new Set(['communication', 'mentoring', 'cross-team']) };
const FILE = 'growth/ledger/2026-11.md';

const newEntry = fc.record({
  date: fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`),
  title: fc.oneof(fc.constantFrom('Paired with Lea on the flaky settlement test', '## heading-like', '2026-11-03 looks like a date', '<b>html</b>'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })),
  kind: fc.constantFrom('conversation', 'mentoring', 'incident', 'doc', 'unknown-kind', ''),
  criteria: fc.subarray(['communication', 'mentoring', 'cross-team', 'not-a-criterion']),
  tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  body: growthText,
});

/** An entry without where it is: what must not change when text is added after it. */
function content(e: LedgerEntry): Omit<LedgerEntry, 'line' | 'endLine'> {
  const { line: _line, endLine: _end, ...rest } = e;
  return rest;
}

describe('append then parse', () => {
  it('gives the previous entries unchanged plus the new one', () => {
    fc.assert(
      fc.property(fc.option(growthText, { nil: undefined }), newEntry, (existing, input) => {
        const entryText = renderEntry(input);
        const addition = ledgerAppend(existing, entryText, '2026-11');
        const before = existing === undefined ? [] : parseLedger(existing, FILE, VOCAB).value;
        const written = `${existing ?? addition.header ?? ''}${addition.text}`;
        // Nothing the person wrote is rewritten: the old text is a prefix of the new.
        if (existing !== undefined) expect(written.startsWith(existing)).toBe(true);
        const after = parseLedger(written, FILE, VOCAB).value;
        expect(after).toHaveLength(before.length + 1);
        // A block left open at the end is closed by the append: the last old entry's body gains
        // the closing line, and nothing else about it changes.
        for (let i = 0; i < before.length; i++) {
          const old = before[i] as LedgerEntry;
          const now = after[i] as LedgerEntry;
          expect(now.line).toBe(old.line);
          if (i < before.length - 1) expect(content(now)).toEqual(content(old));
          else expect({ ...content(now), body: '' }).toEqual({ ...content(old), body: '' });
        }
        const alone = parseLedger(`${ledgerHeader('2026-11')}\n${entryText}`, FILE, VOCAB).value;
        expect(alone).toHaveLength(1);
        expect(content(after[after.length - 1] as LedgerEntry)).toEqual(content(alone[0] as LedgerEntry));
      }),
      { numRuns: 400 },
    );
  });
});
