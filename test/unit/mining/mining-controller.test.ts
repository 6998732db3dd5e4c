import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANA, BOB, FakeGitReader, HistoryBuilder } from './fake-git';

/** The slice of the vscode API the controller uses, recorded so tests can see progress, messages and watchers. */
const host = vi.hoisted(() => {
  const record = {
    progress: [] as unknown[],
    warnings: [] as string[],
    watchers: [] as { pattern: string; fire: () => void; disposed: boolean }[],
    cancel: undefined as (() => void) | undefined,
  };
  class EventEmitter<T> {
    private listeners: ((v: T) => void)[] = [];
    event = (l: (v: T) => void) => {
      this.listeners.push(l);
      return { dispose: () => undefined };
    };
    fire(v: T) {
      for (const l of this.listeners) l(v);
    }
    dispose() {
      this.listeners = [];
    }
  }
  const vscode = {
    EventEmitter,
    ProgressLocation: { Notification: 15, Window: 10 },
    Uri: { file: (p: string) => ({ fsPath: p }) },
    RelativePattern: class {
      constructor(
        readonly base: { fsPath: string },
        readonly pattern: string,
      ) {}
    },
    window: {
      withProgress: async (opts: unknown, task: (p: { report: (v: unknown) => void }, t: { onCancellationRequested: (f: () => void) => void }) => Promise<unknown>) => {
        record.progress.push(opts);
        return task({ report: () => undefined }, { onCancellationRequested: (f) => (record.cancel = f) });
      },
      showWarningMessage: async (m: string) => {
        record.warnings.push(m);
        return undefined;
      },
    },
    workspace: {
      createFileSystemWatcher: (p: { base: { fsPath: string }; pattern: string }) => {
        const listeners: (() => void)[] = [];
        const w = { pattern: `${p.base.fsPath}:${p.pattern}`, fire: () => listeners.forEach((l) => l()), disposed: false };
        record.watchers.push(w);
        const on = (l: () => void) => {
          listeners.push(l);
          return { dispose: () => undefined };
        };
        return { onDidChange: on, onDidCreate: on, onDidDelete: on, dispose: () => (w.disposed = true) };
      },
    },
  };
  return { record, vscode };
});

vi.mock('vscode', () => host.vscode);

const { MiningController } = await import('../../../src/extension/evidence/mining-controller');

function log() {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => lines.push(`${level}: ${m}`);
  return { lines, channel: { info: at('info'), warn: at('warn'), error: at('error'), trace: at('trace'), debug: at('debug') } as never };
}

function setUp(trusted = true) {
  const h = new HistoryBuilder();
  h.commit('a', BOB, 'fix: x', { body: 'Reviewed-by: Ana Lima <ana@work.example>\n' });
  const reader = new FakeGitReader({ repo: { history: h }, gone: { error: new Error('/gone is not a git repository') } });
  const l = log();
  let isTrusted = trusted;
  const controller = new MiningController({
    storagePath: '/unused',
    getRepos: () => ['repo', 'gone'],
    getMiningProfile: () => ({ identities: [ANA.email] }),
    isTrusted: () => isTrusted,
    log: l.channel,
    deps: { reader },
    debounceMs: 5,
  });
  return { controller, reader, log: l, h, trust: (v: boolean) => (isTrusted = v) };
}

afterEach(() => {
  host.record.progress.length = 0;
  host.record.warnings.length = 0;
  host.record.watchers.length = 0;
});

describe('MiningController', () => {
  it('mines on refresh, publishes items, reports a broken repository once, and watches HEAD and refs', async () => {
    const { controller } = setUp();
    const seen: number[] = [];
    controller.onDidChange((items) => seen.push(items.length));
    expect(controller.items).toEqual([]);
    await controller.refresh();
    expect(controller.items.map((i) => i.kind)).toEqual(['review']);
    expect(seen).toEqual([1]);
    expect(host.record.progress).toEqual([{ location: { viewId: 'growthLedger.evidence' }, title: 'Growth Ledger: mining git history', cancellable: true }]);
    expect(host.record.warnings).toEqual(['Growth Ledger could not fully mine gone: /gone is not a git repository']);
    expect(host.record.watchers.map((w) => w.pattern)).toEqual(['/abs/repo:{HEAD,packed-refs,refs/heads/**,logs/HEAD}']);
    await controller.refresh({ interactive: true });
    expect(host.record.warnings).toHaveLength(1);
    expect(host.record.progress[1]).toMatchObject({ location: 15 });
    expect(host.record.watchers).toHaveLength(1);
    controller.dispose();
    expect(host.record.watchers[0]?.disposed).toBe(true);
  });

  it('never runs git in an untrusted workspace', async () => {
    const { controller, reader, log: l } = setUp(false);
    await controller.refresh();
    expect(reader.calls).toEqual([]);
    expect(controller.items).toEqual([]);
    expect(l.lines).toEqual(['info: Workspace is not trusted: no git runs, so history is not mined.']);
  });

  it('refreshes (debounced) when HEAD or a ref changes', async () => {
    const { controller, h, reader } = setUp();
    await controller.refresh();
    h.commit('b', BOB, 'fix: y', { body: 'Acked-by: ana@work.example\n' });
    reader.calls.length = 0;
    const changed = new Promise<number>((resolve) => controller.onDidChange((items) => resolve(items.length)));
    host.record.watchers[0]?.fire();
    host.record.watchers[0]?.fire();
    expect(await changed).toBe(2);
    expect(reader.calls.filter((c) => c.startsWith('inspect'))).toHaveLength(2);
    controller.dispose();
  });

  it('can be cancelled, keeping the previous items', async () => {
    const { controller, log: l } = setUp();
    await controller.refresh();
    const before = controller.items;
    const run = controller.refresh();
    controller.cancel();
    await run;
    expect(controller.items).toBe(before);
    expect(l.lines).toContain('info: Mining was cancelled.');
    controller.dispose();
  });
});
