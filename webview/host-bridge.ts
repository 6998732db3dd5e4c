import { EMBEDDED_MODEL_ELEMENT_ID } from '../src/core/export/map-html';
import type { JsonBytes, MapHostMessage, MapIntent, MapModelHead, MapViewModel } from '../src/shared/evidence-map-protocol';
import { splitMapModel } from '../src/shared/map-model-split';
import { mapEvidence, type MapEvidence } from './evidence-rows';
import { hostTiming } from './host-timing';
import type { MapSelection } from './selection-items';

/** What the page remembers across hiding and reloading (VS Code's webview state). */
export interface MapUiState {
  readonly selection?: MapSelection;
  readonly listScroll?: number;
  readonly pageScroll?: number;
}

export type { MapSelection } from './selection-items';

/**
 * What the app receives: the host's messages with the model's head decoded, and its rows (with the
 * item lists) decoded only when `rows` is called, which the app does for the rows it awaits (MBs
 * for 20,000 items are not decoded for a model already replaced). `error`: what the host sent
 * could not be read.
 */
export type MapPageMessage =
  | { readonly type: 'model'; readonly id: number; readonly model: MapModelHead }
  | { readonly type: 'evidence'; readonly id: number; readonly rows: () => MapEvidence }
  | { readonly type: 'error'; readonly message: string }
  | Exclude<MapHostMessage, { readonly type: 'model' | 'evidence' }>;

/** The one way the app talks to whoever hosts it: the VS Code panel or a static HTML file. */
export interface HostBridge {
  readonly interactive: boolean;
  post(intent: MapIntent): void;
  getState(): MapUiState | undefined;
  setState(state: MapUiState): void;
  /** Calls back with every message from the host; an export calls back once with its model. */
  listen(handler: (message: MapPageMessage) => void): void;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;


/** Picks the bridge: VS Code's API inside the panel, the embedded model inside an exported file. */
export function connectHost(doc: Document): HostBridge {
  if (typeof acquireVsCodeApi === 'function') return vscodeBridge(acquireVsCodeApi());
  return exportBridge(doc);
}

function vscodeBridge(api: VsCodeApi): HostBridge {
  return {
    interactive: true,
    post: (intent) => api.postMessage(intent),
    getState: () => asUiState(api.getState()),
    setState: (state) => api.setState(state),
    listen: (handler) => {
      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = event.data;
        if (!isHostMessage(message)) return;
        try {
          if (message.type === 'model') {
            performance.mark('evidence-map-model-received');
            // The host's steps of this first open, for the benchmark's split (nothing on the page reads them).
            const timing = hostTiming(message.timing);
            if (timing) performance.mark('evidence-map-host-timing', { detail: timing });
            handler({ type: 'model', id: message.id, model: modelHead(decodeJson(message.json)) });
          } else if (message.type === 'evidence') {
            performance.mark('evidence-map-rows-received');
            const json = message.json;
            handler({ type: 'evidence', id: message.id, rows: () => mapEvidence(decodeJson(json)) });
          } else handler(message);
        } catch (e) {
          // A head or rows that do not read as the protocol says: an error on screen, never made-up rows.
          handler({ type: 'error', message: `The Evidence Map could not read its model: ${e instanceof Error ? e.message : String(e)}` });
        }
      });
      performance.mark('evidence-map-ready-posted');
      api.postMessage({ type: 'ready' } satisfies MapIntent);
    },
  };
}

function exportBridge(doc: Document): HostBridge {
  let state: MapUiState | undefined;
  return {
    interactive: false,
    post: () => undefined,
    getState: () => state,
    setState: (next) => {
      state = next;
    },
    listen: (handler) => {
      const text = doc.getElementById(EMBEDDED_MODEL_ELEMENT_ID)?.textContent;
      if (!text) {
        handler({ type: 'busy', message: 'This file carries no Evidence Map model.' });
        return;
      }
      // The same two steps as in the panel, one right after the other: the file carries the whole model.
      const { head, evidence, lists } = splitMapModel(JSON.parse(text) as MapViewModel);
      handler({ type: 'model', id: 1, model: { ...head, interactive: false } });
      handler({ type: 'evidence', id: 1, rows: () => ({ rows: evidence, lists }) });
    },
  };
}

function isHostMessage(value: unknown): value is MapHostMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id, json } = value as { type?: unknown; id?: unknown; json?: unknown };
  if (type === 'model' || type === 'evidence') return Number.isInteger(id) && json instanceof Uint8Array;
  return type === 'busy' || type === 'empty' || type === 'reveal';
}

/** The bytes' JSON, unchecked: the caller checks it against what the brand says it should be. */
function decodeJson<T>(bytes: JsonBytes<T>): unknown {
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The decoded head, checked for what the page reads before any row arrives. */
function modelHead(value: unknown): MapModelHead {
  const head = value as Partial<Record<keyof MapModelHead, unknown>> | null;
  const heatmap = head?.heatmap as { rows?: unknown } | undefined;
  if (typeof head !== 'object' || head === null || head.version !== 1 || !Array.isArray(head.criteria)
    || !Array.isArray(heatmap?.rows) || typeof head.headline !== 'object' || !Array.isArray(head.notices)) {
    throw new Error('its head is not a version 1 Evidence Map model');
  }
  return value as MapModelHead;
}

function asUiState(value: unknown): MapUiState | undefined {
  return typeof value === 'object' && value !== null ? (value as MapUiState) : undefined;
}
