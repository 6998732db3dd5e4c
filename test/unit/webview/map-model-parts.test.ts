import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapModelParcel } from '../../../src/extension/evidence-map/map-model-parts';
import { splitMapModel } from '../../../src/shared/map-model-split';
import { evidenceRows } from '../../../webview/evidence-rows';
import type { MapEvidenceColumns, MapHostMessage, MapModelHead, MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { joinModel } from './join-model';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'map', 'view-model.json'), 'utf8')) as MapViewModel;

/** What the page does with a message's bytes. */
function decoded(message: MapHostMessage): unknown {
  if (message.type !== 'model' && message.type !== 'evidence') throw new Error(`${message.type} carries no JSON`);
  expect(message.json).toBeInstanceOf(Uint8Array);
  return JSON.parse(new TextDecoder().decode(message.json));
}

describe('the Evidence Map model as the panel sends it', () => {
  it('leaves the rows and the item lists out of the head, and head plus rows are the model the host built', () => {
    const parcel = new MapModelParcel(7, fixture);
    const head = decoded(parcel.head) as MapModelHead;
    const columns = decoded(parcel.evidence) as MapEvidenceColumns;
    expect(Object.keys(head).sort()).toEqual(Object.keys(fixture).filter((k) => k !== 'evidence').sort());
    expect(head.criteria.some((c) => 'items' in c) || head.heatmap.rows.some((r) => r.cells.some((c) => 'items' in c))).toBe(false);
    expect(evidenceRows(columns)).toHaveLength(fixture.evidence.length);
    expect(joinModel(head, columns)).toStrictEqual(fixture);
  });

  it('carries the same id on both messages, head as `model` and rows as `evidence`', () => {
    const parcel = new MapModelParcel(3, fixture);
    expect([parcel.head.type, parcel.evidence.type]).toEqual(['model', 'evidence']);
    expect(parcel.head).toMatchObject({ id: 3 });
    expect(parcel.evidence).toMatchObject({ id: 3 });
  });

  it('makes the head a small part of a large model', () => {
    const many = { ...fixture, evidence: Array.from({ length: 2_000 }, (_, i) => ({ ...fixture.evidence[i % fixture.evidence.length]!, id: `row-${i}` })) };
    const parcel = new MapModelParcel(1, many);
    expect(parcel.head.type === 'model' && parcel.head.json.byteLength).toBeLessThan(Buffer.byteLength(JSON.stringify(many)) / 10);
  });

  it('encodes the rows once however often a page asks again', () => {
    const parcel = new MapModelParcel(1, fixture);
    expect(parcel.evidence).toBe(parcel.evidence);
  });

  it('projects without touching the model it was given', () => {
    const copy = structuredClone(fixture);
    const { head, evidence, lists } = splitMapModel(copy);
    expect('evidence' in head).toBe(false);
    expect(evidence).toBe(copy.evidence);
    expect(lists.criteria[0]).toBe(copy.criteria[0]?.items);
    expect(copy).toEqual(fixture);
  });

  it('keeps untrusted text exact through the bytes (markup, quotes, line separators, emoji)', () => {
    const title = '<img src=x onerror=alert(1)> "quoted" \u2028 \u{1F680} </script>';
    const model = { ...fixture, evidence: [{ ...fixture.evidence[0]!, title }] };
    const rows = evidenceRows(decoded(new MapModelParcel(1, model).evidence) as MapEvidenceColumns);
    expect(rows[0]?.title).toBe(title);
  });
});
