import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapEvidenceColumns, MapHostMessage, MapModelHead, MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { evidenceRows } from '../../../webview/evidence-rows';

/** The slice of the vscode API the panel uses: one fake webview panel that records what is posted to its page. */
const host = vi.hoisted(() => {
  const record = { posted: [] as unknown[], page: undefined as ((message: unknown) => void) | undefined, errors: [] as string[] };
  const event = <T>(set: (listener: (value: T) => void) => void) => (listener: (value: T) => void) => {
    set(listener);
    return { dispose: () => undefined };
  };
  const uri = (path: string) => ({ path, toString: () => path });
  const vscode = {
    ViewColumn: { Active: -1 },
    Uri: { joinPath: (base: { path: string }, ...parts: string[]) => uri([base.path, ...parts].join('/')) },
    window: {
      createWebviewPanel: () => ({
        visible: true,
        webview: {
          cspSource: 'vscode-resource:',
          asWebviewUri: (u: unknown) => u,
          postMessage: async (message: unknown) => {
            record.posted.push(message);
            return true;
          },
          onDidReceiveMessage: event<unknown>((l) => (record.page = l)),
        },
        onDidDispose: event<void>(() => undefined),
        onDidChangeViewState: event<unknown>(() => undefined),
        reveal: () => undefined,
        dispose: () => undefined,
      }),
      showErrorMessage: async (m: string) => {
        record.errors.push(m);
        return undefined;
      },
    },
  };
  return { record, vscode, uri };
});

vi.mock('vscode', () => host.vscode);

const { EvidenceMapPanel } = await import('../../../src/extension/evidence-map/evidence-map-panel');

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'map', 'view-model.json'), 'utf8')) as MapViewModel;

/** What the page makes of a posted message. */
function read(message: unknown): { type: string; id?: number; head?: MapModelHead; rows?: MapViewModel['evidence'] } {
  const m = message as MapHostMessage;
  if (m.type === 'model') return { type: m.type, id: m.id, head: JSON.parse(new TextDecoder().decode(m.json)) as MapModelHead };
  if (m.type === 'evidence') return { type: m.type, id: m.id, rows: evidenceRows(JSON.parse(new TextDecoder().decode(m.json)) as MapEvidenceColumns) };
  return { type: m.type };
}

function open(model: (call: number) => Promise<MapViewModel | undefined>) {
  let calls = 0;
  let changed: (() => void) | undefined;
  const source = {
    model: () => model(++calls),
    onDidChange: (listener: () => void) => {
      changed = listener;
      return { dispose: () => undefined };
    },
  };
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
  const actions = { openItem: vi.fn(), excludeItem: vi.fn(), mapItem: vi.fn(), generatePacket: vi.fn(), recordAssessment: vi.fn() };
  const panel = EvidenceMapPanel.show({
    extensionUri: host.uri('/ext') as never,
    workspaceState: { get: () => undefined, update: async () => undefined } as never,
    source: source as never,
    actions: actions as never,
    log: log as never,
  });
  return { panel, calls: () => calls, changed: () => changed?.(), lines, actions, say: (message: unknown) => host.record.page?.(message) };
}

/** Waits until the page has been sent `count` messages. */
async function posted(count: number): Promise<unknown[]> {
  await vi.waitFor(() => expect(host.record.posted.length).toBeGreaterThanOrEqual(count));
  return host.record.posted;
}

afterEach(() => {
  EvidenceMapPanel.open?.dispose();
  host.record.posted = [];
  host.record.page = undefined;
});

describe('the Evidence Map panel sends its model', () => {
  it('computes the model while the page loads and posts its head before the page asks', async () => {
    const map = open(async () => fixture);
    const [early] = await posted(1);
    expect(read(early)).toMatchObject({ type: 'model', id: 1 });
    expect(read(early).head).toEqual(Object.fromEntries(Object.entries(fixture).filter(([k]) => k !== 'evidence')));
    expect(map.calls()).toBe(1);
  });

  it('answers ready with the head, then the rows with the same id, which join into the model', async () => {
    const map = open(async () => fixture);
    await posted(1);
    map.say({ type: 'ready' });
    const [, head, rows] = (await posted(3)).map(read);
    expect(head).toMatchObject({ type: 'model', id: 1 });
    expect(rows).toMatchObject({ type: 'evidence', id: 1 });
    expect({ ...head?.head, evidence: rows?.rows }).toStrictEqual(fixture);
    expect(map.calls()).toBe(1);
  });

  it('makes a page that is ready before the model is computed wait for that computation, not start another', async () => {
    let finish: (m: MapViewModel) => void = () => undefined;
    const map = open(() => new Promise((resolve) => (finish = resolve)));
    await vi.waitFor(() => expect(map.calls()).toBe(1));
    map.say({ type: 'ready' });
    finish(fixture);
    const messages = (await posted(2)).map(read);
    expect(messages.map((m) => m.type)).toEqual(['model', 'evidence']);
    expect(map.calls()).toBe(1);
  });

  it('computes the model once when the page says ready before the early computation has started', async () => {
    vi.useFakeTimers();
    try {
      const map = open(async () => fixture);
      map.say({ type: 'ready' });
      expect(map.calls()).toBe(1);
      // The early computation's timer fires now; it finds the model on its way and leaves it be.
      vi.runAllTimers();
      expect(map.calls()).toBe(1);
      expect((await posted(2)).map(read).map((m) => m.type)).toEqual(['model', 'evidence']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a refreshed model under a new id, head before rows', async () => {
    const narrowed = { ...fixture, evidence: fixture.evidence.slice(0, 3) };
    const map = open(async (call) => (call === 1 ? fixture : narrowed));
    await posted(1);
    map.say({ type: 'ready' });
    await posted(3);
    host.record.posted = [];
    map.changed();
    const messages = (await posted(3)).map(read);
    expect(messages.map((m) => [m.type, m.id])).toEqual([['busy', undefined], ['model', 2], ['evidence', 2]]);
    expect(messages[2]?.rows).toStrictEqual(narrowed.evidence);
  });

  it('says there is nothing to map when there is no model', async () => {
    const map = open(async () => undefined);
    await vi.waitFor(() => expect(map.calls()).toBe(1));
    map.say({ type: 'ready' });
    const messages = (await posted(1)).map(read);
    expect(messages.map((m) => m.type)).toEqual(['busy']);
  });
});
