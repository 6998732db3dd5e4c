import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWithEnv } from '../helpers/cli-runner';
import { ANA, BOB, CAROL } from '../git/helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from '../git/helpers/repo-builder';
import { NodeFileStore } from '../../src/adapters/fs/node-file-store';
import { excludeEvidence, mapEvidenceTo } from '../../src/core/mapping/correction-service';
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
  // The id as mined (a hash of author, day and subject): found through the commit it points at.
  let reviewId = '';
  const id = () => reviewId;

  it('excludes a mined review, from the cache and from a fresh mine alike', async () => {
    const listed = await cliWithEnv(repo.dir, env, 'evidence', '--json', ...WINDOW);
    reviewId = (JSON.parse(listed.stdout) as { items: { id: string; sha?: string }[] }).items.find((i) => i.sha === reviewSha)?.id ?? '';
    expect(reviewId).toMatch(/^git:ledger-service:review:[0-9a-f]{12}$/);
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
    expect([...evidenceOf(fresh.stdout)].filter((e) => e.includes(':review:'))).toHaveLength(1);
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
    expect([...evidenceOf(after.stdout)].filter((e) => e.includes(':review:'))).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe(kept);
  });
});

describe('corrections in evidence.yml across a rebase that keeps authors, dates and messages', () => {
  type Listed = { items: { id: string; kind: string; sha?: string; criteria: string[]; reasons: string[] }[] };
  let rebased: RepoBuilder;
  let home: Record<string, string>;
  let base: string;
  let refundsSha: string;

  beforeAll(() => {
    rebased = RepoBuilder.create('payments-api');
    base = rebased.commit('chore: growth folder', { author: ANA, date: '2026-01-02', files: { 'growth/profile.yml': `name: Ana Lima\nidentities: [${ANA.email}]\nlevel: senior\ntargetLevel: staff\n` } });
    refundsSha = rebased.commit('feat: refunds', { author: BOB, date: '2026-02-11T09:30:00+01:00', files: { 'src/refunds.ts': 'x\n' }, trailers: [`Reviewed-by: ${ANA.name} <${ANA.email}>`] });
    rebased.commit('docs: ADR 7, an outbox for ledger events', { author: ANA, date: '2026-03-04', files: { 'docs/adr/0007-outbox.md': '# ADR 7: an outbox for ledger events\n\nWe write events with the row.\n' } });
    rebased.commit('fix: webhook retries', { author: BOB, date: '2026-06-02', files: { 'src/webhooks.ts': 'x\n' }, trailers: [`Reviewed-by: ${ANA.name} <${ANA.email}>`] });
    const folder = temporaryFolder('gl-rebase-home-');
    home = { HOME: folder, XDG_CACHE_HOME: folder, LOCALAPPDATA: folder };
  });

  const listed = async (...extra: string[]): Promise<{ list: Listed; stderr: string }> => {
    const run = await cliWithEnv(rebased.dir, home, 'evidence', '--json', ...WINDOW, ...extra);
    expect(run.code).toBe(0);
    return { list: JSON.parse(run.stdout) as Listed, stderr: run.stderr };
  };

  it('keeps an exclusion and a hand mapping applied after the commits are replayed onto a new base', async () => {
    const { list: before } = await listed();
    const reviews = before.items.filter((i) => i.kind === 'review');
    const adr = before.items.find((i) => i.kind === 'adr');
    expect(reviews).toHaveLength(2);
    const refunds = reviews.find((r) => r.sha === refundsSha);
    if (!refunds || !adr) throw new Error(`mined ${before.items.map((i) => i.id).join(', ')}`);
    const store = new NodeFileStore(rebased.dir);
    await excludeEvidence(store, growthLayout(), refunds.id, '2026-11-20', 'pairing, not a review');
    await mapEvidenceTo(store, growthLayout(), adr.id, ['communication'], '2026-11-20');
    const kept = readFileSync(join(rebased.dir, 'growth/evidence.yml'), 'utf8');

    // An unrelated commit slipped in below the others: every later commit is replayed onto it and gets a new sha.
    const shasBefore = rebased.git(['rev-list', 'HEAD']).split('\n');
    rebased.git(['checkout', '-q', '-b', 'new-base', base]);
    rebased.commit('chore: editorconfig', { author: CAROL, date: '2026-01-03', files: { '.editorconfig': 'root = true\n' } });
    rebased.git(['rebase', '-q', '--onto', 'new-base', base, 'main'], { GIT_COMMITTER_NAME: BOB.name, GIT_COMMITTER_EMAIL: BOB.email, GIT_COMMITTER_DATE: '2026-07-01T12:00:00Z' });
    const shasAfter = rebased.git(['rev-list', 'HEAD']).split('\n');
    expect(shasAfter.filter((s) => shasBefore.includes(s))).toEqual([base]);

    for (const extra of [[], ['--no-cache']]) {
      const { list: after, stderr } = await listed(...extra);
      expect(stderr).not.toContain('matches no evidence any more');
      const ids = after.items.map((i) => i.id);
      expect(ids).not.toContain(refunds.id);
      expect(after.items.filter((i) => i.kind === 'review')).toHaveLength(1);
      const mapped = after.items.find((i) => i.id === adr.id);
      expect(mapped?.criteria).toEqual(['communication']);
      expect(mapped?.reasons.some((why) => why.includes('by hand'))).toBe(true);
      // The item points at the replayed commit, for links and for opening it.
      expect(mapped?.sha).not.toBe(adr.sha);
      expect(shasAfter).toContain(mapped?.sha);
    }
    expect(readFileSync(join(rebased.dir, 'growth/evidence.yml'), 'utf8')).toBe(kept);
  });
});
