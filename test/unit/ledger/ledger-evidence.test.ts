import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerEvidence } from '../../../src/core/ledger/ledger-evidence';
import { parseLedger } from '../../../src/core/ledger/ledger-parser';
import { vocab } from './vocabulary';

const NOV = 'growth/ledger/2026-11.md';
const entries = parseLedger(readFileSync(join(__dirname, '../../fixtures/ledger/2026-11.md'), 'utf8'), NOV, vocab).value;

describe('ledgerEvidence', () => {
  const items = ledgerEvidence(entries, NOV);

  it('turns each entry into an item that opens its heading', () => {
    expect(items).toHaveLength(entries.length);
    expect(items[5]).toEqual({
      id: 'ledger:growth/ledger/2026-11.md:62',
      source: 'ledger',
      kind: 'incident',
      title: 'Coordinated the payments outage response',
      date: '2026-11-20',
      path: NOV,
      line: 62,
      criteria: ['leadership', 'communication'],
      reasons: ['ledger entry tagged #incident', 'ledger entry tagged #leadership', 'ledger entry tagged #communication'],
      tags: ['on-call'],
    });
  });

  it('gives a tag that is both kind and criterion one reason, and says when an entry had no kind tag', () => {
    const mentoring = items.find((i) => i.date === '2026-11-25');
    expect(mentoring?.reasons).toEqual(['ledger entry tagged #mentoring', 'ledger entry tagged #technical-scope']);
    const untagged = items.find((i) => i.date === '2026-11-18');
    expect(untagged).toMatchObject({ kind: 'other', criteria: [] });
    expect(untagged?.reasons[0]).toContain('kind: other');
    expect(untagged).not.toHaveProperty('tags');
  });

  it('keeps ids unique within a file', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });
});
