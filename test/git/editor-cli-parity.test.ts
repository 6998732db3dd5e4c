import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program';
import { NodeFileStore } from '../../src/adapters/fs/node-file-store';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { growthLayout } from '../../src/core/layout';
import { mineEvidence } from '../../src/core/mining/orchestration/mining-service';
import { loadGrowthSnapshot } from '../../src/core/services/growth-snapshot';
import { ANA, BOB } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders } from './helpers/repo-builder';

/** The slice of the vscode API the EvidenceHub touches: events and one setting. */
const host = vi.hoisted(() => {
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
    workspace: {
      getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
      onDidChangeConfiguration: () => ({ dispose: () => undefined }),
    },
  };
  return { vscode };
});
vi.mock('vscode', () => host.vscode);

const { EvidenceHub } = await import('../../src/extension/evidence/evidence-hub');

let repo: RepoBuilder;
const layout = growthLayout('growth');

beforeAll(() => {
  repo = RepoBuilder.create('payments');
  repo.commit('rfc: retry budgets', { author: ANA, files: { 'docs/rfcs/0001-retry.md': '# Retry budgets\n\nAuthor: Ana Lima\n' }, date: '2025-11-28' });
  repo.commit('fix: jitter', { author: BOB, files: { 'src/a.ts': 'a\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'], date: '2025-12-01' });
  repo.commit('feat: budgets', { author: ANA, files: { 'src/b.ts': 'b\n' }, date: '2026-11-30' });
  repo.commit('chore: growth ledger', {
    author: ANA,
    date: '2026-12-01',
    files: {
      'growth/profile.yml': 'name: Ana Lima\nidentities: [ana@work.example]\nlevel: senior\ntargetLevel: staff\n',
      'growth/ledger/2025-11.md': '# November 2025\n\n## 2025-11-30 Paired with Bob on jitter\n#pairing #mentoring\n\nWalked through it.\n',
      'growth/ledger/2026-12.md': '# December 2026\n\n## 2026-12-01 Led the incident review\n#incident #leadership\n',
      'growth/notes/2026-11-30-retry.md': '---\ntask: Retry budget\ndate: 2026-11-30\nbranch: main\ncriteria: [architecture]\nstatus: open\n---\n\n# Retry budget\n\n## For future me\n\n**Intent**\nCap retries.\n\n## For a teammate\n\n**Intent**\nCap retries.\n',
    },
  });
});
afterAll(() => removeTemporaryFolders());
afterEach(() => {
  delete process.env.TZ;
});

/** The editor's list: the EvidenceHub over the same files and the same mined history. */
async function editorList(now: Date) {
  const snapshot = await loadGrowthSnapshot(new NodeFileStore(repo.dir), layout);
  const mined = await mineEvidence({ repos: [repo.dir], identities: ['ana@work.example'], growthRoot: 'growth', noCache: true }, nodeMiningDeps({ trusted: true }));
  const workspaces = { get: async () => ({ folder: {}, snapshot: async () => snapshot }), onDidChange: () => ({ dispose: () => undefined }) };
  const hub = new EvidenceHub(workspaces as never, { now: () => now });
  hub.attachGit({ items: mined.items, mined: true, onDidChange: () => ({ dispose: () => undefined }) });
  const e = await hub.evidence();
  if (!e) throw new Error('the hub has no evidence');
  return { window: { since: e.window.since, until: e.window.until, rule: e.window.rule }, ids: e.items.map((i) => i.id) };
}

/** The CLI's list: `growth-ledger evidence --json` in-process, with the same clock. */
async function cliList(now: Date) {
  let out = '';
  let err = '';
  const code = await runCli(['evidence', '--json', '--no-cache'], { cwd: repo.dir, env: { PATH: process.env.PATH }, clock: { now: () => now }, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  expect(err).toBe('');
  expect(code).toBe(0);
  const parsed = JSON.parse(out) as { window: { since: string; until: string; rule: string }; items: { id: string }[] };
  return { window: parsed.window, ids: parsed.items.map((i) => i.id) };
}

describe('the editor and the CLI give the same evidence', () => {
  it('lists the same ids from the ledger, two-notes and git, in the same window', async () => {
    const now = new Date(2026, 11, 1, 9, 0);
    const [editor, cli] = await Promise.all([editorList(now), cliList(now)]);
    expect(cli).toEqual(editor);
    expect(editor.window).toMatchObject({ since: '2026-01-01', until: '2026-12-01' });
    expect(editor.ids.some((id) => id.startsWith('ledger:'))).toBe(true);
    expect(editor.ids.some((id) => id.startsWith('note:'))).toBe(true);
    expect(editor.ids.some((id) => id.startsWith('git:payments:') && id.endsWith(':commits:src:2026-11'))).toBe(true);
  });

  it('agree on the last day of a month, late in the evening', async () => {
    const now = new Date(2026, 10, 30, 23, 30);
    const [editor, cli] = await Promise.all([editorList(now), cliList(now)]);
    expect(cli).toEqual(editor);
    expect(editor.window).toMatchObject({ since: '2025-12-01', until: '2026-11-30' });
    // The review of 2025-12-01 is in, the RFC of 2025-11-28 and the ledger entry of 2025-11-30 are out.
    expect(editor.ids.some((id) => id.includes(':review:'))).toBe(true);
    expect(editor.ids.some((id) => id.includes('2025-11.md'))).toBe(false);
  });

  it('agree across a time-zone boundary: the same instant is 1 December in Kiritimati and 29 November in Pago Pago', async () => {
    const instant = new Date(Date.UTC(2026, 10, 30, 10, 30));
    process.env.TZ = 'Pacific/Kiritimati';
    const east = await Promise.all([editorList(instant), cliList(instant)]);
    expect(east[1]).toEqual(east[0]);
    expect(east[0].window).toMatchObject({ since: '2026-01-01', until: '2026-12-01' });
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = await Promise.all([editorList(instant), cliList(instant)]);
    expect(west[1]).toEqual(west[0]);
    expect(west[0].window).toMatchObject({ since: '2025-12-01', until: '2026-11-29' });
  });
});
