import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelAssembly } from '../../../webview/model-assembly';
import type { MapModelHead, MapViewModel } from '../../../src/shared/evidence-map-protocol';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'map', 'view-model.json'), 'utf8')) as MapViewModel;
const { evidence: rows, ...head } = fixture;
/** A later model, e.g. after a filter: another window label and fewer rows. */
const narrowed: MapModelHead = { ...head, window: { ...head.window, label: 'Sep – Nov 2026', months: 3 } };
const narrowedRows = rows.slice(0, 5);

describe('the page joins a model\'s head and rows', () => {
  it('shows the first head at once, before any row has arrived', () => {
    const assembly = new ModelAssembly();
    expect(assembly.head(1, head)).toEqual({ id: 1, model: head });
    expect(assembly.current?.evidence).toBeUndefined();
  });

  it('adds the rows to the head with the same id', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    expect(assembly.evidence(1, rows)).toEqual({ id: 1, model: head, evidence: rows });
  });

  it('shows a later model only once its rows are in, so an open list never mixes two models', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.evidence(1, rows);
    expect(assembly.head(2, narrowed)).toBeUndefined();
    expect(assembly.current).toEqual({ id: 1, model: head, evidence: rows });
    expect(assembly.updating).toBe(true);
    expect(assembly.evidence(2, narrowedRows)).toEqual({ id: 2, model: narrowed, evidence: narrowedRows });
    expect(assembly.updating).toBe(false);
  });

  it('ignores rows whose head it does not have (a model already replaced, or a stray message)', () => {
    const assembly = new ModelAssembly();
    expect(assembly.evidence(1, rows)).toBeUndefined();
    assembly.head(2, head);
    expect(assembly.evidence(1, rows)).toBeUndefined();
    expect(assembly.current).toEqual({ id: 2, model: head });
  });

  it('completes the first model with its late rows even when a newer head is already waiting', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.head(2, narrowed);
    expect(assembly.evidence(1, rows)).toEqual({ id: 1, model: head, evidence: rows });
    expect(assembly.evidence(2, narrowedRows)).toEqual({ id: 2, model: narrowed, evidence: narrowedRows });
  });

  it('takes a head it already has only once (the host may send it early and again on ready)', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    expect(assembly.head(1, head)).toBeUndefined();
    expect(assembly.updating).toBe(false);
    expect(assembly.evidence(1, rows)).toEqual({ id: 1, model: head, evidence: rows });
    expect(assembly.head(1, head)).toBeUndefined();
    expect(assembly.current?.evidence).toBe(rows);
  });

  it('does not replace rows already shown when the same rows come again', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.evidence(1, rows);
    expect(assembly.evidence(1, narrowedRows)).toBeUndefined();
    expect(assembly.current?.evidence).toBe(rows);
  });
});
