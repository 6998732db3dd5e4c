import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFileLock, lockPathOf } from '../../src/adapters/fs/file-lock';
import { parseLedger } from '../../src/core/ledger/ledger-parser';
import { assertBuiltCli, runCliProcess } from './built-cli';

/**
 * SPEC §7 "no lost data": several CLI processes appending to one month file at once lose no entry,
 * and a process killed in the middle of writing a generated file leaves the old file or the new
 * one, never a torn one.
 */
const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  folders.push(d);
  return d;
};
afterAll(() => {
  for (const d of folders) rmSync(d, { recursive: true, force: true });
});

beforeAll(() => assertBuiltCli());

/** A repository with a growth folder (made by the CLI's own `init`). */
async function growthRepo(sandbox: string): Promise<string> {
  const repo = join(sandbox, 'repo');
  mkdirSync(repo);
  execFileSync('git', ['init', '-q', repo]);
  const init = await runCliProcess(repo, ['init', '--root', repo, '--name', 'Ana Lima', '--identity', 'ana@work.example'], sandbox);
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  return repo;
}

describe('concurrent appends', () => {
  it('16 `log` processes started at once into a month file that does not exist yet: every entry is there, once, whole', async () => {
    const sandbox = tempFolder('gl-append-');
    const repo = await growthRepo(sandbox);
    const n = 16;
    const runs = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        runCliProcess(repo, ['log', '--kind', 'conversation', '--title', `Parallel entry ${i}`, '--date', '2025-03-04', '--body', `Body of entry ${i}.\n\nSecond paragraph ${i}.`], sandbox),
      ),
    );
    for (const r of runs) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const text = readFileSync(join(repo, 'growth/ledger/2025-03.md'), 'utf8');
    const parsed = parseLedger(text, 'growth/ledger/2025-03.md', { kinds: new Set(['conversation']), criteria: new Set() });
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.map((e) => e.title).sort()).toEqual(Array.from({ length: n }, (_, i) => `Parallel entry ${i}`).sort());
    for (const e of parsed.value) {
      const i = e.title.replace('Parallel entry ', '');
      expect(e.body).toContain(`Body of entry ${i}.\n\nSecond paragraph ${i}.`);
    }
    // One header, and no lock or temporary file left behind.
    expect(text.match(/^# Learning ledger/gm)).toHaveLength(1);
    expect(readdirSync(join(repo, 'growth/ledger')).sort()).toEqual(['2025-03.md', expect.stringMatching(/^\d{4}-\d{2}\.md$/)].sort());
  }, 180_000);
});

describe('the lock beside a growth file', () => {
  it('keeps a second holder out while the first holds it, and lets the next one in after', async () => {
    const dir = tempFolder('gl-lock-');
    const file = join(dir, '2026-11.md');
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((r) => (entered = r));
    const first = withFileLock(file, async () => {
      entered();
      await held;
    });
    await inside;
    let secondRan = false;
    await expect(
      withFileLock(file, async () => {
        secondRan = true;
      }, { waitMs: 300 }),
    ).rejects.toThrow(/being written by another Growth Ledger process/);
    expect(secondRan).toBe(false);
    release();
    await first;
    await withFileLock(file, async () => {
      secondRan = true;
    });
    expect(secondRan).toBe(true);
  });

  it('takes over a lock left by a process that died, once it is old enough', async () => {
    const dir = tempFolder('gl-lock-');
    const file = join(dir, '2026-11.md');
    writeFileSync(lockPathOf(file), '99999\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(file), old, old);
    let ran = false;
    await withFileLock(file, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives up with a message when a live lock is never released', async () => {
    const dir = tempFolder('gl-lock-');
    const file = join(dir, '2026-11.md');
    writeFileSync(lockPathOf(file), '1\n');
    await expect(withFileLock(file, async () => undefined, { waitMs: 200 })).rejects.toThrow(/2026-11\.md is being written by another Growth Ledger process .*nothing was written, try again/);
  });
});

describe('generated files written by a process that is killed', () => {
  it('leave the old file or the new one, never a torn one', async () => {
    const dir = tempFolder('gl-kill-');
    // A small program that rewrites one file with writeFileAtomic, from the project's own source.
    const program = join(dir, 'writer.cjs');
    buildSync({
      stdin: {
        contents: `import { writeFileAtomic } from './src/adapters/fs/atomic-write';\nconst [file, size] = process.argv.slice(2);\nconst contents = Array.from({ length: 10 }, (_, d) => Buffer.alloc(Number(size), 48 + d));\n(async () => { for (let i = 0; ; i++) { await writeFileAtomic(file, contents[i % 10]); process.stdout.write('w'); } })();`,
        resolveDir: join(__dirname, '../..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: program,
      logLevel: 'silent',
    });
    const target = join(dir, 'evidence-map.html');
    const size = 16 * 1024 * 1024;
    writeFileSync(target, 'x'.repeat(size));
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, [program, target, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Kill it as soon as it reports a finished rewrite: it starts the next one at once, so the
      // kill lands in the middle of writing.
      await new Promise<void>((resolveWait) => {
        let written = 0;
        child.stdout.on('data', (b: Buffer) => {
          written += b.length;
          if (written >= round + 1) {
            child.kill('SIGKILL');
            resolveWait();
          }
        });
      });
      await new Promise((r) => child.on('close', r));
      const text = readFileSync(target, 'latin1');
      expect(text.length).toBe(size);
      expect(new Set(text).size).toBe(1);
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.tmp'))) rmSync(join(dir, f));
    }
  }, 180_000);
});
