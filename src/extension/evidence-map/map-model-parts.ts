import type { JsonBytes, MapHostMessage, MapItemLists, MapViewModel } from '../../shared/evidence-map-protocol';
import { splitMapModel } from '../../shared/map-model-split';
import { evidenceColumns } from './evidence-columns';

/** JSON text as UTF-8 bytes, the form VS Code carries into the page without serialising it again. */
function encodeJson<T>(value: T): JsonBytes<T> {
  return new TextEncoder().encode(JSON.stringify(value));
}

/**
 * One computed model as the page receives it (see {@link MapHostMessage}): its head, encoded at
 * once, and its rows as columns with the head's item lists, encoded the first time they are sent
 * and kept, so a page that is shown again gets both without the work being repeated. Only the head
 * is on the way to the first render.
 */
export class MapModelParcel {
  readonly head: Extract<MapHostMessage, { readonly type: 'model' }>;
  private readonly lists: MapItemLists;
  private rows: MapHostMessage | undefined;

  constructor(readonly id: number, readonly model: MapViewModel) {
    const { head, lists } = splitMapModel(model);
    this.head = { type: 'model', id, json: encodeJson(head) };
    this.lists = lists;
  }

  get evidence(): MapHostMessage {
    this.rows ??= { type: 'evidence', id: this.id, json: encodeJson(evidenceColumns(this.model.evidence, this.lists)) };
    return this.rows;
  }
}
