import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusCase, type CorpusRun } from '../../scripts/hostile/corpus.mjs';
import { assertBuiltCli, runCliProcess } from './built-cli';

/**
 * The hostile-repository corpus (scripts/hostile/corpus.mjs) through the built CLI, one case at a
 * time. For every run: no marker program ran, nothing was written outside the case's growth folder
 * and the cache, the person got the expected message (never a stack trace), and the exit code says
 * whether it worked.
 */
const sandbox = mkdtempSync(join(tmpdir(), 'gl-hostile-'));
// Built while the suite is collected: its tests are declared from the cases.
const cases: CorpusCase[] = buildCorpus(sandbox);

beforeAll(() => assertBuiltCli());
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/**
 * Every file and folder under the sandbox (links not followed) with its size, time and mode,
 * except the case's growth folder and the CLI's cache, which the CLI may write.
 */
function snapshot(growth: string): Map<string, string> {
  const out = new Map<string, string>();
  const skip = [growth, join(sandbox, 'cache')];
  // File names are bytes: a case holds names that are not valid UTF-8.
  const walk = (dir: Buffer) => {
    for (const name of readdirSync(dir, { encoding: 'buffer' })) {
      const p = Buffer.concat([dir, Buffer.from(sep), name]);
      const shown = p.toString('latin1');
      if (skip.some((s) => shown === s || shown.startsWith(s + sep))) continue;
      const s = lstatSync(p);
      out.set(relative(sandbox, shown), `${s.size}:${s.mtimeMs}:${s.mode}`);
      if (s.isDirectory()) walk(p);
    }
  };
  walk(Buffer.from(sandbox));
  return out;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [p, v] of after) if (before.get(p) !== v) changed.push(p);
  for (const p of before.keys()) if (!after.has(p)) changed.push(`${p} (removed)`);
  return changed;
}

/** What marker programs recorded; building the corpus itself runs none of them. */
const markers = () => (existsSync(join(sandbox, 'markers', 'ran')) ? readFileSync(join(sandbox, 'markers', 'ran'), 'utf8') : '');
/** What a crash looks like, as opposed to a message for people. */
const CRASH = [/^\s+at .+:\d+:\d+\)?$/m, /Maximum call stack/, /TypeError|ReferenceError|RangeError/, /\bE(NOENT|ISDIR|ACCES|LOOP)\b/];

async function check(c: CorpusCase, run: CorpusRun): Promise<void> {
  const before = snapshot(join(c.dir, 'growth'));
  const ranBefore = markers();
  const r = await runCliProcess(c.dir, run.args, sandbox);
  const output = `${r.stdout}\n${r.stderr}`;
  expect(markers().slice(ranBefore.length), 'a program named by the repository ran').toBe('');
  expect(changes(before, snapshot(join(c.dir, 'growth'))), 'written outside the growth folder and the cache').toEqual([]);
  for (const crash of CRASH) expect(output).not.toMatch(crash);
  for (const re of run.stdout ?? []) expect(r.stdout).toMatch(re);
  for (const re of run.stderr ?? []) expect(r.stderr).toMatch(re);
  for (const re of run.absent ?? []) expect(output).not.toMatch(re);
  expect({ code: r.code, signal: r.signal }).toEqual({ code: run.code, signal: null });
}

describe('the hostile-repository corpus, through the CLI', () => {
  it('builds every case of issue 11, running none of their programs', () => {
    expect(markers()).toBe('');
    expect(cases.map((c) => c.id)).toEqual([
      'config-programs',
      'config-includes',
      'partial-blobless',
      'partial-ssh',
      'partial-ext',
      'partial-treeless',
      'bad-commits',
      'log-settings',
      'head-fifo',
      'head-dev-zero',
      'front-matter-js',
      'yaml-alias-bomb',
      'html-everywhere',
      'odd-file-names',
      'terminal-forgery',
      'symlinked-growth-folder',
      'symlinked-ledger-file',
      'symlinked-profile',
      'huge-profile',
      'title-traversal',
      'huge-ledger',
      'many-problems',
      'binary-note',
    ]);
  });

  for (const c of cases) {
    for (const run of c.runs) {
      const title = `${c.id}: growth-ledger ${run.args.join(' ')}`;
      it(title, () => check(c, run), 180_000);
    }
  }
});
