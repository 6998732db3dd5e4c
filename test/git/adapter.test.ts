import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeGitHistoryReader } from '../../src/adapters/git/git-history-reader';
import { hardenedArgs, hardenedEnv } from '../../src/adapters/git/git-process';
import { runGitSmall } from '../../src/adapters/git/git-small';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { GitReadError } from '../../src/core/mining/git-history-port';
import { mineEvidence } from '../../src/core/mining/orchestration/mining-service';
import { ANA, ANA_IDENTITIES, BOB } from './helpers/people';
import { gitIn, RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

afterAll(() => removeTemporaryFolders());

const deps = (trusted = true) => nodeMiningDeps({ trusted });

/** A repository whose .git/config would run `marker` through fsmonitor, signature verification, textconv and external diff. */
function hostileRepository(): { repo: RepoBuilder; marker: string } {
  const repo = RepoBuilder.create('hostile');
  const marker = join(temporaryFolder(), 'marker');
  const script = join(temporaryFolder(), 'evil.sh');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat "$1" 2>/dev/null\nexit 0\n`);
  chmodSync(script, 0o755);
  repo.commit('docs: first', { author: ANA, files: { 'docs/a.md': '# A\n\nAuthor: Ana Lima\n', '.gitattributes': '*.md diff=evil\n' } });
  repo.commit('docs: edit', { author: BOB, files: { 'docs/a.md': '# A\n\nAuthor: Ana Lima\n\nMore.\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });
  // A commit carrying a (fake) signature, so that log.showSignature would call gpg.program.
  const head = repo.head();
  const tree = repo.git(['rev-parse', 'HEAD^{tree}']);
  const signed = `tree ${tree}\nparent ${head}\nauthor Bob Stone <bob@example.com> 1767700000 +0000\ncommitter Bob Stone <bob@example.com> 1767700000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nchore: signed\n`;
  const obj = join(temporaryFolder(), 'commit');
  writeFileSync(obj, signed);
  const signedSha = repo.git(['hash-object', '-t', 'commit', '-w', obj]);
  repo.git(['update-ref', 'refs/heads/main', signedSha]);
  for (const [key, value] of [
    ['core.fsmonitor', script],
    ['log.showSignature', 'true'],
    ['gpg.program', script],
    ['diff.evil.textconv', script],
    ['diff.external', script],
    ['core.pager', script],
  ]) {
    repo.git(['config', key as string, value as string]);
  }
  return { repo, marker };
}

describe('the hardened git adapter', () => {
  it('runs none of the programs a hostile .git/config names while mining', async () => {
    const { repo, marker } = hostileRepository();
    // The test can fail: plain git does run them.
    gitIn(repo.dir, ['log', '-p', '-1', 'HEAD~1']);
    gitIn(repo.dir, ['status']);
    expect(existsSync(marker)).toBe(true);
    writeFileSync(marker, '');

    const result = await mineEvidence({ repos: [repo.dir], identities: ANA_IDENTITIES }, deps());
    expect(readFileSync(marker, 'utf8')).toBe('');
    expect(result.problems).toEqual([]);
    // Ana's first commit touched docs/ and the root (.gitattributes): two summaries.
    expect(result.items.map((i) => i.kind).sort()).toEqual(['commits', 'commits', 'doc', 'review']);
  });

  it('passes the hardening on every call and cleans GIT_* variables from the environment', () => {
    const args = hardenedArgs(['log']);
    expect(args[0]).toBe('--no-pager');
    for (const c of ['core.fsmonitor=false', 'log.showSignature=false', 'diff.external=', 'core.hooksPath=/dev/null', 'protocol.allow=never']) {
      expect(args[args.indexOf(c) - 1]).toBe('-c');
    }
    const env = hardenedEnv({ PATH: '/usr/bin', GIT_DIR: '/elsewhere', GIT_EXTERNAL_DIFF: 'evil', git_config_parameters: 'x', PAGER: 'evil' });
    expect(env).toMatchObject({ PATH: '/usr/bin', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' });
    expect(env.GIT_DIR).toBeUndefined();
    expect(env.GIT_EXTERNAL_DIFF).toBeUndefined();
    expect(env.git_config_parameters).toBeUndefined();
    expect(env.PAGER).toBeUndefined();
  });

  it('refuses to run at all in an untrusted workspace, checked on every call', async () => {
    const repo = RepoBuilder.create();
    repo.commit('feat: x', { author: ANA });
    let trusted = true;
    const reader = new NodeGitHistoryReader({ trusted: () => trusted });
    const info = await reader.inspect(repo.dir);
    trusted = false;
    await expect(reader.readMailmap(info)).rejects.toMatchObject({ code: 'untrusted' });
    const r = await mineEvidence({ repos: [repo.dir], identities: [ANA.email] }, deps(false));
    expect(r.problems).toEqual([
      { repo: repo.dir, severity: 'error', code: 'untrusted', message: 'this workspace is not trusted, so Growth Ledger runs no git here: trust the workspace to mine its history' },
    ]);
    await expect(runGitSmall(repo.dir, ['rev-parse', 'HEAD'], { trusted: false })).rejects.toBeInstanceOf(GitReadError);
  });

  it('says clearly when a folder is not a repository, does not exist, or git is missing', async () => {
    const plain = temporaryFolder();
    const missing = join(plain, 'nope');
    const r = await mineEvidence({ repos: [plain, missing], identities: [ANA.email] }, deps());
    expect(r.problems).toEqual([
      { repo: plain, severity: 'error', code: 'not-a-repository', message: `${plain} is not a git repository: check the path, or run \`git init\` there to start one` },
      { repo: missing, severity: 'error', code: 'not-a-repository', message: `${missing} does not exist or is not a folder, so it cannot be a git repository: check the path` },
    ]);
    const noGit = await mineEvidence({ repos: [plain], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, env: { ...process.env, PATH: plain } }));
    expect(noGit.problems[0]).toMatchObject({
      code: 'git-missing',
      message: 'git was not found on PATH: install git (https://git-scm.com/downloads), or add the folder that holds it to PATH, then try again',
    });
  });

  it('reports an empty repository without failing', async () => {
    const repo = RepoBuilder.create();
    const r = await mineEvidence({ repos: [repo.dir], identities: [ANA.email] }, deps());
    expect(r.items).toEqual([]);
    expect(r.problems).toEqual([
      { repo: repo.dir, severity: 'info', code: 'empty', message: 'the repository has no commits yet, so there is nothing to mine: evidence appears after its first commit' },
    ]);
  });

  it('mines what a shallow clone has and says it is shallow', async () => {
    const repo = RepoBuilder.create();
    repo.commit('docs: old guide', { author: BOB, files: { 'docs/old.md': '# Old\n' } });
    repo.commit('docs: guide', { author: ANA, files: { 'docs/guide.md': '# Guide\n' } });
    repo.commit('fix: x', { author: BOB, files: { 'src/x.ts': 'x\n' }, trailers: ['Reviewed-by: ana@work.example'] });
    const shallow = repo.shallowClone(2);
    const r = await mineEvidence({ repos: [shallow], identities: [ANA.email] }, deps());
    expect(r.stats.repos[0]).toMatchObject({ shallow: true, commitsTotal: 2 });
    expect(r.problems[0]).toMatchObject({ severity: 'warning', code: 'shallow', message: expect.stringContaining('this is a shallow clone, so only its fetched commits were mined') });
    expect(r.problems[0]?.message).toContain('Run `git fetch --unshallow` in it');
    // The boundary commit shows every file as added; only Ana's real add (not the boundary) would count.
    expect(r.items.map((i) => i.kind).sort()).toEqual(['review']);
  });

  it('mines a repository whose own folder has spaces and non-ASCII characters', async () => {
    const repo = RepoBuilder.create('mein Projekt – Überblick');
    repo.commit('docs: Entwurf', { author: ANA, files: { 'docs/Entwurf für alle.md': '# Entwurf\n' } });
    const r = await mineEvidence({ repos: [repo.dir], identities: [ANA.email] }, deps());
    expect(r.stats.repos[0]?.repo).toBe('mein Projekt – Überblick');
    expect(r.items.find((i) => i.kind === 'doc')?.path).toBe('docs/Entwurf für alle.md');
  });

  it('stops a running read when cancelled', async () => {
    const repo = RepoBuilder.create();
    for (let i = 0; i < 3; i++) repo.commit(`feat: ${i}`, { author: ANA });
    const controller = new AbortController();
    const reader = new NodeGitHistoryReader({ trusted: true });
    const info = await reader.inspect(repo.dir);
    const read = reader.readCommits(info, { include: ['HEAD'], exclude: [] }, () => controller.abort(), controller.signal);
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads a missing .mailmap as none and binary blobs as no text', async () => {
    const repo = RepoBuilder.create();
    repo.write('img.bin', '\u0000\u0001\u0002');
    repo.commit('feat: x', { author: ANA });
    const reader = new NodeGitHistoryReader({ trusted: true });
    const info = await reader.inspect(repo.dir);
    expect(await reader.readMailmap(info)).toBeUndefined();
    const id = repo.git(['rev-parse', 'HEAD:img.bin']);
    const seen: { id: string; text?: string }[] = [];
    await reader.readBlobs(info, [id], (b) => seen.push(b));
    expect(seen).toEqual([{ id, truncated: false }]);
  });
});
