import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/program';
import { parsePlanMilestones } from '../../../src/core/plan/plan-parser';
import { removeTemporaryFolders, temporaryFolder, type RepoBuilder } from '../../git/helpers/repo-builder';
import { buildYearRepo } from '../../fixtures/year/year-repo';

let repo: RepoBuilder;
let home: string;

/** The CLI in-process on the year repository, on 2026-12-01 at noon, with a private cache and home. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: repo.dir,
    env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: home },
    clock: { now: () => new Date(2026, 11, 1, 12) },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  repo = buildYearRepo();
  home = temporaryFolder('gl-home-');
});

afterAll(() => removeTemporaryFolders());

describe('growth-ledger packet, review and plan', () => {
  it('writes a packet, and a second one the same day under a new name', async () => {
    const first = await run('packet', '--target', 'staff');
    expect(first).toMatchObject({ code: 0, stdout: 'growth/packets/2026-12-01-staff.md\n' });
    const text = readFileSync(join(repo.dir, 'growth/packets/2026-12-01-staff.md'), 'utf8');
    expect(text).toContain('# Promotion packet: Alex Rivera');
    expect(text).toContain('- **Window:** Dec 2025 – Dec 2026 (2025-12-01 to 2026-12-01)');
    expect(text).toMatch(/\[commit [0-9a-f]{7}\]\(https:\/\/github\.com\/acme\/payments\/commit\/[0-9a-f]{40}\)/);
    const second = await run('packet', '--target', 'staff');
    expect(second).toMatchObject({ code: 0, stdout: 'growth/packets/2026-12-01-staff-2.md\n' });
    expect(readFileSync(join(repo.dir, 'growth/packets/2026-12-01-staff-2.md'), 'utf8')).toBe(text);
  }, 60_000);

  it('writes the expectations of the level asked for, and refuses one the framework lacks', async () => {
    const out = join(repo.dir, 'principal.md');
    expect(await run('packet', '--target', 'principal', '--out', 'principal.md', '--since', '2026-01-01')).toMatchObject({ code: 0, stdout: 'principal.md\n' });
    expect(readFileSync(out, 'utf8')).toContain('**Principal Engineer expectation:**');
    const again = await run('packet', '--target', 'principal', '--out', 'principal.md');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('principal.md exists; it is not overwritten');
    const bad = await run('packet', '--target', 'wizard');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--target wizard is not a level/);
  }, 60_000);

  it('writes the month\'s review once and never overwrites it', async () => {
    const first = await run('review', '--month', '2026-11');
    expect(first).toMatchObject({ code: 0, stdout: 'growth/reviews/2026-11.md\n' });
    const file = join(repo.dir, 'growth/reviews/2026-11.md');
    expect(readFileSync(file, 'utf8')).toContain('# Monthly review: November 2026');
    writeFileSync(file, 'my reflections\n');
    const second = await run('review', '--month', '2026-11');
    expect(second).toMatchObject({ code: 0, stdout: 'growth/reviews/2026-11.md\n' });
    expect(second.stderr).toContain('exists; it is not overwritten');
    expect(readFileSync(file, 'utf8')).toBe('my reflections\n');
    expect((await run('review', '--month', '2026-13')).code).toBe(2);
  }, 60_000);

  it('keeps an existing plan and writes a new one from the gap table when there is none', async () => {
    const kept = await run('plan', '--target', 'staff');
    expect(kept.stderr).toContain('growth/plan.md exists; it is not overwritten');
    const other = buildYearRepo();
    other.git(['rm', '-q', 'growth/plan.md']);
    repo = other;
    expect(existsSync(join(repo.dir, 'growth/plan.md'))).toBe(false);
    expect(await run('plan', '--target', 'staff')).toMatchObject({ code: 0, stdout: 'growth/plan.md\n' });
    const plan = readFileSync(join(repo.dir, 'growth/plan.md'), 'utf8');
    expect(plan).toContain('- **6-month goal (by 2027-06-01):**');
    expect(parsePlanMilestones(plan).length).toBeGreaterThan(3);
  }, 60_000);
});
