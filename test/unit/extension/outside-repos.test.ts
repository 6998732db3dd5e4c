import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTSIDE_REPOS_KEY, reposToMine, type AnswerStore } from '../../../src/extension/evidence/outside-repos';

/** Fault 9: a committed profile naming repositories outside the workspace is asked about once. */
const root = mkdtempSync(join(tmpdir(), 'gl-outside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (p: string) => {
  const d = join(root, p);
  mkdirSync(d, { recursive: true });
  return d;
};

const workspace = dir('work/payments');
const inside = dir('work/payments/services/ledger');
const sibling = dir('work/billing');
const elsewhere = dir('secrets/vault');
symlinkSync(elsewhere, join(workspace, 'vault-link'));

function memoryStore(): AnswerStore & { value: () => unknown } {
  const data = new Map<string, unknown>();
  return {
    get: <T>(key: string) => data.get(key) as T | undefined,
    update: async (key: string, value: unknown) => void data.set(key, value),
    value: () => data.get(OUTSIDE_REPOS_KEY),
  };
}

const repos = [
  { path: workspace, listed: false },
  { path: inside, listed: true },
  { path: join(workspace, '../billing'), listed: true },
  { path: join(workspace, 'vault-link'), listed: true },
];

describe('repositories outside the workspace named by a committed profile', () => {
  it('asks once, naming the real paths, and mines them only after a yes', async () => {
    const store = memoryStore();
    const asked: (readonly string[])[] = [];
    const first = await reposToMine(repos, [workspace], store, async (paths) => {
      asked.push(paths);
      return true;
    });
    // The link inside the workspace is shown as where it really leads.
    expect(asked).toEqual([[sibling, elsewhere]]);
    expect(first.map((r) => r.realPath)).toEqual([workspace, inside, sibling, elsewhere]);
    const again = await reposToMine(repos, [workspace], store, async () => {
      throw new Error('asked twice');
    });
    expect(again.map((r) => r.realPath)).toEqual([workspace, inside, sibling, elsewhere]);
  });

  it('remembers a no, and mines the workspace alone', async () => {
    const store = memoryStore();
    const r = await reposToMine(repos, [workspace], store, async () => false);
    expect(r.map((x) => x.realPath)).toEqual([workspace, inside]);
    expect(store.value()).toEqual({ [sibling]: 'skip', [elsewhere]: 'skip' });
  });

  it('asks again next time when the question was dismissed, and mines nothing outside meanwhile', async () => {
    const store = memoryStore();
    let asks = 0;
    const dismiss = async () => {
      asks++;
      return undefined;
    };
    expect((await reposToMine(repos, [workspace], store, dismiss)).map((x) => x.realPath)).toEqual([workspace, inside]);
    await reposToMine(repos, [workspace], store, dismiss);
    expect(asks).toBe(2);
    expect(store.value()).toBeUndefined();
  });

  it('does not ask about a repository that is another workspace folder', async () => {
    const store = memoryStore();
    const r = await reposToMine([{ path: workspace, listed: false }, { path: sibling, listed: true }], [workspace, sibling], store, async () => {
      throw new Error('should not ask');
    });
    expect(r.map((x) => x.realPath)).toEqual([workspace, sibling]);
  });

  it('shows one question to callers that ask while it is open', async () => {
    const inner = memoryStore();
    let reads = 0;
    // Each call reads the answers just before it would ask: two reads mean both are at the question.
    const store: AnswerStore = {
      get: <T>(key: string) => {
        reads++;
        return inner.get<T>(key);
      },
      update: (key, value) => inner.update(key, value),
    };
    const questions: ((yes: boolean) => void)[] = [];
    const ask = () => new Promise<boolean>((r) => questions.push(r));
    const first = reposToMine(repos, [workspace], store, ask);
    const second = reposToMine(repos, [workspace], store, ask);
    await new Promise<void>((r) => {
      const poll = () => (reads >= 2 ? r() : setImmediate(poll));
      poll();
    });
    for (const answer of questions) answer(true);
    expect((await first).length).toBe(4);
    expect((await second).length).toBe(4);
    expect(questions).toHaveLength(1);
  });
});
