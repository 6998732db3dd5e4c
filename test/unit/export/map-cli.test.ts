import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMapCommand } from '../../../src/cli/commands/map';
import { CliError } from '../../../src/cli/cli-io';
import { EMBEDDED_MODEL_ELEMENT_ID } from '../../../src/core/export/map-html';
import type { MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { ANA, BOB } from '../../git/helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from '../../git/helpers/repo-builder';

const SCRIPT = 'document.title = "app";';
const assets = async () => ({ script: SCRIPT, css: 'body { color: CanvasText; }' });
const WINDOW = ['--since', '2025-12-01', '--until', '2026-11-30'];
const HOSTILE = 'fix: </script><img src=x onerror=alert(1)> in the retry loop';

let repo: RepoBuilder;
let home: string;

beforeAll(() => {
  repo = RepoBuilder.create('payments-api');
  repo.commit('chore: growth folder', {
    author: ANA,
    date: '2026-01-05',
    files: {
      'growth/profile.yml': `name: Ana Lima\nidentities: [${ANA.email}]\nlevel: senior\ntargetLevel: staff\n`,
      'growth/ledger/2026-07.md': '## 2026-07-08 Coordinated the payments outage response\n#incident #leadership\n\nRan the bridge.\n',
    },
  });
  repo.commit(HOSTILE, { author: BOB, date: '2026-06-02', files: { 'src/retry.ts': 'x\n' }, trailers: [`Reviewed-by: ${ANA.name} <${ANA.email}>`] });
  home = temporaryFolder('gl-map-home-');
});

afterAll(() => removeTemporaryFolders());

/** Runs `growth-ledger map …` in-process, as program.ts wires it, with the built app replaced by a stub. */
async function map(...argv: string[]): Promise<{ code: number; stdout: string; error?: string }> {
  let stdout = '';
  const io = { cwd: repo.dir, env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: home }, stdout: (t: string) => { stdout += t; }, stderr: () => undefined };
  const program = new Command('growth-ledger').option('--root <dir>').option('--growth-dir <dir>', '', 'growth').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerMapCommand(program, io, { assets });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { code: 0, stdout };
  } catch (e) {
    return { code: e instanceof CliError ? e.exitCode : 2, stdout, error: e instanceof Error ? e.message : String(e) };
  }
}

function embedded(html: string): MapViewModel {
  const start = html.indexOf('>', html.indexOf(`id="${EMBEDDED_MODEL_ELEMENT_ID}"`)) + 1;
  return JSON.parse(html.slice(start, html.indexOf('</script>', start))) as MapViewModel;
}

describe('growth-ledger map --out FILE.html', () => {
  it('writes one self-contained, read-only file from the same evidence as gaps', async () => {
    const out = join(home, 'evidence-map.html');
    const r = await map('map', '--out', out, ...WINDOW);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toMatch(/evidence-map\.html: Evidence Map of \d+ items/);
    const html = readFileSync(out, 'utf8');
    const model = embedded(html);
    expect(model.interactive).toBe(false);
    expect(model.person).toMatchObject({ name: 'Ana Lima', targetLevel: 'staff' });
    expect(model.window).toMatchObject({ since: '2025-12-01', until: '2026-11-30', label: 'Dec 2025 – Nov 2026' });
    const review = model.evidence.find((e) => e.kind === 'review');
    expect(review?.title).toContain('</script><img src=x onerror=alert(1)>');
    expect(model.evidence.some((e) => e.title === 'Coordinated the payments outage response')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain(`script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`);
    // Written beside the target and renamed: no temporary file is left.
    expect(readdirSync(home).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a window that is not a number of months, before reading anything', async () => {
    const out = join(home, 'never.html');
    const r = await map('map', '--out', out, '--months', 'twelve');
    expect(r.code).toBe(2);
    expect(r.error).toMatch(/--months twelve is not a number of months/);
    expect(existsSync(out)).toBe(false);
  });

  it('names the repositories when asked for one with no evidence', async () => {
    const r = await map('map', '--out', join(home, 'x.html'), '--repository', 'search', ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.error).toMatch(/--repository search has no evidence in the window; repositories: payments-api/);
  });
});
