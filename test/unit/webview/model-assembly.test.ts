import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
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
    expect(assembly.updating).toBe(false);
  });

  it('adds the rows to the head with the same id', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    expect(assembly.evidence(1, () => rows)).toEqual({ id: 1, model: head, evidence: rows });
  });

  it('shows a later model only once its rows are in, so an open list never mixes two models', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.evidence(1, () => rows);
    expect(assembly.head(2, narrowed)).toBeUndefined();
    expect(assembly.updating).toBe(true);
    expect(assembly.evidence(2, () => narrowedRows)).toEqual({ id: 2, model: narrowed, evidence: narrowedRows });
    expect(assembly.updating).toBe(false);
  });

  it('ignores rows whose head it does not have (a model already replaced, or a stray message)', () => {
    const assembly = new ModelAssembly();
    expect(assembly.evidence(1, () => rows)).toBeUndefined();
    assembly.head(2, head);
    expect(assembly.evidence(1, () => rows)).toBeUndefined();
    expect(assembly.evidence(2, () => rows)).toEqual({ id: 2, model: head, evidence: rows });
  });

  it('completes the first model with its late rows even when a newer head is already waiting', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.head(2, narrowed);
    expect(assembly.evidence(1, () => rows)).toEqual({ id: 1, model: head, evidence: rows });
    expect(assembly.evidence(2, () => narrowedRows)).toEqual({ id: 2, model: narrowed, evidence: narrowedRows });
  });

  it('takes a head it already has only once (the host may send it early and again on ready)', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    expect(assembly.head(1, head)).toBeUndefined();
    expect(assembly.updating).toBe(false);
    expect(assembly.evidence(1, () => rows)).toEqual({ id: 1, model: head, evidence: rows });
    expect(assembly.head(1, head)).toBeUndefined();
  });

  it('does not replace rows already shown when the same rows come again', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.evidence(1, () => rows);
    expect(assembly.evidence(1, () => narrowedRows)).toBeUndefined();
  });

  it('does not decode rows it does not await (sent again, or of a model already replaced)', () => {
    const assembly = new ModelAssembly();
    const decode = vi.fn(() => rows);
    assembly.head(1, head);
    assembly.evidence(1, () => rows);
    assembly.evidence(1, decode);
    assembly.head(2, narrowed);
    assembly.head(3, narrowed);
    assembly.evidence(2, decode);
    assembly.evidence(9, decode);
    expect(decode).not.toHaveBeenCalled();
    expect(assembly.evidence(3, decode)).toEqual({ id: 3, model: narrowed, evidence: rows });
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('stops waiting for rows when the host says it has no model, so reveals are not deferred forever', () => {
    const assembly = new ModelAssembly();
    assembly.head(1, head);
    assembly.evidence(1, () => rows);
    assembly.head(2, narrowed);
    expect(assembly.updating).toBe(true);
    assembly.abandon();
    expect(assembly.updating).toBe(false);
    expect(assembly.evidence(2, () => narrowedRows)).toBeUndefined();
  });
});
