import type { MapHostMessage, MapModelHead, MapViewModel } from '../../shared/evidence-map-protocol';
import { evidenceColumns } from './evidence-columns';

/** The model without its rows: nothing recomputed or renamed, so head and rows join back into the same model. */
export function mapModelHead(model: MapViewModel): MapModelHead {
  const { evidence: _rows, ...head } = model;
  return head;
}

/** JSON text as UTF-8 bytes, the form VS Code carries into the page without serialising it again. */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/**
 * One computed model as the page receives it (see {@link MapHostMessage}): its head, encoded at
 * once, and its rows as columns, encoded the first time they are sent and kept, so a page that is shown
 * again gets both without the work being repeated. Only the head is on the way to the first render.
 */
export class MapModelParcel {
  readonly head: MapHostMessage;
  private rows: MapHostMessage | undefined;

  constructor(readonly id: number, private readonly model: MapViewModel) {
    this.head = { type: 'model', id, json: encodeJson(mapModelHead(model)) };
  }

  get evidence(): MapHostMessage {
    this.rows ??= { type: 'evidence', id: this.id, json: encodeJson(evidenceColumns(this.model.evidence)) };
    return this.rows;
  }
}
