import { describe, expect, it } from 'vitest';
import { mapEvidence } from '../../../src/core/mapping/evidence-mapping';
import { noCorrections, type EvidenceCorrections } from '../../../src/core/mapping/evidence-corrections';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import type { EvidenceItem } from '../../../src/core/evidence/evidence-item';
import type { Framework } from '../../../src/core/model/types';
import { YEAR_OF_EVIDENCE } from '../../fixtures/mapping/year-of-evidence';

const FILE = 'growth/evidence.yml';
const byId = (items: readonly EvidenceItem[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const corrections = (c: Partial<Omit<EvidenceCorrections, 'file'>>): EvidenceCorrections => ({ ...noCorrections(FILE), ...c });

const RFC = 'git:payments-api:doc:proposals/0012-api-error-envelope.md';
const INCIDENT = 'ledger:growth/ledger/2026-07.md:22';
const REVIEW = 'git:ledger-service:review:5c6d7e8';

describe('mapping evidence to criteria', () => {
  it('keeps explicit ledger tags as they are and does not add signal guesses to them', () => {
    const { items } = mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, noCorrections(FILE));
    const incident = byId(items, INCIDENT);
    // Kind `incident` is a signal of leadership and impact-scope: the tags (leadership, communication) win alone.
    expect(incident.criteria).toEqual(['communication', 'leadership']);
    expect(incident.reasons).toContain('ledger entry tagged #leadership');
  });

  it('maps git items by kind, path and title words, each with its reason', () => {
    const { items } = mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, noCorrections(FILE));
    const rfc = byId(items, RFC);
    expect(rfc.criteria).toContain('architecture');
    expect(rfc.reasons).toContain('kind rfc counts toward Architecture');
    // proposals/** is an initiative path; the kind already counts, so the reason names the kind.
    expect(rfc.reasons).toContain('kind rfc counts toward Initiative');
    const onboarding = byId(items, 'git:platform-docs:doc:docs/onboarding/payments-101.md');
    expect(onboarding.criteria).toContain('mentoring');
    expect(onboarding.reasons).toContain('path docs/onboarding/payments-101.md matches **/onboarding/**, which counts toward Mentoring');
    const pilot = byId(items, 'ledger:growth/ledger/2026-10.md:7');
    expect(pilot.criteria).toEqual(['initiative']);
    expect(pilot.reasons).toContain("title mentions 'proposed', which counts toward Initiative");
  });

  it('matches keywords as whole words, case-insensitively', () => {
    const framework: Framework = {
      ...DEFAULT_FRAMEWORK,
      criteria: [{ ...DEFAULT_FRAMEWORK.criteria[0]!, id: 'leadership', name: 'Leadership', signals: { kinds: [], paths: [], keywords: ['led', '1:1', 'all-hands'] } }],
    };
    const at = (title: string) => mapEvidence([{ id: title, source: 'ledger', kind: 'other', title, date: '2026-11-02', criteria: [], reasons: [] }], framework, noCorrections(FILE)).items[0]?.criteria;
    expect(at('LED the migration kickoff')).toEqual(['leadership']);
    expect(at('Called the vendor')).toEqual([]);
    expect(at('Weekly 1:1 with Sam')).toEqual(['leadership']);
    expect(at('Spoke at the All-Hands')).toEqual(['leadership']);
    expect(at('ledger cleanup')).toEqual([]);
  });

  it('searches the body when the caller provides one', () => {
    const item: EvidenceItem = { id: 'ledger:x:1', source: 'ledger', kind: 'other', title: 'Friday', date: '2026-11-02', criteria: [], reasons: [] };
    const { items } = mapEvidence([item], DEFAULT_FRAMEWORK, noCorrections(FILE), { bodyOf: () => 'We ran a postmortem on the outage.' });
    expect(items[0]?.criteria).toContain('leadership');
    expect(items[0]?.reasons.some((r) => r.startsWith("text mentions 'postmortem'") || r.startsWith("text mentions 'outage'"))).toBe(true);
  });

  it('lets corrections win: exclude, map by hand over signals, remove a mapping', () => {
    const c = corrections({
      excluded: [{ id: REVIEW, date: '2026-11-20', reason: 'pairing session, not a review', line: 3 }],
      mapped: [{ id: RFC, criteria: ['communication'], date: '2026-11-20', line: 7 }],
      unmapped: [{ id: INCIDENT, criteria: ['communication'], date: '2026-11-21', line: 11 }],
    });
    const { items, excluded } = mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, c);
    expect(items.some((i) => i.id === REVIEW)).toBe(false);
    expect(excluded).toEqual([{ item: byId(YEAR_OF_EVIDENCE, REVIEW), reason: 'you excluded this on 2026-11-20: pairing session, not a review' }]);
    const rfc = byId(items, RFC);
    expect(rfc.criteria).toEqual(['communication']);
    expect(rfc.reasons).toContain('you mapped this to Communication by hand on 2026-11-20');
    const incident = byId(items, INCIDENT);
    expect(incident.criteria).toEqual(['leadership']);
    expect(incident.reasons).toContain('you removed Communication from it by hand on 2026-11-21');
  });

  it('adds a hand mapping to explicit tags rather than replacing them', () => {
    const c = corrections({ mapped: [{ id: INCIDENT, criteria: ['maturity'], line: 2 }] });
    expect(byId(mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, c).items, INCIDENT).criteria).toEqual(['communication', 'leadership', 'maturity']);
  });

  it('keeps corrections across re-mining and reports those whose item is gone', () => {
    const c = corrections({
      excluded: [{ id: REVIEW, line: 3 }],
      mapped: [{ id: 'git:payments-api:review:deadbee', criteria: ['mentoring', 'mentorship'], line: 8 }],
    });
    // Re-mining gives new objects with the same ids: the correction still applies.
    const remined = YEAR_OF_EVIDENCE.map((i) => ({ ...i, reasons: [...i.reasons] }));
    const { items, problems } = mapEvidence(remined, DEFAULT_FRAMEWORK, c);
    expect(items.some((i) => i.id === REVIEW)).toBe(false);
    expect(problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      [FILE, 8, 'warning'],
      [FILE, 8, 'warning'],
    ]);
    expect(problems[0]?.message).toMatch(/git:payments-api:review:deadbee matches no evidence any more/);
    expect(problems[1]?.message).toMatch(/`mentorship`.*did you mean `mentoring`/);
    // An id outside the list but known to exist (outside the window) is not an orphan.
    const known = mapEvidence(remined, DEFAULT_FRAMEWORK, c, { knownIds: new Set(['git:payments-api:review:deadbee']) });
    expect(known.problems).toHaveLength(1);
  });

  it('maps a rewritten history item only when its id matches again', () => {
    const rewritten = YEAR_OF_EVIDENCE.map((i) => (i.id === REVIEW ? { ...i, id: 'git:ledger-service:review:9999999', sha: '9999999' } : i));
    const { items, problems } = mapEvidence(rewritten, DEFAULT_FRAMEWORK, corrections({ excluded: [{ id: REVIEW, line: 4 }] }));
    expect(items.some((i) => i.id === 'git:ledger-service:review:9999999')).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(4);
  });

  it('puts criteria in framework order and keeps the input order of items', () => {
    const { items } = mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, noCorrections(FILE));
    expect(items.map((i) => i.id)).toEqual(YEAR_OF_EVIDENCE.map((i) => i.id));
    const order = DEFAULT_FRAMEWORK.criteria.map((c) => c.id);
    for (const item of items) expect(item.criteria).toEqual([...item.criteria].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  // Its speed (target < 100 ms) is measured by `npm run bench` (view-model-bench), not here.
  it('maps 20,000 items, each once and as its single copy would be', () => {
    const many = Array.from({ length: 20_000 }, (_, n) => {
      const base = YEAR_OF_EVIDENCE[n % YEAR_OF_EVIDENCE.length]!;
      return { ...base, id: `${base.id}#${n}` };
    });
    const items = mapEvidence(many, DEFAULT_FRAMEWORK, noCorrections(FILE)).items;
    expect(new Set(items.map((i) => i.id)).size).toBe(20_000);
    const single = mapEvidence(YEAR_OF_EVIDENCE, DEFAULT_FRAMEWORK, noCorrections(FILE)).items;
    const k = 12_345;
    expect(items[k]?.criteria).toEqual(single[k % single.length]?.criteria);
  });
});
