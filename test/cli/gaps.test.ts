import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithEnv } from '../helpers/cli-runner';
import { ANA, BOB } from '../git/helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from '../git/helpers/repo-builder';

const assessments = readFileSync(new URL('../fixtures/mapping/alex-assessments.yml', import.meta.url), 'utf8');
const WINDOW = ['--since', '2025-12-01', '--until', '2026-11-30'];

let repo: RepoBuilder;
let env: Record<string, string>;

beforeAll(() => {
  repo = RepoBuilder.create('payments-api');
  repo.commit('chore: growth folder', {
    author: ANA,
    date: '2025-12-02',
    files: {
      'growth/profile.yml': `name: Ana Lima\nidentities: [${ANA.email}]\nlevel: senior\ntargetLevel: staff\n`,
      'growth/assessments.yml': assessments,
      'growth/ledger/2026-07.md': '## 2026-07-08 Coordinated the payments outage response\n#incident #leadership #communication\n\nRan the bridge.\n',
      'growth/evidence.yml': 'excluded:\n  - id: ledger:growth/ledger/2026-07.md:1\n    date: 2026-11-30\n    reason: testing exclusions\n',
    },
  });
  repo.commit('docs: RFC for one error envelope', { author: ANA, date: '2026-04-07', files: { 'rfcs/0012-error-envelope.md': '# One error envelope\n\nAuthor: Ana Lima\n' } });
  repo.commit('fix: idempotent ledger writes', { author: BOB, date: '2026-06-02', files: { 'src/ledger.ts': 'x\n' }, trailers: [`Reviewed-by: ${ANA.name} <${ANA.email}>`] });
  const home = temporaryFolder('gl-gaps-home-');
  env = { HOME: home, XDG_CACHE_HOME: home, LOCALAPPDATA: home };
});

afterAll(() => removeTemporaryFolders());

describe('growth-ledger gaps', () => {
  it('prints the rows as JSON: mapped git evidence, corrections applied, verdicts with reasons', async () => {
    const r = await cliWithEnv(repo.dir, env, 'gaps', '--json', ...WINDOW, '--no-cache');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { window: { since: string; until: string; label: string }; person: { targetLevel: string }; criteria: { id: string; verdict: string; verdictReason: string; evidenceCount: number; evidence: string[] }[] };
    expect(out.window).toMatchObject({ since: '2025-12-01', until: '2026-11-30', label: 'Dec 2025 – Nov 2026' });
    expect(out.person.targetLevel).toBe('staff');
    const row = (id: string) => out.criteria.find((c) => c.id === id);
    // The RFC maps by kind to Architecture; self 3.5 vs manager 2.5 in the assessments.
    expect(row('architecture')?.evidence.some((id) => id.includes(':doc:'))).toBe(true);
    expect(row('architecture')?.verdict).toBe('perception-gap');
    // The review maps to Code quality, rated 3 by the manager: meets.
    expect(row('code-quality')?.verdict).toBe('meets');
    // The ledger entry was excluded in evidence.yml: it counts nowhere, though its tags name two criteria.
    expect(out.criteria.flatMap((c) => c.evidence)).not.toContain('ledger:growth/ledger/2026-07.md:1');
    expect(row('leadership')?.evidence).toEqual([expect.stringContaining(':doc:')]);
    // Nothing maps to impact scope here.
    expect(row('impact-scope')?.verdict).toBe('no-evidence');
    expect(out.criteria).toHaveLength(12);
  });

  it('prints an aligned text table with the reasons under it', async () => {
    const r = await cliWithEnv(repo.dir, env, 'gaps', ...WINDOW);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe("Ana Lima · senior → staff · Dec 2025 – Nov 2026 (--since 2025-12-01)");
    const header = lines[2] ?? '';
    const verdictColumn = header.indexOf('Verdict');
    const rows = lines.slice(4, 16);
    expect(rows).toHaveLength(12);
    // Every row's verdict starts in the header's Verdict column.
    for (const row of rows) expect(row.slice(verdictColumn)).toMatch(/^(meets|gap|no evidence|perception gap) /);
    expect(r.stdout).toContain('Why:\n');
    expect(r.stdout).toMatch(/Architecture: you rate yourself 3\.5 and your manager rates you 2\.5/);
  });

  it('prints Markdown with full expectations on request', async () => {
    const r = await cliWithEnv(repo.dir, env, 'gaps', '--markdown', ...WINDOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Current state vs. Staff Engineer expectations');
    expect(r.stdout).toContain('| Criterion | Area | Self | Manager | Senior Engineer expects | Staff Engineer expects | Evidence | Verdict |');
    expect(r.stdout).toContain('Leads multi-team technical initiatives that span several services and codebases (e.g. an API standard adopted by five teams).');
  });

  it('compares with another level on --target, and refuses one the framework does not have', async () => {
    const principal = JSON.parse((await cliWithEnv(repo.dir, env, 'gaps', '--json', '--target', 'principal', ...WINDOW)).stdout) as { person: { targetLevel: string } };
    expect(principal.person.targetLevel).toBe('principal');
    const bad = await cliWithEnv(repo.dir, env, 'gaps', '--target', 'stafff', ...WINDOW);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean `staff`');
  });

  it('reports a correction whose ledger entry is gone, and keeps going', async () => {
    const other = RepoBuilder.create('orphans');
    other.commit('chore: growth', {
      author: ANA,
      date: '2026-03-01',
      files: {
        'growth/profile.yml': `name: Ana Lima\nidentities: [${ANA.email}]\n`,
        'growth/ledger/2026-03.md': '## 2026-03-02 Paired with Bob on retries\n#pairing\n',
        'growth/evidence.yml': 'excluded:\n  - id: ledger:growth/ledger/2026-03.md:1\n  - id: ledger:growth/ledger/2026-02.md:9\n  - id: git:orphans:review:000000000000\n',
      },
    });
    const r = await cliWithEnv(other.dir, env, 'gaps', '--json', '--since', '2026-03-01', '--until', '2026-03-31');
    expect(r.code).toBe(0);
    // The moved ledger entry and the commit that never existed are reported at their lines.
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      'growth-ledger: growth/evidence.yml:3: warning: excluded item ledger:growth/ledger/2026-02.md:9 matches no evidence any more (was the message or author date of its commit rewritten, or its file moved?); the correction is kept until you delete it',
      'growth-ledger: growth/evidence.yml:4: warning: excluded item git:orphans:review:000000000000 matches no evidence any more (was the message or author date of its commit rewritten, or its file moved?); the correction is kept until you delete it',
    ]);
    // The one entry that exists is excluded, so nothing is left to count.
    expect((JSON.parse(r.stdout) as { headline: { evidence: number } }).headline.evidence).toBe(0);
  });

  it('refuses a date that is not one', async () => {
    const r = await cliWithEnv(repo.dir, env, 'gaps', '--since', '2026-02-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since 2026-02-30 is not a date');
  });
});
