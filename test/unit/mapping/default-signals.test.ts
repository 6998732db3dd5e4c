import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { criteriaIndex } from '../../../src/core/framework/criteria-index';
import { mapEvidence } from '../../../src/core/mapping/evidence-mapping';
import { noCorrections } from '../../../src/core/mapping/evidence-corrections';
import { BUILTIN_KINDS } from '../../../src/core/model/types';

/** Every kind the miner and the note reader produce. */
const GIT_AND_NOTE_KINDS = ['rfc', 'adr', 'design-doc', 'doc', 'review', 'mentoring', 'pairing', 'commits', 'two-note'];

describe("the built-in framework's signals", () => {
  it('map every kind the miner and the two-notes produce, and every ledger kind but `other`, by kind alone', () => {
    const kinds = [...new Set([...GIT_AND_NOTE_KINDS, ...BUILTIN_KINDS])].filter((k) => k !== 'other');
    // A bland title and no path: only the kind can map these.
    const items = kinds.map((kind) => ({ id: kind, source: 'git' as const, kind, title: 'Friday', date: '2026-11-02', criteria: [], reasons: [] }));
    const { items: mapped } = mapEvidence(items, DEFAULT_FRAMEWORK, noCorrections());
    const unmapped = mapped.filter((i) => i.criteria.length === 0).map((i) => i.kind);
    expect(unmapped).toEqual([]);
  });

  it('name only kinds a framework file may name too', () => {
    const { signalKinds } = criteriaIndex(DEFAULT_FRAMEWORK);
    for (const c of DEFAULT_FRAMEWORK.criteria) for (const k of c.signals.kinds) expect(signalKinds.has(k), `${c.id}: ${k}`).toBe(true);
  });
});
