import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cli, cliWithEnv, tempRepo } from '../helpers/cli-runner';
import { localMonth } from '../../src/core/time/calendar';

let repo: { dir: string; cleanup: () => void };
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => repo.cleanup());

const month = localMonth(new Date());

describe('growth-ledger init', () => {
  it('creates the profile from the git identity and this month\'s ledger', async () => {
    const run = await cli(repo.dir, 'init', '--level', 'senior', '--target', 'staff');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created growth/profile.yml');
    const profile = readFileSync(join(repo.dir, 'growth/profile.yml'), 'utf8');
    expect(profile).toContain('Alex Rivera');
    expect(profile).toContain('alex@example.com');
    expect(existsSync(join(repo.dir, `growth/ledger/${month}.md`))).toBe(true);
  });

  it('never replaces an existing profile', async () => {
    mkdirSync(join(repo.dir, 'growth'));
    writeFileSync(join(repo.dir, 'growth/profile.yml'), 'name: Mine\nidentities: [me@example.com]\n');
    const run = await cli(repo.dir, 'init');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kept existing growth/profile.yml');
    expect(readFileSync(join(repo.dir, 'growth/profile.yml'), 'utf8')).toBe('name: Mine\nidentities: [me@example.com]\n');
  });

  it('fails with usage advice when git has no identity and none is given', async () => {
    const bare = tempRepo(null);
    // A home with no .gitconfig: whatever the machine's own global identity, git has none here.
    const home = mkdtempSync(join(tmpdir(), 'gl-home-'));
    try {
      const run = await cliWithEnv(bare.dir, { HOME: home, XDG_CONFIG_HOME: home }, 'init', '--root', bare.dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^growth-ledger: no identity: .*--name NAME --identity EMAIL\n$/);
      expect(existsSync(join(bare.dir, 'growth/profile.yml'))).toBe(false);
    } finally {
      bare.cleanup();
    }
  });

  it('takes the global git identity from the environment it is given', async () => {
    const bare = tempRepo(null);
    const home = mkdtempSync(join(tmpdir(), 'gl-home-'));
    writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Kim Global\n\temail = kim@example.com\n');
    try {
      const run = await cliWithEnv(bare.dir, { HOME: home, XDG_CONFIG_HOME: home }, 'init', '--root', bare.dir);
      expect(run.code).toBe(0);
      expect(readFileSync(join(bare.dir, 'growth/profile.yml'), 'utf8')).toMatch(/kim@example\.com/);
    } finally {
      bare.cleanup();
    }
  });

  it('says where to point it when run outside a repository', async () => {
    const run = await cli('/', 'init');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not inside a git repository; pass --root DIR/);
  });
});

describe('growth-ledger log', () => {
  it('appends an entry with kind and criteria tags to this month\'s ledger', async () => {
    await cli(repo.dir, 'init');
    const run = await cli(repo.dir, 'log', '--kind', 'incident', '--title', 'Coordinated the payments outage', '--criteria', 'leadership,communication', '--body', 'Thanked contributors by name.');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(join(repo.dir, `growth/ledger/${month}.md`), 'utf8');
    expect(text).toMatch(/## \d{4}-\d{2}-\d{2} Coordinated the payments outage\n#incident #leadership #communication\n/);
    expect(text).toContain('Thanked contributors by name.');
  });

  it('rejects an unknown kind with the list of known kinds and exit code 2', async () => {
    const run = await cli(repo.dir, 'log', '--kind', 'heroics', '--title', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown kind "heroics"; known: conversation, doc/);
    expect(existsSync(join(repo.dir, 'growth/ledger'))).toBe(false);
  });

  it('rejects unknown criteria and writes nothing', async () => {
    const run = await cli(repo.dir, 'log', '--kind', 'mentoring', '--title', 'x', '--criteria', 'mentorship');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown criteria mentorship/);
    expect(existsSync(join(repo.dir, 'growth/ledger'))).toBe(false);
  });

  it('reports a missing required option as a usage error', async () => {
    const run = await cli(repo.dir, 'log', '--kind', 'doc');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--title/);
  });
});

describe('growth-ledger note', () => {
  it('creates a two-note, and a second one for the same task gets its own file', async () => {
    const first = await cli(repo.dir, 'note', '--task', 'Retry budget for the payments client', '--branch', 'feat/retry-budget');
    const second = await cli(repo.dir, 'note', '--task', 'Retry budget for the payments client');
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    const files = readdirSync(join(repo.dir, 'growth/notes'));
    expect(files).toHaveLength(2);
    const firstNote = files.find((f) => !f.endsWith('-2.md')) ?? '';
    const text = readFileSync(join(repo.dir, 'growth/notes', firstNote), 'utf8');
    expect(text).toContain('## For future me');
    expect(text).toContain('## For a teammate');
    expect(text).toContain('feat/retry-budget');
  });
});

describe('growth-ledger validate', () => {
  it('passes on a fresh set-up folder', async () => {
    await cli(repo.dir, 'init');
    const run = await cli(repo.dir, 'validate');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/growth\/ is valid/);
  });

  it('prints each problem as file:line: message and exits 1', async () => {
    await cli(repo.dir, 'init');
    writeFileSync(join(repo.dir, `growth/ledger/${month}.md`), `# Ledger\n\n## Nov 20 Gave a talk\n#talk\n`);
    writeFileSync(join(repo.dir, 'growth/assessments.yml'), 'assessments:\n  - date: 2026-09-01\n    by: self\n    ratings:\n      mentorship: 3\n');
    const run = await cli(repo.dir, 'validate');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^growth/ledger/${month}\\.md:3: .*`, 'm'));
    expect(run.stdout).toMatch(/^growth\/assessments\.yml:5: .*mentorship.*mentoring/m);
    expect(run.stderr).toMatch(/^growth-ledger: \d+ problems? in growth\/\n$/);
  });
});
