import { describe, expect, it } from 'vitest';
import { groupEvidence } from '../../../src/core/evidence/evidence-groups';
import type { EvidenceItem } from '../../../src/core/evidence/evidence-item';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';

const item = (id: string, kind: string, date: string, criteria: string[]): EvidenceItem => ({ id, source: 'ledger', kind, title: id, date, criteria, reasons: [] });

const items = [
  item('rfc-cache', 'rfc', '2026-10-02', ['architecture', 'communication']),
  item('review-1', 'review', '2026-11-03', ['code-quality']),
  item('mentor', 'mentoring', '2026-11-10', ['mentoring']),
  item('review-2', 'review', '2026-09-30', []),
];

describe('grouping evidence for the Evidence view', () => {
  it('by criterion: framework order, an item under each of its criteria, unmapped last', () => {
    const groups = groupEvidence(items, 'criterion', DEFAULT_FRAMEWORK);
    const order = DEFAULT_FRAMEWORK.criteria.map((c) => c.id);
    const keys = groups.map((g) => g.key);
    expect(keys.at(-1)).toBe('');
    expect(groups.at(-1)?.label).toBe('Not mapped yet');
    const mapped = keys.slice(0, -1);
    expect(mapped).toEqual([...mapped].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(groups.find((g) => g.key === 'architecture')?.items.map((i) => i.id)).toEqual(['rfc-cache']);
    expect(groups.find((g) => g.key === 'communication')?.items.map((i) => i.id)).toEqual(['rfc-cache']);
  });

  it('by kind: largest group first, newest first inside', () => {
    const groups = groupEvidence(items, 'kind', DEFAULT_FRAMEWORK);
    expect(groups[0]?.key).toBe('review');
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['review-1', 'review-2']);
  });

  it('by month: newest month first, with readable labels', () => {
    const groups = groupEvidence(items, 'month', DEFAULT_FRAMEWORK);
    expect(groups.map((g) => g.key)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(groups[0]?.label).toBe('November 2026');
  });
});
