import { EMBEDDED_MODEL_ELEMENT_ID } from '../src/core/export/map-html';
import type { MapHostMessage, MapIntent, MapViewModel } from '../src/shared/evidence-map-protocol';

/** What the page remembers across hiding and reloading (VS Code's webview state). */
export interface MapUiState {
  readonly selection?: MapSelection;
  readonly listScroll?: number;
  readonly pageScroll?: number;
}

/** A gap-table row (criterion), a heat-map cell (criterion × month), or the items no criterion claims. */
export type MapSelection =
  | { readonly kind: 'criterion'; readonly criterion: string }
  | { readonly kind: 'cell'; readonly criterion: string; readonly month: string }
  | { readonly kind: 'unmapped' };

/** The one way the app talks to whoever hosts it: the VS Code panel or a static HTML file. */
export interface HostBridge {
  readonly interactive: boolean;
  post(intent: MapIntent): void;
  getState(): MapUiState | undefined;
  setState(state: MapUiState): void;
  /** Calls back with every message from the host; an export calls back once with its model. */
  listen(handler: (message: MapHostMessage) => void): void;
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
        if (isHostMessage(message)) handler(message);
      });
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
      const model = JSON.parse(text) as MapViewModel;
      handler({ type: 'model', model: { ...model, interactive: false } });
    },
  };
}

function isHostMessage(value: unknown): value is MapHostMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'model' || type === 'busy' || type === 'reveal';
}

function asUiState(value: unknown): MapUiState | undefined {
  return typeof value === 'object' && value !== null ? (value as MapUiState) : undefined;
}
