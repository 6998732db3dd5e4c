import { afterEach, describe, expect, it, vi } from 'vitest';
import { GitReadError, type GitHistoryReader } from '../../../src/core/mining/git-history-port';
import { ANA, BOB, FakeGitReader, HistoryBuilder } from './fake-git';

/** The slice of the vscode API the controller uses, recorded so tests can see progress, messages and watchers. */
const host = vi.hoisted(() => {
  const record = {
    progress: [] as unknown[],
    warnings: [] as string[],
    errors: [] as string[],
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
      showErrorMessage: async (m: string) => {
        record.errors.push(m);
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

type Repos = readonly (string | { path: string; listed: boolean })[];

function setUp(opts: { trusted?: boolean; repos?: Repos; identities?: string[]; reader?: (fake: FakeGitReader) => GitHistoryReader; profile?: () => Promise<{ identities: string[] }> } = {}) {
  const h = new HistoryBuilder();
  h.commit('a', BOB, 'fix: x', { body: 'Reviewed-by: Ana Lima <ana@work.example>\n' });
  const fake = new FakeGitReader({
    repo: { history: h },
    gone: { error: new GitReadError('not-a-repository', '/gone is not a git repository: check the path, or run `git init` there to start one') },
    shallow: { history: h, shallow: [h.commits[0]?.sha ?? ''] },
  });
  const l = log();
  let isTrusted = opts.trusted ?? true;
  const controller = new MiningController({
    gitDir: async () => undefined,
    getRepos: () => opts.repos ?? ['repo', 'gone'],
    getMiningProfile: opts.profile ?? (() => ({ identities: opts.identities ?? [ANA.email] })),
    isTrusted: () => isTrusted,
    log: l.channel,
    deps: { reader: opts.reader ? opts.reader(fake) : fake },
    debounceMs: 5,
  });
  return { controller, reader: fake, log: l, h, trust: (v: boolean) => (isTrusted = v) };
}

/** A reader whose history read never ends by itself: it waits for the run to be cancelled. */
function stalling(fake: FakeGitReader, started: () => void): GitHistoryReader {
  return Object.assign(Object.create(fake) as GitHistoryReader, {
    readCommits: (_repo: unknown, _range: unknown, _on: unknown, signal?: AbortSignal) =>
      new Promise<void>((_, reject) => {
        started();
        signal?.addEventListener('abort', () => reject(new GitReadError('aborted', 'mining was cancelled')));
      }),
  });
}

afterEach(() => {
  host.record.progress.length = 0;
  host.record.warnings.length = 0;
  host.record.errors.length = 0;
  host.record.watchers.length = 0;
});

describe('MiningController', () => {
  it('mines on refresh, publishes items, and watches HEAD and refs', async () => {
    const { controller } = setUp();
    const seen: number[] = [];
    controller.onDidChange((items) => seen.push(items.length));
    expect(controller.items).toEqual([]);
    await controller.refresh();
    expect(controller.items.map((i) => i.kind)).toEqual(['review']);
    expect(seen).toEqual([1]);
    expect(host.record.watchers.map((w) => w.pattern)).toEqual(['/abs/repo:{HEAD,packed-refs,refs/heads/**,logs/HEAD}']);
    await controller.refresh({ interactive: true });
    expect(host.record.watchers).toHaveLength(1);
    controller.dispose();
    expect(host.record.watchers[0]?.disposed).toBe(true);
  });

  // Background progress went to the Growth view, which has no Cancel button.
  it('shows background progress in the status bar (Window), and a cancellable notification when asked', async () => {
    const { controller } = setUp();
    await controller.refresh();
    expect(host.record.progress).toEqual([{ location: 10, title: 'Growth Ledger: mining git history', cancellable: false }]);
    await controller.refresh({ interactive: true });
    expect(host.record.progress[1]).toEqual({ location: 15, title: 'Growth Ledger: mining git history', cancellable: true });
    controller.dispose();
  });

  // A warning popped up every session for each workspace folder that is not a git repository.
  it('only logs a workspace folder that is not a repository, but warns about a listed one, once per session', async () => {
    const quiet = setUp();
    await quiet.controller.refresh();
    expect(host.record.warnings).toEqual([]);
    expect(host.record.errors).toEqual([]);
    expect(quiet.log.lines).toContain('info: gone: /gone is not a git repository: check the path, or run `git init` there to start one');
    quiet.controller.dispose();

    const listed = setUp({ repos: ['repo', { path: 'gone', listed: true }, 'gone'] });
    await listed.controller.refresh();
    await listed.controller.refresh();
    expect(host.record.warnings).toEqual(['Growth Ledger could not fully mine gone: /gone is not a git repository: check the path, or run `git init` there to start one']);
    expect(listed.log.lines).toContain('error: gone: /gone is not a git repository: check the path, or run `git init` there to start one');
    // Asked for: shown again.
    await listed.controller.refresh({ interactive: true });
    expect(host.record.warnings).toHaveLength(2);
    expect(host.record.errors).toEqual([]);
    listed.controller.dispose();
  });

  // The shallow warning held the commit count, so every new commit made a "new" warning.
  it('shows a shallow clone’s warning once per session even as new commits arrive', async () => {
    const { controller, h } = setUp({ repos: ['shallow'] });
    await controller.refresh();
    h.commit('b', BOB, 'fix: y');
    await controller.refresh();
    expect(host.record.warnings).toHaveLength(1);
    expect(host.record.warnings[0]).toContain('shallow clone');
    expect(host.record.warnings[0]).not.toMatch(/\d/);
    controller.dispose();
  });

  it('never runs git in an untrusted workspace', async () => {
    const { controller, reader, log: l } = setUp({ trusted: false });
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

  it('can be cancelled while git is reading, keeping the previous items', async () => {
    let stall = false;
    let started!: () => void;
    const reading = new Promise<void>((resolve) => (started = resolve));
    // The first run reads normally; the second stalls in git until it is cancelled.
    const reader = (fake: FakeGitReader): GitHistoryReader =>
      Object.assign(Object.create(fake) as GitHistoryReader, {
        readCommits: (...a: Parameters<GitHistoryReader['readCommits']>) => (stall ? stalling(fake, started) : (fake as GitHistoryReader)).readCommits(...a),
      });
    const { controller, log: l } = setUp({ reader });
    await controller.refresh();
    const before = controller.items;
    stall = true;
    const run = controller.refresh();
    await reading;
    controller.cancel();
    await run;
    expect(controller.items).toBe(before);
    expect(l.lines).toContain('info: Mining was cancelled.');
    controller.dispose();
  });

  // A run that ended cleared `running` even when a newer run had replaced it: cancel() then stopped nothing.
  it('keeps the newer run cancellable when an older, superseded run ends', async () => {
    let releaseOld!: () => void;
    let calls = 0;
    let started!: () => void;
    const reading = new Promise<void>((resolve) => (started = resolve));
    const { controller, log: l } = setUp({
      reader: (fake) => stalling(fake, started),
      profile: () => (++calls === 1 ? new Promise((resolve) => (releaseOld = () => resolve({ identities: [] }))) : Promise.resolve({ identities: [ANA.email] })),
    });
    const old = controller.refresh();
    const newer = controller.refresh();
    await reading;
    releaseOld();
    await old;
    controller.cancel();
    await newer;
    expect(l.lines.filter((x) => x === 'info: Mining was cancelled.')).toHaveLength(2);
    controller.dispose();
  });

  // Failures were only logged, even when the person had asked for the refresh.
  it('rejects an asked-for refresh that fails, with what to do, after logging it; a background one only logs', async () => {
    const failing = () => Promise.reject(new Error('profile.yml could not be read'));
    const background = setUp({ profile: failing });
    await background.controller.refresh();
    expect(background.log.lines).toContain('error: Mining failed: profile.yml could not be read');
    await expect(background.controller.refresh({ interactive: true })).rejects.toThrow(
      'mining git history failed (profile.yml could not be read): see the Growth Ledger log for details, and run Refresh Evidence again',
    );

    const noIdentities = setUp({ identities: [] });
    await noIdentities.controller.refresh();
    await expect(noIdentities.controller.refresh({ interactive: true })).rejects.toThrow(/^there are no identities in the profile yet: run Set Up, or add/);

    const noRepository = setUp({ repos: ['gone'] });
    await noRepository.controller.refresh();
    await expect(noRepository.controller.refresh({ interactive: true })).rejects.toThrow(/^none of the workspace folders is a git repository, so there was no history to mine: open a repository, or list/);
    for (const x of [background, noIdentities, noRepository]) x.controller.dispose();
  });
});
