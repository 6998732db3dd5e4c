import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithEnv } from '../helpers/cli-runner';
import { ANA, BOB } from '../git/helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from '../git/helpers/repo-builder';
import { NodeFileStore } from '../../src/adapters/fs/node-file-store';
import { excludeEvidence } from '../../src/core/mapping/correction-service';
import { growthLayout } from '../../src/core/layout';

const WINDOW = ['--since', '2026-01-01', '--until', '2026-12-31'];
type Gaps = { criteria: { id: string; evidence: string[] }[] };
const evidenceOf = (stdout: string) => new Set((JSON.parse(stdout) as Gaps).criteria.flatMap((c) => c.evidence));

let repo: RepoBuilder;
let env: Record<string, string>;
let reviewSha: string;

beforeAll(() => {
  repo = RepoBuilder.create('ledger-service');
  repo.commit('chore: growth folder', { author: ANA, date: '2026-01-02', files: { 'growth/profile.yml': `name: Ana Lima\nidentities: [${ANA.email}]\nlevel: senior\ntargetLevel: staff\n` } });
  repo.commit('feat: reconciliation job', { author: BOB, date: '2026-02-11', files: { 'src/recon.ts': 'x\n' }, trailers: [`Reviewed-by: ${ANA.name} <${ANA.email}>`] });
  reviewSha = repo.head();
  repo.commit('fix: idempotent ledger writes', { author: BOB, date: '2026-06-02', files: { 'src/ledger.ts': 'x\n' }, trailers: [`Reviewed-by: ${ANA.name} <${ANA.email}>`] });
  const home = temporaryFolder('gl-corr-home-');
  env = { HOME: home, XDG_CACHE_HOME: home, LOCALAPPDATA: home };
});

afterAll(() => removeTemporaryFolders());

describe('corrections in evidence.yml across re-mining and a rewritten history', () => {
  const id = () => `git:ledger-service:${reviewSha}:review`;

  it('excludes a mined review, from the cache and from a fresh mine alike', async () => {
    const before = await cliWithEnv(repo.dir, env, 'gaps', '--json', ...WINDOW);
    expect(before.code).toBe(0);
    expect(evidenceOf(before.stdout).has(id())).toBe(true);
    await excludeEvidence(new NodeFileStore(repo.dir), growthLayout(), id(), '2026-11-20', 'pairing, not a review');
    const cached = await cliWithEnv(repo.dir, env, 'gaps', '--json', ...WINDOW);
    expect(cached.stderr).toBe('');
    expect(evidenceOf(cached.stdout).has(id())).toBe(false);
    const fresh = await cliWithEnv(repo.dir, env, 'gaps', '--json', '--no-cache', ...WINDOW);
    expect(evidenceOf(fresh.stdout).has(id())).toBe(false);
    // The other review is untouched.
    expect([...evidenceOf(fresh.stdout)].filter((e) => e.endsWith(':review'))).toHaveLength(1);
  });

  it('reports the correction once a rewrite gives the commit a new id, and keeps it in the file', async () => {
    const file = join(repo.dir, 'growth/evidence.yml');
    const kept = readFileSync(file, 'utf8');
    // Rewrite history: the reviewed commit and everything after it get new ids.
    repo.git(['rebase', '-q', '--exec', 'git commit --amend --no-edit -q --reset-author', `${reviewSha}~1`], {
      GIT_AUTHOR_NAME: BOB.name,
      GIT_AUTHOR_EMAIL: BOB.email,
      GIT_COMMITTER_NAME: BOB.name,
      GIT_COMMITTER_EMAIL: BOB.email,
      GIT_AUTHOR_DATE: '2026-07-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-07-01T12:00:00Z',
    });
    const after = await cliWithEnv(repo.dir, env, 'gaps', '--json', ...WINDOW);
    expect(after.code).toBe(0);
    expect(after.stderr).toContain(`growth/evidence.yml:`);
    expect(after.stderr).toContain(`excluded item ${id()} matches no evidence any more`);
    // The rewritten review counts again under its new id; nothing was removed from evidence.yml.
    expect([...evidenceOf(after.stdout)].filter((e) => e.endsWith(':review'))).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe(kept);
  });
});
