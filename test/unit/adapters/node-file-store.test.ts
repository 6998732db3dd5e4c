import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileStore } from '../../../src/adapters/fs/node-file-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'gl-store-'));
  dirs.push(d);
  return d;
}

describe('the Node growth file store', () => {
  it('creates files once and never overwrites', async () => {
    const root = temp();
    const store = new NodeFileStore(root);
    expect(await store.create('growth/notes/a.md', 'first')).toBe(true);
    expect(await store.create('growth/notes/a.md', 'second')).toBe(false);
    expect(readFileSync(join(root, 'growth/notes/a.md'), 'utf8')).toBe('first');
  });

  it('appends bytes without touching what was there (invalid UTF-8 kept as it was)', async () => {
    const root = temp();
    mkdirSync(join(root, 'growth/ledger'), { recursive: true });
    const before = Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0d, 0x0a]);
    writeFileSync(join(root, 'growth/ledger/2026-11.md'), before);
    await new NodeFileStore(root).append('growth/ledger/2026-11.md', '## 2026-11-20 X\n');
    const after = readFileSync(join(root, 'growth/ledger/2026-11.md'));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString('utf8')).toBe('## 2026-11-20 X\n');
  });

  it('inserts into the middle keeping a byte-order mark, and refuses when the text changed', async () => {
    const root = temp();
    const store = new NodeFileStore(root);
    writeFileSync(join(root, 'a.yml'), '\uFEFFassessments:\n  - a\ngoals: []\n');
    await store.insert('a.yml', 'assessments:\n  - a\n'.length, '  - b\n', 'assessments:\n  - a\ngoals: []\n');
    expect(readFileSync(join(root, 'a.yml'), 'utf8')).toBe('\uFEFFassessments:\n  - a\n  - b\ngoals: []\n');
    await expect(store.insert('a.yml', 0, 'x', 'stale')).rejects.toThrow(/changed while it was being updated/);
  });

  it('refuses paths that leave the repository', async () => {
    const store = new NodeFileStore(temp());
    await expect(store.read('../outside.md')).rejects.toThrow(/outside the repository/);
    await expect(store.create('/etc/x', 'x')).rejects.toThrow(/outside the repository/);
  });

  it('does not write or read through a symbolic link planted in a cloned repository', async () => {
    const root = temp();
    const elsewhere = temp();
    writeFileSync(join(elsewhere, 'secret.txt'), 'private');
    mkdirSync(join(root, 'growth'));
    symlinkSync(elsewhere, join(root, 'growth', 'ledger'));
    symlinkSync(join(elsewhere, 'secret.txt'), join(root, 'growth', 'profile.yml'));
    const store = new NodeFileStore(root);
    await expect(store.append('growth/ledger/2026-11.md', 'x')).rejects.toThrow(/symbolic link/);
    await expect(store.read('growth/profile.yml')).rejects.toThrow(/symbolic link/);
    expect(existsSync(join(elsewhere, '2026-11.md'))).toBe(false);
  });
});
