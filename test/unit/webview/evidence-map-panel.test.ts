import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapEvidenceColumns, MapHostMessage, MapModelHead, MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { evidenceRows } from '../../../webview/evidence-rows';
import { splitMapModel } from '../../../src/shared/map-model-split';
import { joinModel } from './join-model';

/** The slice of the vscode API the panel uses: one fake webview panel that records what is posted to its page. */
const host = vi.hoisted(() => {
  const record = {
    posted: [] as unknown[],
    page: undefined as ((message: unknown) => void) | undefined,
    errors: [] as string[],
    warnings: [] as string[],
    /** Whether the fake panel is on screen; `viewState` tells the panel of a change. */
    visible: true,
    viewState: undefined as ((e: unknown) => void) | undefined,
    /** While set, posting rows waits for it (rows on their way to the page, not yet delivered). */
    rowsDelivered: undefined as Promise<void> | undefined,
  };
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
        get visible() {
          return record.visible;
        },
        webview: {
          cspSource: 'vscode-resource:',
          asWebviewUri: (u: unknown) => u,
          postMessage: async (message: unknown) => {
            record.posted.push(message);
            if ((message as { type?: unknown }).type === 'evidence') await record.rowsDelivered;
            return true;
          },
          onDidReceiveMessage: event<unknown>((l) => (record.page = l)),
        },
        onDidDispose: event<void>(() => undefined),
        onDidChangeViewState: event<unknown>((l) => (record.viewState = l)),
        reveal: () => undefined,
        dispose: () => undefined,
      }),
      showErrorMessage: async (m: string) => {
        record.errors.push(m);
        return undefined;
      },
      showWarningMessage: async (m: string) => {
        record.warnings.push(m);
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
function read(message: unknown): { type: string; id?: number; head?: MapModelHead; rows?: MapViewModel['evidence']; columns?: MapEvidenceColumns } {
  const m = message as MapHostMessage;
  if (m.type === 'model') return { type: m.type, id: m.id, head: JSON.parse(new TextDecoder().decode(m.json)) as MapModelHead };
  if (m.type === 'evidence') {
    const columns = JSON.parse(new TextDecoder().decode(m.json)) as MapEvidenceColumns;
    return { type: m.type, id: m.id, rows: evidenceRows(columns), columns };
  }
  return { type: m.type };
}

/**
 * Opens the panel; VS Code then reports it open (its view state), unless `reported` is false, in
 * which case the test does it with {@link setVisible}.
 */
function open(model: (call: number) => Promise<MapViewModel | undefined>, { reported = true } = {}) {
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
  if (reported) setVisible(true);
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
  host.record.warnings = [];
  host.record.visible = true;
  host.record.rowsDelivered = undefined;
});

/** Hides or shows the fake panel the way VS Code does (a hidden page is discarded). */
function setVisible(visible: boolean): void {
  host.record.visible = visible;
  host.record.viewState?.({ webviewPanel: { visible } });
}

/**
 * Every step of the panel here is a promise chain with nothing in it that waits for time or I/O
 * (the fake page takes a post at once), and `setImmediate` runs only once the promise queue is
 * empty: after it, whatever the panel was going to post has been posted. Not a sleep.
 */
async function settled(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

/** A computation the test finishes when it likes. */
function deferred(): { promise: Promise<MapViewModel | undefined>; finish: (m: MapViewModel | undefined) => void } {
  let finish: (m: MapViewModel | undefined) => void = () => undefined;
  const promise = new Promise<MapViewModel | undefined>((resolve) => (finish = resolve));
  return { promise, finish };
}

/** The fixture after a ledger change: a row less (the first one) and one more. */
const changed: MapViewModel = {
  ...fixture,
  evidence: [...fixture.evidence.slice(1), { ...fixture.evidence[1]!, id: 'added-after-the-change' }],
};

describe('the Evidence Map panel sends its model', () => {
  it('computes the model while the page loads and posts its head before the page asks', async () => {
    const map = open(async () => fixture);
    const [early] = await posted(1);
    expect(read(early)).toMatchObject({ type: 'model', id: 1 });
    expect(read(early).head).toEqual(splitMapModel(fixture).head);
    expect(map.calls()).toBe(1);
  });

  it('sends the host\'s steps of the first open with the early head only, in the order they happened', async () => {
    const before = Date.now();
    const map = open(async () => fixture);
    const [early] = await posted(1);
    const timing = (early as { timing?: Record<string, number> }).timing;
    const steps = ['command', 'panelCreated', 'htmlSet', 'computeStarted', 'computed', 'posted'].map((k) => timing?.[k]);
    expect(steps.every((t) => typeof t === 'number' && t >= before && t <= Date.now())).toBe(true);
    expect([...(steps as number[])].sort((a, b) => a - b)).toEqual(steps);
    map.say({ type: 'ready' });
    const [, head] = await posted(3);
    expect(head).not.toHaveProperty('timing');
  });

  it('answers ready with the head, then the rows with the same id, which join into the model', async () => {
    const map = open(async () => fixture);
    await posted(1);
    map.say({ type: 'ready' });
    const [, head, rows] = (await posted(3)).map(read);
    expect(head).toMatchObject({ type: 'model', id: 1 });
    expect(rows).toMatchObject({ type: 'evidence', id: 1 });
    expect(joinModel(head!.head!, rows!.columns!)).toStrictEqual(fixture);
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

  it('starts the early computation only once VS Code reports the panel open, so it holds back none of the panel\'s messages', async () => {
    vi.useFakeTimers();
    try {
      const map = open(async () => fixture, { reported: false });
      // Every timer and promise run out: nothing started the computation yet.
      await vi.runAllTimersAsync();
      expect(map.calls()).toBe(0);
      setVisible(true);
      expect(map.calls()).toBe(1);
      // Reported again (moved, shown again): the early computation is not repeated.
      setVisible(true);
      await vi.runAllTimersAsync();
      expect(map.calls()).toBe(1);
      expect(read(host.record.posted[0])).toMatchObject({ type: 'model', id: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('computes the model once when the page says ready before VS Code reports the panel open', async () => {
    const map = open(async () => fixture, { reported: false });
    map.say({ type: 'ready' });
    expect(map.calls()).toBe(1);
    // The report comes now; the early computation finds the model on its way and leaves it be.
    setVisible(true);
    expect(map.calls()).toBe(1);
    expect((await posted(2)).map(read).map((m) => m.type)).toEqual(['model', 'evidence']);
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

  it('says there is no model to show (not merely busy) when there is none, so the page stops waiting for rows', async () => {
    const map = open(async () => undefined);
    await vi.waitFor(() => expect(map.calls()).toBe(1));
    map.say({ type: 'ready' });
    const messages = (await posted(1)).map(read);
    expect(messages.map((m) => m.type)).toEqual(['empty']);
  });

  it('answers a refresh that finds no model with `empty` after its busy note', async () => {
    const map = open(async (call) => (call === 1 ? fixture : undefined));
    map.say({ type: 'ready' });
    await posted(2);
    host.record.posted = [];
    map.changed();
    expect((await posted(2)).map(read).map((m) => m.type)).toEqual(['busy', 'empty']);
  });
});

describe('the Evidence Map panel after a change', () => {
  it('shows the changed data on return when the ledger changed while it was hidden and computing', async () => {
    const first = deferred();
    const map = open((call) => (call === 1 ? first.promise : Promise.resolve(changed)));
    await vi.waitFor(() => expect(map.calls()).toBe(1));
    setVisible(false);
    map.changed();
    // The computation started before the change ends after it, with the data from before.
    first.finish(fixture);
    await first.promise;
    setVisible(true);
    map.say({ type: 'ready' });
    const rows = await vi.waitFor(() => {
      const found = host.record.posted.map(read).find((m) => m.type === 'evidence');
      expect(found).toBeDefined();
      return found;
    });
    expect(rows?.rows).toStrictEqual(changed.evidence);
    expect(map.calls()).toBe(2);
  });

  it('posts a model\'s rows once when a change arrives while the page loads', async () => {
    const first = deferred();
    const map = open((call) => (call === 1 ? first.promise : Promise.resolve(changed)));
    await vi.waitFor(() => expect(map.calls()).toBe(1));
    // The page is still loading (no ready yet) when the ledger changes: the refresh computes anew.
    map.changed();
    await vi.waitFor(() => expect(map.calls()).toBe(2));
    map.say({ type: 'ready' });
    first.finish(fixture);
    await vi.waitFor(() => expect(host.record.posted.map(read).filter((m) => m.type === 'evidence')).not.toHaveLength(0));
    await settled();
    const rows = host.record.posted.map(read).filter((m) => m.type === 'evidence');
    expect(rows.map((m) => m.id)).toEqual([2]);
  });

  it('acts on an item of the rows the page still shows while a refresh\'s rows are on their way', async () => {
    const map = open(async (call) => (call === 1 ? fixture : changed));
    map.say({ type: 'ready' });
    await posted(2);
    let deliver: () => void = () => undefined;
    host.record.rowsDelivered = new Promise((resolve) => (deliver = resolve));
    host.record.posted = [];
    map.changed();
    await vi.waitFor(() => expect(host.record.posted.map(read).map((m) => m.type)).toEqual(['busy', 'model', 'evidence']));
    // The page still lists the first model's rows; the first row is not in the new model.
    const gone = fixture.evidence[0]!;
    map.say({ type: 'excludeItem', id: gone.id });
    await vi.waitFor(() => expect(map.actions.excludeItem).toHaveBeenCalledWith(gone));
    deliver();
    expect(host.record.warnings).toEqual([]);
  });

  it('tells the person, not only the log, when an item the page named is gone', async () => {
    const map = open(async () => fixture);
    map.say({ type: 'ready' });
    await posted(2);
    map.say({ type: 'excludeItem', id: 'no-such-item' });
    await vi.waitFor(() => expect(host.record.warnings).toHaveLength(1));
    expect(host.record.warnings[0]).toMatch(/no longer in the Evidence Map/);
    expect(map.actions.excludeItem).not.toHaveBeenCalled();
  });
});
