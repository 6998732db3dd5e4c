import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvidenceCorrections } from '../../../src/core/mapping/evidence-corrections';
import { applyCorrection, type CorrectionEdit } from '../../../src/core/mapping/evidence-corrections-writer';
import { excludeEvidence, mapEvidenceTo, unmapEvidenceFrom } from '../../../src/core/mapping/correction-service';
import { growthLayout } from '../../../src/core/layout';
import { loadGrowthModel } from '../../../src/core/model/growth-model';
import { MemoryFileStore } from '../../fakes/memory-file-store';

const FILE = 'growth/evidence.yml';
const handEdited = readFileSync(new URL('../../fixtures/mapping/evidence-hand-edited.yml', import.meta.url), 'utf8');
const textOf = (edit: CorrectionEdit): string => {
  if (edit.kind !== 'text') throw new Error(edit.message);
  return edit.text;
};

describe('reading evidence.yml', () => {
  it('reads exclusions, hand mappings and removals with their lines, and warns about unknown fields', () => {
    const { value, problems } = parseEvidenceCorrections(handEdited, FILE);
    expect(value.excluded).toEqual([{ id: 'git:ledger-service:review:5c6d7e8', date: '2026-11-20', reason: 'pairing session, not a review', line: 5 }]);
    expect(value.mapped).toEqual([{ id: 'ledger:growth/ledger/2026-10.md:7', criteria: ['initiative', 'strategic-thinking'], date: '2026-11-02', line: 11 }]);
    expect(value.unmapped).toEqual([{ id: 'git:payments-api:commits:src:2026-01', criteria: ['code-quality', 'technical-scope'], line: 16 }]);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 8, severity: 'warning' })]);
  });

  it('reports entries without an id or criteria and bad dates at their lines, keeping the rest', () => {
    const text = ['excluded:', '  - reason: no id here', '  - id: git:a:review:1', '    date: 2026-02-30', 'mapped:', '  - id: ledger:x:3', 'oops: 1', ''].join('\n');
    const { value, problems } = parseEvidenceCorrections(text, FILE);
    expect(value.excluded.map((e) => e.id)).toEqual(['git:a:review:1']);
    expect(value.excluded[0]?.date).toBeUndefined();
    expect(value.mapped).toEqual([]);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [7, 'warning'],
      [2, 'error'],
      [4, 'warning'],
      [6, 'warning'],
    ]);
  });

  it('reports broken YAML and reads nothing from it', () => {
    const { value, problems } = parseEvidenceCorrections('excluded:\n  - id: [unclosed\n', FILE);
    expect(value.excluded).toEqual([]);
    expect(problems[0]?.severity).toBe('error');
  });
});

describe('writing evidence.yml', () => {
  it('creates the file with an explaining header when there is none', () => {
    const text = textOf(applyCorrection(undefined, { type: 'exclude', id: 'git:api:review:abc', date: '2026-11-20', reason: 'pairing, not a review' }));
    expect(text.startsWith('# Corrections to the evidence')).toBe(true);
    expect(parseEvidenceCorrections(text, FILE).value.excluded).toEqual([{ id: 'git:api:review:abc', date: '2026-11-20', reason: 'pairing, not a review', line: expect.any(Number) }]);
  });

  it('adds an exclusion without losing comments or unknown fields', () => {
    const text = textOf(applyCorrection(handEdited, { type: 'exclude', id: 'git:payments-api:review:f607182', date: '2026-11-30' }));
    for (const kept of ['# Kept by hand since October', '# when I excluded it', 'ticket: GROW-12 # my own field: must survive', 'criteria: [code-quality, technical-scope]', '# summaries of bug fixes, not quality work']) {
      expect(text).toContain(kept);
    }
    const after = parseEvidenceCorrections(text, FILE).value;
    expect(after.excluded.map((e) => e.id)).toEqual(['git:ledger-service:review:5c6d7e8', 'git:payments-api:review:f607182']);
    expect(after.mapped).toHaveLength(1);
    expect(after.unmapped).toHaveLength(1);
  });

  it('updates the entry for the same id instead of repeating it', () => {
    const text = textOf(applyCorrection(handEdited, { type: 'map', id: 'ledger:growth/ledger/2026-10.md:7', criteria: ['leadership', 'initiative'], date: '2026-12-01' }));
    const { mapped } = parseEvidenceCorrections(text, FILE).value;
    expect(mapped).toEqual([{ id: 'ledger:growth/ledger/2026-10.md:7', criteria: ['initiative', 'strategic-thinking', 'leadership'], date: '2026-12-01', line: 11 }]);
  });

  it('mapping a criterion back takes it out of `unmapped`, and an emptied entry goes away', () => {
    const id = 'git:payments-api:commits:src:2026-01';
    const once = textOf(applyCorrection(handEdited, { type: 'map', id, criteria: ['code-quality'], date: '2026-12-01' }));
    expect(parseEvidenceCorrections(once, FILE).value.unmapped).toEqual([expect.objectContaining({ id, criteria: ['technical-scope'] })]);
    const twice = textOf(applyCorrection(once, { type: 'map', id, criteria: ['technical-scope'], date: '2026-12-01' }));
    expect(parseEvidenceCorrections(twice, FILE).value.unmapped).toEqual([]);
  });

  it('refuses to touch a file that does not parse', () => {
    const edit = applyCorrection('excluded: [\n', { type: 'exclude', id: 'x', date: '2026-11-20' });
    expect(edit).toEqual({ kind: 'error', message: expect.stringContaining('cannot be read') });
  });

  it('refuses a bad date or an empty list of criteria', () => {
    expect(applyCorrection(undefined, { type: 'exclude', id: 'x', date: '2026-13-01' }).kind).toBe('error');
    expect(applyCorrection(undefined, { type: 'map', id: 'x', criteria: [], date: '2026-11-01' }).kind).toBe('error');
  });
});

describe('the correction service', () => {
  const layout = growthLayout();

  it('writes through the store and the growth model reads the result back', async () => {
    const store = new MemoryFileStore({ [FILE]: handEdited });
    await excludeEvidence(store, layout, 'git:payments-api:review:a1b2c3d', '2026-11-30', 'my own change');
    await mapEvidenceTo(store, layout, 'git:platform-docs:doc:docs/onboarding/payments-101.md', ['communication'], '2026-11-30');
    await unmapEvidenceFrom(store, layout, 'ledger:growth/ledger/2026-10.md:7', ['strategic-thinking'], '2026-11-30');
    expect(store.writes.map((w) => w.op)).toEqual(['update', 'update', 'update']);
    const model = await loadGrowthModel(store, layout);
    expect(model.corrections?.excluded.map((e) => e.id)).toContain('git:payments-api:review:a1b2c3d');
    expect(model.corrections?.mapped.map((m) => [m.id, m.criteria])).toEqual([
      ['ledger:growth/ledger/2026-10.md:7', ['initiative']],
      ['git:platform-docs:doc:docs/onboarding/payments-101.md', ['communication']],
    ]);
    expect(model.corrections?.unmapped.map((m) => m.id)).toContain('ledger:growth/ledger/2026-10.md:7');
    expect(store.files.get(FILE)).toContain('ticket: GROW-12');
  });

  it('creates evidence.yml on the first correction', async () => {
    const store = new MemoryFileStore();
    await excludeEvidence(store, layout, 'git:api:review:abc', '2026-11-30');
    expect(store.writes).toEqual([{ op: 'update', path: FILE }]);
    expect(parseEvidenceCorrections(store.files.get(FILE) ?? '', FILE).value.excluded.map((e) => e.id)).toEqual(['git:api:review:abc']);
  });

  it('writes nothing when the file changed between reading and writing', async () => {
    const store = new MemoryFileStore({ [FILE]: handEdited });
    const read = store.read.bind(store);
    // Someone saves the file right after the service read it.
    store.read = async (path: string) => {
      const text = await read(path);
      store.files.set(FILE, `${handEdited}# edited meanwhile\n`);
      return text;
    };
    await expect(excludeEvidence(store, layout, 'git:api:review:abc', '2026-11-30')).rejects.toThrow(/changed while it was being updated/);
    expect(store.files.get(FILE)).toBe(`${handEdited}# edited meanwhile\n`);
  });
});
