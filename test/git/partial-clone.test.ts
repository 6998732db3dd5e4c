import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeGitHistoryReader, partialCloneFilter } from '../../src/adapters/git/git-history-reader';
import { hardenedArgs } from '../../src/adapters/git/git-process';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { mineEvidence } from '../../src/core/mining/orchestration/mining-service';
import { ANA, BOB, ERIN } from './helpers/people';
import { fixtureEnv, gitIn, RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

/**
 * Partial clones (SPEC §7): a local "server" repository that allows filters, cloned over file://
 * with `--filter=blob:none` and `--filter=tree:0`. Each clone's own config re-allows the file
 * transport and routes any fetch through a marker program, so a lazy fetch — which git 2.39 would
 * do, as it ignores GIT_NO_LAZY_FETCH — would leave a trace.
 */
afterAll(() => removeTemporaryFolders());

let server: RepoBuilder;
let marker: string;
let uploadPack: string;

beforeAll(() => {
  server = RepoBuilder.create('service');
  server.commit('chore: layout', { author: BOB, files: { 'src/app.ts': 'export {};\n' } });
  // Ana adds an RFC: authorship from history alone needs no blob.
  server.commit('rfc: retry budgets', { author: ANA, files: { 'rfcs/0001-retry-budgets.md': '# Retry budgets\n\nCap retries.\n' } });
  // Bob adds a design whose header names Ana: only the blob says so.
  server.commit('docs: sharding design', { author: BOB, files: { 'docs/design/sharding.md': '# Sharding\n\nAuthors: Ana Lima\n\nShard by tenant.\n' } });
  server.commit('fix(api): jitter retries', { author: BOB, files: { 'src/retry.ts': 'jitter\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });
  server.commit('feat: first service by Erin', { author: ERIN, files: { 'src/erin.ts': 'e\n' }, trailers: ['Mentored-by: Ana Lima <ana@work.example>'] });
  server.commit('feat(api): limits', { author: ANA, files: { 'src/limits.ts': 'l\n' } });
  // A rename with an edit: following it needs both blobs, which a blobless clone lacks.
  server.commit('docs: rename and extend', {
    author: BOB,
    renames: [['docs/design/sharding.md', 'docs/design/tenant-sharding.md']],
    files: { 'docs/design/tenant-sharding.md': '# Sharding\n\nAuthors: Ana Lima\n\nShard by tenant.\n\nAnd by region.\n' },
  });
  server.git(['config', 'uploadpack.allowFilter', 'true']);
  server.git(['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  marker = join(temporaryFolder(), 'fetched');
  uploadPack = join(temporaryFolder(), 'upload-pack.sh');
  writeFileSync(uploadPack, `#!/bin/sh\necho "$*" >> '${marker}'\nexec git-upload-pack "$@"\n`);
  chmodSync(uploadPack, 0o755);
});

/** A partial clone of the server whose config would let any lazy fetch through the marker. */
function partialClone(filter: string, checkout: boolean): string {
  const target = join(temporaryFolder(), `clone-${filter.replace(/\W/g, '')}`);
  gitIn(tmpdir(), ['clone', '--quiet', `--filter=${filter}`, ...(checkout ? [] : ['--no-checkout']), `file://${server.dir}`, target]);
  gitIn(target, ['config', 'protocol.file.allow', 'always']);
  gitIn(target, ['config', 'remote.origin.uploadpack', uploadPack]);
  return target;
}

/** Objects reachable from HEAD that the clone lacks (listed by git without fetching them). */
function missingObjects(dir: string): string[] {
  return gitIn(dir, ['rev-list', '--objects', '--missing=print', 'HEAD'])
    .split('\n')
    .filter((l) => l.startsWith('?'));
}

const mine = (dir: string) => mineEvidence({ repos: [dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true }));

describe('partial clones are mined without fetching anything', () => {
  it('this git really would fetch through the clone’s own config (the guard can fail)', () => {
    const probe = partialClone('blob:none', false);
    const blob = gitIn(probe, ['rev-parse', 'HEAD:src/app.ts']);
    gitIn(probe, ['-c', 'protocol.allow=never', 'cat-file', '-p', blob]);
    expect(readFileSync(marker, 'utf8')).toContain('service');
    writeFileSync(marker, '');
  });

  it('the command-line overrides alone stop a lazy fetch, without GIT_NO_LAZY_FETCH (which git before 2.39.4 ignores)', () => {
    const clone = partialClone('blob:none', false);
    const blob = gitIn(clone, ['rev-parse', 'HEAD:src/app.ts']);
    writeFileSync(marker, '');
    const r = spawnSync('git', hardenedArgs(['cat-file', '-p', blob]), { cwd: clone, env: fixtureEnv(), encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('');
    expect(missingObjects(clone).join('\n')).toContain(blob);
  });

  it('blob:none: reviews, mentoring, own commits and history-authored documents; missing headers skipped with a reason', async () => {
    const clone = partialClone('blob:none', false);
    const before = missingObjects(clone);
    expect(before.length).toBeGreaterThan(0);
    writeFileSync(marker, '');

    const r = await mine(clone);
    expect(readFileSync(marker, 'utf8')).toBe('');
    expect(missingObjects(clone)).toEqual(before);
    const kinds = r.items.map((i) => i.kind).sort();
    expect(kinds).toContain('review');
    expect(kinds).toContain('mentoring');
    expect(kinds).toContain('commits');
    // Ana added the RFC: credited from history although its blob is not here.
    expect(r.items.find((i) => i.kind === 'rfc')?.path).toBe('rfcs/0001-retry-budgets.md');
    // Only the missing blob's header named Ana as the design's author: not credited, and said why.
    expect(r.items.find((i) => i.path?.includes('sharding'))).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ repo: clone, severity: 'warning', code: 'partial', message: expect.stringContaining('this is a partial clone (filter blob:none), and Growth Ledger never fetches missing objects') }),
    ]);
  });

  it('blob:none with a checkout reads the headers it has', async () => {
    const clone = partialClone('blob:none', true);
    writeFileSync(marker, '');
    const r = await mine(clone);
    expect(readFileSync(marker, 'utf8')).toBe('');
    // The checked-out blob of the renamed design is present: its header credits Ana.
    expect(r.items.find((i) => i.path === 'docs/design/tenant-sharding.md')).toBeDefined();
  });

  it('tree:0: what commit messages give is mined, and it says what could not be', async () => {
    const clone = partialClone('tree:0', false);
    const before = missingObjects(clone);
    writeFileSync(marker, '');
    const r = await mine(clone);
    expect(readFileSync(marker, 'utf8')).toBe('');
    expect(missingObjects(clone)).toEqual(before);
    expect(r.items.map((i) => i.kind).sort()).toEqual(['commits', 'mentoring', 'review']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'partial', severity: 'warning' });
    expect(r.problems[0]?.message).toContain('which files each commit changed is not in this clone, so documents were not mined');
    expect(r.problems[0]?.message).not.toMatch(/fatal|promisor/);
  });

  it('a blob reader asked for missing and present blobs answers every one, in a single session', async () => {
    const clone = partialClone('blob:none', true);
    const reader = new NodeGitHistoryReader({ trusted: true });
    const info = await reader.inspect(clone);
    expect(info.partialFilter).toBe('blob:none');
    const present = gitIn(clone, ['rev-parse', 'HEAD:src/limits.ts']);
    const absent = gitIn(clone, ['rev-parse', 'HEAD~1:docs/design/sharding.md']);
    const answers = new Map<string, string | undefined>();
    const session = reader.openBlobReader(info, (b) => answers.set(b.id, b.text));
    session.request([absent, present]);
    session.request([`${info.head}:no-such-file`, absent, present]);
    await session.close();
    expect(answers.get(present)).toBe('l\n');
    expect(answers.has(absent)).toBe(true);
    expect(answers.get(absent)).toBeUndefined();
    expect(existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe('');
  });
});

describe('the partial clone filter, read from git config', () => {
  it('reads the filter, prefers the most limiting one, and treats a filterless promisor as treeless', () => {
    expect(partialCloneFilter('')).toBeUndefined();
    expect(partialCloneFilter('extensions.partialclone origin\nremote.origin.partialclonefilter blob:none\n')).toBe('blob:none');
    expect(partialCloneFilter('remote.a.partialclonefilter blob:limit=1k\nremote.b.partialclonefilter tree:0\n')).toBe('tree:0');
    expect(partialCloneFilter('extensions.partialclone origin\n')).toBe('tree:0');
  });
});
