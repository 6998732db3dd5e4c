import { execFileSync } from 'node:child_process';
import { chmodSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSupportedGit, MINIMUM_GIT_TEXT, parseGitVersion } from '../../src/adapters/git/git-version';
import { nodeMiningDeps } from '../../src/adapters/git/node-mining-deps';
import { shellQuote } from '../../src/adapters/git/shell-quote';
import { readHead } from '../../src/adapters/repo/repo-files';
import { mineEvidence, type MiningResult } from '../../src/core/mining/orchestration/mining-service';
import { ANA, BOB } from './helpers/people';
import { RepoBuilder, removeTemporaryFolders, temporaryFolder } from './helpers/repo-builder';

afterAll(() => removeTemporaryFolders());

/** Ana's root commit adds a document; Bob's next commit is reviewed by her. */
function smallHistory(): RepoBuilder {
  const repo = RepoBuilder.create('settings');
  repo.commit('docs: retry guide', { author: ANA, files: { 'docs/retry.md': '# Retry guide\n', 'src/retry.ts': 'r\n' } });
  repo.commit('fix: jitter', { author: BOB, files: { 'src/retry.ts': 'jitter\n' }, trailers: ['Reviewed-by: Ana Lima <ana@work.example>'] });
  return repo;
}

const mine = (dir: string) => mineEvidence({ repos: [dir], identities: [ANA.email], noCache: true }, nodeMiningDeps({ trusted: true }));
const summary = (r: MiningResult) => r.items.map((i) => `${i.kind} ${i.path ?? i.title}`).sort();

describe('a repository’s own settings do not change what is mined (fault 8)', () => {
  // Each of these changes plain `git log -z --raw` output in a way the parser would misread, or hangs it.
  const settings: [string, string][] = [
    ['log.showRoot', 'false'],
    ['i18n.logOutputEncoding', 'UTF-16'],
    ['diff.relative', 'true'],
    ['core.quotePath', 'true'],
    ['diff.ignoreSubmodules', 'all'],
    ['log.abbrevCommit', 'true'],
    ['core.abbrev', '7'],
    ['format.pretty', 'oneline'],
    ['log.date', 'relative'],
    ['color.ui', 'always'],
    ['color.diff', 'always'],
    ['diff.renames', 'false'],
    ['diff.noprefix', 'true'],
    ['log.follow', 'true'],
    ['log.diffMerges', 'first-parent'],
    ['log.decorate', 'full'],
  ];

  it.each(settings)('%s=%s', async (key, value) => {
    const repo = smallHistory();
    const expected = summary(await mine(repo.dir));
    expect(expected).toContain('doc docs/retry.md');
    repo.git(['config', key, value]);
    const r = await mine(repo.dir);
    expect(r.problems).toEqual([]);
    expect(summary(r)).toEqual(expected);
  });

  it('log.showRoot=false really hides the root commit’s files from plain git (the test above can fail)', () => {
    const repo = smallHistory();
    repo.git(['config', 'log.showRoot', 'false']);
    expect(repo.git(['log', '--raw', '--format=%s', '--reverse'])).not.toContain('docs/retry.md');
  });

  it('a diff.orderFile naming a FIFO does not hang mining', async () => {
    const repo = smallHistory();
    const fifo = join(temporaryFolder(), 'order');
    execFileSync('mkfifo', [fifo]);
    repo.git(['config', 'diff.orderFile', fifo]);
    const r = await mine(repo.dir);
    expect(summary(r)).toContain('doc docs/retry.md');
  });
});

describe('reading HEAD without running git trusts no file type (fault 7)', () => {
  it('returns nothing, at once, for a HEAD that is a FIFO or points at /dev/zero', async () => {
    const repo = smallHistory();
    const head = join(repo.dir, '.git', 'HEAD');
    expect(await readHead(repo.dir)).toMatchObject({ branch: 'main' });
    unlinkSync(head);
    execFileSync('mkfifo', [head]);
    // A plain read would wait for a writer forever and the test would time out.
    expect(await readHead(repo.dir)).toBeUndefined();
    unlinkSync(head);
    symlinkSync('/dev/zero', head);
    expect(await readHead(repo.dir)).toBeUndefined();
    unlinkSync(head);
    writeFileSync(head, `ref: refs/heads/main\n${'x'.repeat(1 << 20)}`);
    expect(await readHead(repo.dir)).toBeUndefined();
  });

  it('a .git file that is a FIFO is not followed', async () => {
    const dir = temporaryFolder();
    execFileSync('mkfifo', [join(dir, '.git')]);
    expect(await readHead(dir)).toBeUndefined();
  });
});

describe('the minimum git version (checked once, with what to install)', () => {
  it('reads versions as git prints them on each platform', () => {
    expect(parseGitVersion('git version 2.39.5\n')).toEqual([2, 39, 5]);
    expect(parseGitVersion('git version 2.43.0.windows.1')).toEqual([2, 43, 0]);
    expect(parseGitVersion('git version 2.39.3 (Apple Git-146)')).toEqual([2, 39, 3]);
    expect(parseGitVersion('git version 3.0')).toEqual([3, 0, 0]);
    expect(parseGitVersion('hub version 2.14')).toBeUndefined();
    expect(isSupportedGit([2, 30, 0])).toBe(true);
    expect(isSupportedGit([2, 29, 9])).toBe(false);
    expect(isSupportedGit([3, 0, 0])).toBe(true);
  });

  it('refuses an old git with a message saying what to install, and mines nothing with it', async () => {
    const repo = smallHistory();
    const old = join(temporaryFolder('gl-oldgit-'), 'git');
    writeFileSync(old, `#!/bin/sh\nfor a in "$@"; do [ "$a" = version ] && { echo "git version 2.20.1"; exit 0; }; done\necho "ran $*" >&2\nexit 1\n`);
    chmodSync(old, 0o755);
    const r = await mineEvidence({ repos: [repo.dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, gitPath: old }));
    expect(r.items).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'git-missing',
        message: `Growth Ledger needs git ${MINIMUM_GIT_TEXT} or newer and found git 2.20.1: install a current git (https://git-scm.com/downloads, or your system's package manager), then try again`,
      }),
    ]);
  });
});

describe('paths in suggested commands are shell-quoted (fault 6)', () => {
  const hostile = ["/tmp/it's here", '/tmp/$(touch pwned)', '/tmp/a`id`b', '/tmp/x\'; rm -rf ~; echo \'', '/tmp/new\nline', '/tmp/plain'];

  it.each(hostile)('a POSIX shell reads %j back as that one word', (value) => {
    const out = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(value, 'linux')}`], { encoding: 'utf8' });
    expect(out).toBe(value);
  });

  it('quotes Windows paths in double quotes, or single quotes when a shell would expand them', () => {
    expect(shellQuote('C:\\Users\\ana\\my repo', 'win32')).toBe('"C:\\Users\\ana\\my repo"');
    expect(shellQuote("C:\\%PATH%\\it's", 'win32')).toBe("'C:\\%PATH%\\it''s'");
  });

  it('the dubious-ownership hint quotes the folder, so pasting it adds exactly that folder', async () => {
    const dir = join(temporaryFolder(), "team's repo $(touch pwned)");
    execFileSync('mkdir', [dir]);
    // Another user's repository cannot be made without root: this git answers as git does for one.
    const git = join(temporaryFolder('gl-owner-'), 'git');
    writeFileSync(
      git,
      `#!/bin/sh\nfor a in "$@"; do [ "$a" = version ] && { echo "git version 2.39.5"; exit 0; }; done\necho "fatal: detected dubious ownership in repository at '$PWD'" >&2\nexit 128\n`,
    );
    chmodSync(git, 0o755);
    const r = await mineEvidence({ repos: [dir], identities: [ANA.email] }, nodeMiningDeps({ trusted: true, gitPath: git }));
    const message = r.problems[0]?.message ?? '';
    expect(r.problems[0]?.code).toBe('unsafe-repository');
    const command = message.slice(message.indexOf('run: ') + 'run: '.length);
    expect(command.startsWith('git config --global --add safe.directory ')).toBe(true);
    // The shell must see the folder as one word, unexpanded: printf stands in for git.
    const echoed = execFileSync('sh', ['-c', command.replace(/^git config --global --add safe.directory /, "printf '%s' ")], { encoding: 'utf8' });
    expect(echoed).toBe(dir);
  });
});
