import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, type CliIo } from '../../src/cli/cli-io';
import { registerEvidenceCommand } from '../../src/cli/commands/evidence';
import type { EvidenceItem } from '../../src/core/evidence/evidence-item';
import { ANA, BOB, DAVE } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

/** A tiny program like the real one: global --root/--growth-dir, exitOverride, CliError → one stderr line. */
async function run(cwd: string, env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  // A fixed day, so the default window (12 whole months up to today) is the same on every run.
  const io: CliIo = { cwd, env, clock: { now: () => new Date(2026, 10, 20, 12) }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const program = new Command('growth-ledger')
    .option('--root <dir>')
    .option('--growth-dir <dir>', 'growth folder', 'growth')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerEvidenceCommand(program, io);
  let code = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? 0 : 2;
    else if (e instanceof CliError) {
      stderr += `growth-ledger: ${e.message}\n`;
      code = e.exitCode;
    } else throw e;
  }
  return { code, stdout, stderr };
}

let repo: RepoBuilder;
let env: Record<string, string>;
let cacheHome: string;
const json = (stdout: string) =>
  JSON.parse(stdout) as { window: { since: string; until: string; rule: string }; items: EvidenceItem[]; stats: { commitsRead: number; durationMs: number; cacheUsed: boolean } };

beforeAll(() => {
  repo = RepoBuilder.create('ledger-service');
  repo.commit('rfc: retry budgets', { author: ANA, files: { 'rfcs/0000-retry.md': '# Retry budgets\n' }, date: '2026-01-10' });
  repo.commit('chore: number RFC', { author: BOB, renames: [['rfcs/0000-retry.md', 'rfcs/2585-retry.md']], date: '2026-01-12' });
  repo.commit('fix: jitter', { author: BOB, files: { 'src/a.ts': 'a\n' }, trailers: ['Reviewed-By: Ana Lima <ana@work.example>'], date: '2026-03-02' });
  repo.commit('docs: handbook', { author: ANA, files: { 'handbook/oncall.md': '# On call\n', 'growth/ledger/2026-03.md': '## 2026-03-03 x\n' }, date: '2026-03-03' });
  repo.commit('chore: release', { author: { name: 'release-robot', email: 'ana@work.example' }, files: { 'src/v.ts': 'v\n' }, date: '2026-03-04' });
  cacheHome = temporaryFolder('gl-xdg-');
  // Every system's cache location points into the temporary folder, never the real home cache.
  env = { PATH: process.env.PATH ?? '/usr/bin:/bin', XDG_CACHE_HOME: cacheHome, HOME: cacheHome, LOCALAPPDATA: cacheHome };
});

afterAll(() => removeTemporaryFolders());

describe('growth-ledger evidence', () => {
  it('prints items and stats as JSON, with the fields of the contract', async () => {
    const r = await run(repo.dir, env, 'evidence', '--json', '--repo', repo.dir, '--identity', ANA.email, '--no-cache');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    const rfc = out.items.find((i) => i.kind === 'rfc');
    expect(rfc).toMatchObject({ kind: 'rfc', role: 'authored', path: 'rfcs/2585-retry.md', repo: 'ledger-service', date: '2026-01-10', title: 'Retry budgets' });
    // Mapped to the framework, with the reason in words.
    expect(rfc?.criteria).toContain('architecture');
    expect(rfc?.reasons.some((r) => /rfc.*Architecture/i.test(r))).toBe(true);
    expect(rfc?.id).toMatch(/^git:ledger-service:/);
    expect(rfc?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(rfc?.reasons.length).toBeGreaterThan(1);
    expect(out.items.find((i) => i.kind === 'review')).toMatchObject({ via: 'trailer', title: 'fix: jitter' });
    // The growth folder's own files and the robot using Ana's email are not evidence.
    expect(out.items.some((i) => i.source === 'git' && i.path?.startsWith('growth/'))).toBe(false);
    expect(out.items.filter((i) => i.kind === 'commits').map((i) => i.title)).toEqual(['1 commit in handbook/ (2026-03)', '1 commit in rfcs/ (2026-01)']);
    expect(out.stats).toMatchObject({ commitsRead: 5, cacheUsed: false });
    // The ledger in the repository's growth folder is evidence too, in the same window (12 months up to 2026-11-20).
    expect(out.window).toEqual({ since: '2025-12-01', until: '2026-11-20', rule: 'the default window: 12 months up to 2026-11-20' });
    expect(out.items.filter((i) => i.source === 'ledger').map((i) => i.id)).toEqual(['ledger:growth/ledger/2026-03.md:1']);
    expect(typeof out.stats.durationMs).toBe('number');
  });

  it('uses the cache on the second run; --no-cache neither reads nor writes it', async () => {
    const r1 = await run(repo.dir, env, 'evidence', '--json', '--repo', repo.dir, '--identity', ANA.email);
    expect(json(r1.stdout).stats.cacheUsed).toBe(false);
    expect(existsSync(join(cacheHome, 'growth-ledger', 'repos'))).toBe(true);
    const r2 = await run(repo.dir, env, 'evidence', '--json', '--repo', repo.dir, '--identity', ANA.email);
    expect(json(r2.stdout).stats).toMatchObject({ cacheUsed: true, commitsRead: 0 });
    expect(json(r2.stdout).items).toEqual(json(r1.stdout).items);
    const r3 = await run(repo.dir, env, 'evidence', '--json', '--repo', repo.dir, '--identity', ANA.email, '--no-cache');
    expect(json(r3.stdout).stats).toMatchObject({ cacheUsed: false, commitsRead: 5 });
  });

  it('reads identities, paths and bots from a partial profile, and mines the current repository by default', async () => {
    const profile = join(temporaryFolder(), 'partial.yml');
    writeFileSync(profile, 'identities:\n  - ana@work.example\npaths:\n  design-doc: ["handbook/**"]\nbots:\n  - "*-robot"\n');
    mkdirSync(join(repo.dir, 'src'), { recursive: true });
    const r = await run(join(repo.dir, 'src'), env, 'evidence', '--json', '--profile', profile, '--no-cache');
    expect(r.code).toBe(0);
    const items = json(r.stdout).items;
    expect(items.find((i) => i.path === 'handbook/oncall.md')?.kind).toBe('design-doc');
  });

  it('reads growth/profile.yml and its window when no identity is given', async () => {
    const other = RepoBuilder.create('with-profile');
    other.commit('docs: old', { author: DAVE, files: { 'docs/old.md': '# Old\n' }, date: '2020-01-01' });
    other.commit('docs: new', { author: DAVE, files: { 'docs/new.md': '# New\n', 'growth/profile.yml': 'name: Dave\nidentities: [dave@example.com]\nwindow:\n  since: 2025-01-01\n' }, date: '2026-01-01' });
    const r = await run(other.dir, env, 'evidence', '--json', '--no-cache');
    expect(r.stderr).toBe('');
    expect(json(r.stdout).items.filter((i) => i.kind === 'doc').map((i) => i.path)).toEqual(['docs/new.md']);
  });

  it('mines a bare repository and applies --since / --until', async () => {
    const bare = repo.bareClone('ledger-service.git');
    const r = await run(repo.dir, env, 'evidence', '--json', '--repo', bare, '--identity', ANA.email, '--since', '2026-03-01', '--until', '2026-03-31', '--source', 'git', '--no-cache');
    expect(r.code).toBe(0);
    expect(json(r.stdout).items.map((i) => i.kind).sort()).toEqual(['commits', 'doc', 'review']);
    expect(json(r.stdout).window).toMatchObject({ since: '2026-03-01', until: '2026-03-31', rule: '--since 2026-03-01' });
  });

  it('prints a readable list without --json', async () => {
    const r = await run(repo.dir, env, 'evidence', '--repo', repo.dir, '--identity', ANA.email, '--no-cache');
    expect(r.stdout).toMatch(/^2026-03-03 {2}doc {9}authored {5}On call {2}\(ledger-service\)$/m);
    expect(r.stdout).toMatch(/^2026-03-03 {2}other {7}\s+x {2}\(growth\/ledger\/2026-03\.md:1\)$/m);
    expect(r.stdout).toMatch(/\n\d+ items \(1 ledger, 0 two-note, \d+ git\) from 2025-12-01 to 2026-11-20, the default window: 12 months up to 2026-11-20\n/);
    expect(r.stdout).toMatch(/\ngit: 5 commits in 1 repository \(5 read from git, cache not used, \d+ ms\)\n$/);
  });

  it('says once how many squash merges made on a forge are in the window, since git does not record who merged them', async () => {
    const forge = RepoBuilder.create('squashed');
    forge.commit('chore: start', { author: DAVE, files: { 'README.md': '# Squashed\n' } });
    forge.commit('Add retry budgets (#30)', { author: BOB, committer: { name: 'GitHub', email: 'noreply@github.com' }, files: { 'src/r.ts': 'r\n' } });
    forge.commit('Add jitter (#31)', { author: DAVE, committer: { name: 'GitHub', email: 'noreply@github.com' }, files: { 'src/j.ts': 'j\n' } });
    const r = await run(forge.dir, env, 'evidence', '--repo', forge.dir, '--identity', ANA.email, '--no-cache');
    expect(r.stdout.split('\n').filter((l) => l.includes('squash'))).toEqual([
      '2 commits were squash- or rebase-merged on a forge in this window: git does not record who merged them, so those reviews are not counted',
    ]);
    const plain = await run(repo.dir, env, 'evidence', '--repo', repo.dir, '--identity', ANA.email, '--no-cache');
    expect(plain.stdout).not.toContain('squash');
  });

  it('fails with one clear line for bad usage and for a folder that is not a repository', async () => {
    const noId = await run(repo.dir, env, 'evidence', '--json', '--repo', repo.dir);
    expect(noId).toMatchObject({ code: 2, stdout: '' });
    expect(noId.stderr).toBe('growth-ledger: no identity to look for: pass --identity NAME_OR_EMAIL, add `identities:` to growth/profile.yml (growth-ledger init writes one), or pass --source ledger,note\n');
    const badDate = await run(repo.dir, env, 'evidence', '--identity', 'x', '--since', '2026-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--since 2026-02-30 is not a date');
    const plain = temporaryFolder();
    const notRepo = await run(plain, env, 'evidence', '--json', '--repo', plain, '--identity', ANA.email);
    expect(notRepo.code).toBe(1);
    expect(notRepo.stdout).toBe('');
    expect(notRepo.stderr).toBe(`growth-ledger: ${plain}: ${plain} is not a git repository: check the path, or run \`git init\` there to start one\ngrowth-ledger: nothing could be mined\n`);
  });

  it('reports a broken profile at its line', async () => {
    const profile = join(temporaryFolder(), 'broken.yml');
    writeFileSync(profile, 'identities: [ana@work.example\n');
    const r = await run(repo.dir, env, 'evidence', '--profile', profile);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^growth-ledger: .*broken\.yml:\d+(:\d+)?: YAML: /);
  });
});
