import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileStore } from '../../../src/adapters/fs/node-file-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'gl-update-'));
  dirs.push(d);
  mkdirSync(join(d, 'growth'));
  return d;
}

describe('replacing a growth file guarded by its expected text', () => {
  it('replaces the text when the file still reads as expected, keeping a byte-order mark and leaving no temp file', async () => {
    const root = temp();
    writeFileSync(join(root, 'growth/evidence.yml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('excluded: []\n')]));
    await new NodeFileStore(root).update('growth/evidence.yml', 'excluded: []\n', 'excluded:\n  - id: a\n');
    const bytes = readFileSync(join(root, 'growth/evidence.yml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('excluded:\n  - id: a\n');
    expect(readdirSync(join(root, 'growth'))).toEqual(['evidence.yml']);
  });

  it('refuses and writes nothing when someone changed the file meanwhile', async () => {
    const root = temp();
    writeFileSync(join(root, 'growth/evidence.yml'), '# edited by hand\n');
    await expect(new NodeFileStore(root).update('growth/evidence.yml', 'excluded: []\n', 'mapped: []\n')).rejects.toThrow(/changed while it was being updated/);
    expect(readFileSync(join(root, 'growth/evidence.yml'), 'utf8')).toBe('# edited by hand\n');
  });

  it('creates the file when it is expected not to exist, and refuses when it appeared', async () => {
    const root = temp();
    const store = new NodeFileStore(root);
    await store.update('growth/evidence.yml', undefined, 'excluded: []\n');
    expect(readFileSync(join(root, 'growth/evidence.yml'), 'utf8')).toBe('excluded: []\n');
    await expect(store.update('growth/evidence.yml', undefined, 'mapped: []\n')).rejects.toThrow(/changed/);
    expect(readFileSync(join(root, 'growth/evidence.yml'), 'utf8')).toBe('excluded: []\n');
  });

  it('refuses a path outside the repository', async () => {
    await expect(new NodeFileStore(temp()).update('../evil.yml', undefined, 'x')).rejects.toThrow();
  });
});
