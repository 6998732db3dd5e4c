// The hostile-repository corpus (issue 11): repositories and growth folders an attacker, a broken
// tool or an unusual clone could hand to Growth Ledger, generated into a folder with real git.
// Every program a case's configuration names is a marker script: if it ever runs, it leaves a line
// in <sandbox>/markers/ran. test/hostile/corpus.test.ts runs each case through the built CLI.
//
// Usage: node scripts/hostile/corpus.mjs [DIR]   (builds the corpus in DIR, or a new temp folder,
//        and prints each case with the commands to run)
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ANA, BOB, PROFILE, baseRepo, bigFile, bigProblemLedger, commit, git, hooks, markerProgram, note, programSettings, rawCommit, signedCommit, write, writeSettings } from './corpus-repos.mjs';

/** What a terminal would act on instead of showing: no CLI output may hold one (bar the line ends it writes). */
// eslint-disable-next-line no-control-regex
const TERMINAL_ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const VALID = { args: ['validate'], code: 0, stdout: [/growth\/ is valid: 2 ledger entries/] };
const MINED = { args: ['evidence', '--json', '--since', '2026-01-01'], code: 0, stdout: [/"kind":"review"/, /"path":"docs\/retry-guide\.md"/] };

/**
 * Every case: an id, what it is, which fault of issue 11 it reproduces (if any), the folder to run
 * in, and the CLI runs with their expected exit code and output.
 */
export function buildCorpus(sandbox) {
  mkdirSync(join(sandbox, 'markers'), { recursive: true });
  const cases = [];
  const add = (id, title, build, runs, extra = {}) => {
    const dir = join(sandbox, 'cases', id);
    build(dir);
    cases.push({ id, title, dir, runs, ...extra });
  };

  add('config-programs', '.git/config names programs for fsmonitor, signatures, textconv, external diff, pager, ssh, askpass, credentials, filters and hooks', (dir) => {
    baseRepo(dir);
    const program = markerProgram(sandbox, 'config');
    write(join(dir, '.gitattributes'), '*.md diff=evil filter=evil\n*.ts diff=evil filter=evil\n');
    commit(dir, 'chore: attributes', BOB, {});
    signedCommit(dir);
    writeSettings(join(dir, '.git', 'config'), programSettings(program));
    hooks(dir, sandbox);
    write(join(dirname(program), 'post-checkout'), `#!/bin/sh\necho "hooksPath" >> '${join(sandbox, 'markers', 'ran')}'\n`);
    chmodSync(join(dirname(program), 'post-checkout'), 0o755);
  }, [VALID, MINED, { args: ['note', '--task', 'Retry budgets'], code: 0, stdout: [/created growth\/notes\//] }, { args: ['log', '--kind', 'doc', '--title', 'Config case', '--date', '2026-11-20'], code: 0, stdout: [/logged in growth\/ledger\/2026-11\.md/] }]);

  add('config-includes', 'include.path and includeIf files set the same programs', (dir) => {
    baseRepo(dir);
    write(join(dir, '.gitattributes'), '*.md diff=evil filter=evil\n');
    commit(dir, 'chore: attributes', BOB, {});
    signedCommit(dir);
    // Configured last: building the case must not run its programs.
    const program = markerProgram(sandbox, 'include');
    const included = join(dir, '.git', 'evil.inc');
    writeSettings(included, programSettings(program));
    git(dir, ['config', '--add', 'include.path', included]);
    git(dir, ['config', '--add', `includeIf.gitdir:${join(dir, '.git')}.path`, included]);
    git(dir, ['config', '--add', 'includeIf.onbranch:main.path', included]);
  }, [VALID, MINED]);

  add('partial-blobless', 'a --filter=blob:none clone whose config would let a lazy fetch run a program (fault 1, 2)', (dir) => {
    const server = baseRepo(join(sandbox, 'servers', 'blobless'));
    git(server, ['config', 'uploadpack.allowFilter', 'true']);
    git(server, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    git(sandbox, ['clone', '--quiet', '--no-checkout', '--filter=blob:none', pathToFileURL(server).href, dir]);
    const program = markerProgram(sandbox, 'upload-pack');
    git(dir, ['config', 'remote.origin.uploadpack', program]);
    git(dir, ['config', 'protocol.file.allow', 'always']);
    write(join(dir, 'growth/profile.yml'), PROFILE);
  }, [{ args: ['evidence', '--json', '--since', '2026-01-01'], code: 0, stdout: [/"kind":"review"/, /"path":"docs\/retry-guide\.md"/], stderr: [/warning: this is a partial clone \(filter blob:none\), and Growth Ledger never fetches missing objects/] }]);

  for (const [id, url, key] of [
    ['partial-ssh', 'ssh://git.example.invalid/service.git', 'core.sshCommand'],
    ['partial-ext', 'ext::sh -c MARKER', undefined],
  ]) {
    add(id, `a blobless clone whose promisor remote is ${url.split(':')[0]}:// with ${key ?? 'the ext transport allowed'} naming a marker (fault 2)`, (dir) => {
      const server = baseRepo(join(sandbox, 'servers', id));
      git(server, ['config', 'uploadpack.allowFilter', 'true']);
      git(server, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
      git(sandbox, ['clone', '--quiet', '--no-checkout', '--filter=blob:none', pathToFileURL(server).href, dir]);
      const program = markerProgram(sandbox, id);
      git(dir, ['config', 'remote.origin.url', url.replace('MARKER', program)]);
      git(dir, ['config', 'protocol.ssh.allow', 'always']);
      git(dir, ['config', 'protocol.ext.allow', 'always']);
      if (key) git(dir, ['config', key, program]);
      write(join(dir, 'growth/profile.yml'), PROFILE);
    }, [{ args: ['evidence', '--json', '--since', '2026-01-01'], code: 0, stdout: [/"kind":"review"/], stderr: [/partial clone \(filter blob:none\)/] }]);
  }

  add('partial-treeless', 'a --filter=tree:0 clone: mines what commit messages give, says what it could not (fault 1)', (dir) => {
    const server = baseRepo(join(sandbox, 'servers', 'treeless'));
    git(server, ['config', 'uploadpack.allowFilter', 'true']);
    git(server, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    git(sandbox, ['clone', '--quiet', '--no-checkout', '--filter=tree:0', pathToFileURL(server).href, dir]);
    const program = markerProgram(sandbox, 'upload-pack-treeless');
    git(dir, ['config', 'remote.origin.uploadpack', program]);
    git(dir, ['config', 'protocol.file.allow', 'always']);
    write(join(dir, 'growth/profile.yml'), PROFILE);
  }, [{ args: ['evidence', '--json', '--since', '2026-01-01'], code: 0, stdout: [/"kind":"review"/], stderr: [/partial clone without trees \(filter tree:0\)/], absent: [/fatal|promisor/] }]);

  add('bad-commits', 'commits dated in year 10000, with no date, negative or huge dates, a NUL in the author (fault 3)', (dir) => {
    baseRepo(dir);
    let tip = git(dir, ['rev-parse', 'HEAD']);
    for (const [subject, author] of [
      ['year 10000', `${ANA.name} <${ANA.email}> 253402300800 +0000`],
      ['no date', `${ANA.name} <${ANA.email}>`],
      ['negative', `${ANA.name} <${ANA.email}> -100 +0000`],
      ['huge', `${ANA.name} <${ANA.email}> 99999999999999999999 +0000`],
      ['nul', `Ana\u0000 Lima <${ANA.email}> 1772900000 +0000`],
    ]) tip = rawCommit(dir, tip, author, `fix: ${subject}`);
    git(dir, ['update-ref', 'refs/heads/main', tip]);
  }, [VALID, { ...MINED, stderr: [/5 commits [0-9a-f]{12}(, [0-9a-f]{12}){4} have no readable author date/] }]);

  add('log-settings', 'log.showRoot=false, i18n.logOutputEncoding=UTF-16, diff.relative, a FIFO as diff.orderFile (fault 8)', (dir) => {
    baseRepo(dir);
    git(dir, ['config', 'log.showRoot', 'false']);
    git(dir, ['config', 'i18n.logOutputEncoding', 'UTF-16']);
    git(dir, ['config', 'diff.relative', 'true']);
    git(dir, ['config', 'core.quotePath', 'true']);
    execFileSync('mkfifo', [join(dir, '.git', 'order')]);
    git(dir, ['config', 'diff.orderFile', join(dir, '.git', 'order')]);
  }, [MINED]);

  add('head-fifo', '.git/HEAD is a FIFO (fault 7): `note` must not hang', (dir) => {
    baseRepo(dir);
    rmSync(join(dir, '.git', 'HEAD'));
    execFileSync('mkfifo', [join(dir, '.git', 'HEAD')]);
  }, [{ args: ['note', '--task', 'Retry budgets'], code: 0, stdout: [/created growth\/notes\//] }]);

  add('head-dev-zero', '.git/HEAD points at /dev/zero (fault 7)', (dir) => {
    baseRepo(dir);
    rmSync(join(dir, '.git', 'HEAD'));
    symlinkSync('/dev/zero', join(dir, '.git', 'HEAD'));
  }, [{ args: ['note', '--task', 'Retry budgets'], code: 0, stdout: [/created growth\/notes\//] }]);

  add('front-matter-js', 'growth files with ---js, ---javascript and ---coffee front matter that would leave a marker', (dir) => {
    baseRepo(dir);
    const marker = join(sandbox, 'markers', 'ran');
    const js = `require('fs').appendFileSync(${JSON.stringify(marker)}, 'front matter ran\\n'); module.exports = {}`;
    write(join(dir, 'growth/notes/2026-11-20-js.md'), `---js\n{ title: (${js}) }\n---\n## For future me\nx\n\n## For a teammate\ny\n`);
    write(join(dir, 'growth/notes/2026-11-21-javascript.md'), `---javascript\n(${js})\n---\n## For future me\nx\n\n## For a teammate\ny\n`);
    write(join(dir, 'growth/notes/2026-11-22-coffee.md'), `---coffee\n${js}\n---\n## For future me\nx\n\n## For a teammate\ny\n`);
  }, [{ args: ['validate'], code: 1, stdout: [/front matter in "js" is not allowed and was not run/, /front matter in "javascript" is not allowed and was not run/, /front matter in "coffee" is not allowed and was not run/] }]);

  add('yaml-alias-bomb', 'profile and framework with a billion-laughs alias bomb', (dir) => {
    baseRepo(dir);
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    write(join(dir, 'growth/framework.yml'), `${bomb.join('\n')}\ncriteria: *i\n`);
    write(join(dir, 'growth/profile.yml'), `${PROFILE}${bomb.join('\n')}\n`);
  }, [{ args: ['validate'], code: 1, stdout: [/growth\/framework\.yml:\d+/] }]);

  add('html-everywhere', 'HTML and script in commit messages, author names, file names and note titles', (dir) => {
    baseRepo(dir);
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    commit(dir, `docs: ${evil}`, { name: `Eve ${evil}`, email: 'eve@example.com' }, { [`docs/${'<script>alert(3)<'}script>.md`]: `# ${evil}\n` }, [`Reviewed-by: ${ANA.name} <${ANA.email}>`]);
    commit(dir, `docs: ${evil} by Ana`, ANA, { [`docs/adr/${'<b>bold</b>'}.md`]: `# ${evil}\n` });
    write(join(dir, 'growth/notes/2026-11-20-html.md'), note(evil));
  }, [{ args: ['validate'], code: 0, stdout: [/2 ledger entries, 1 two-notes/] }, { ...MINED, stdout: [/<script>alert\(2\)<\/script>/, /"path":"docs\/adr\/<b>bold<\/b>\.md"/] }]);

  add('odd-file-names', 'file names with a newline, invalid UTF-8 and a leading dash in history and in the growth folder', (dir) => {
    baseRepo(dir);
    commit(dir, 'docs: odd names', ANA, { 'docs/line\nbreak.md': '# Line\n', '-rf.md': '# dash\n' });
    // Invalid UTF-8 cannot be written through a JS string: name the file from bytes.
    const bytes = Buffer.concat([Buffer.from(join(dir, 'docs') + '/'), Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x6d, 0x64])]);
    const fd = openSync(bytes, 'w');
    writeSync(fd, '# bad bytes\n');
    closeSync(fd);
    commit(dir, 'docs: bad bytes', ANA, {});
    write(join(dir, 'growth/notes/2026-11-20-new\nline.md'), note('Retry budgets'));
  }, [{ args: ['validate'], code: 0, stdout: [/2 ledger entries, 1 two-notes/] }, { ...MINED, stdout: [/"path":"docs\/line\\nbreak\.md"/, /"path":"docs\/f\\ufffd\\ufffd\.md"|"path":"docs\/f��\.md"/] }]);

  add('terminal-forgery', 'file names, titles and commit subjects with newlines, ESC/OSC sequences, C1 controls, U+2028 and bidi overrides that would forge output lines or drive the terminal', (dir) => {
    baseRepo(dir);
    const esc = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u2028\u202e';
    commit(dir, `docs: guide ${esc}\nFORGED-SUBJECT`, ANA, { [`docs/line\nFORGED-PATH ${esc}.md`]: `# Guide ${esc}\n` });
    // A two-note missing a section is a problem reported at the file: its name forges a line.
    write(join(dir, `growth/notes/2026-11-20-x\n2026-11.md:1: FORGED-PROBLEM ${esc}.md`), '---\ntask: "x"\ndate: 2026-11-20\nstatus: open\n---\n\n# x\n');
  }, [
    { args: ['validate'], code: 1, stdout: [/2026-11-20-x\\n2026-11\.md:1: FORGED-PROBLEM \\e\[2J\\e\]0;pwned\\u0007\\u009b31m\\u2028\\u202e\.md:\d+: /], absent: [TERMINAL_ACTIVE, /^2026-11\.md:1: FORGED/m] },
    { args: ['evidence', '--since', '2026-01-01'], code: 0, stdout: [/doc +authored +Guide \\e\[2J\\e\]0;pwned\\u0007\\u009b31m\\u2028\\u202e {2}\(terminal-forgery\)/], absent: [TERMINAL_ACTIVE, /^FORGED/m] },
  ]);

  add('symlinked-growth-folder', 'growth/ is a symbolic link to a folder outside the repository', (dir) => {
    baseRepo(dir);
    const outside = join(sandbox, 'outside', 'growth');
    mkdirSync(dirname(outside), { recursive: true });
    renameSync(join(dir, 'growth'), outside);
    symlinkSync(outside, join(dir, 'growth'));
  }, [{ args: ['validate'], code: 1, stdout: [/growth is a symbolic link; Growth Ledger does not read or write through links/] }, { args: ['log', '--kind', 'doc', '--title', 'x', '--date', '2026-11-20'], code: 1, stderr: [/symbolic link/] }]);

  add('symlinked-ledger-file', 'a ledger month file that links to a file outside the repository', (dir) => {
    baseRepo(dir);
    write(join(sandbox, 'outside', 'secret.md'), '## 2026-11-01 secret\n');
    symlinkSync(join(sandbox, 'outside', 'secret.md'), join(dir, 'growth/ledger/2026-10.md'));
  }, [{ args: ['validate'], code: 1, stdout: [/2026-10\.md is a symbolic link/], absent: [/secret/] }, { args: ['log', '--kind', 'doc', '--title', 'x', '--date', '2026-10-20'], code: 1, stderr: [/symbolic link/] }]);

  add('symlinked-profile', 'growth/profile.yml links outside the repository (fault 5: evidence read it through the link)', (dir) => {
    baseRepo(dir);
    write(join(sandbox, 'outside', 'profile.yml'), PROFILE);
    rmSync(join(dir, 'growth/profile.yml'));
    symlinkSync(join(sandbox, 'outside', 'profile.yml'), join(dir, 'growth/profile.yml'));
  }, [
    { args: ['validate'], code: 1, stdout: [/profile\.yml is a symbolic link/] },
    { args: ['evidence', '--json'], code: 1, stderr: [/profile\.yml is a symbolic link/] },
  ]);

  add('huge-profile', 'a 200 MB growth/profile.yml (fault 5: evidence read it whole)', (dir) => {
    baseRepo(dir);
    bigFile(join(dir, 'growth/profile.yml'), PROFILE, 200);
  }, [
    { args: ['validate'], code: 1, stdout: [/profile\.yml is 200 MB; growth files over 8 MB are not read/] },
    { args: ['evidence', '--json'], code: 1, stderr: [/profile\.yml is 200 MB/] },
  ]);

  add('title-traversal', 'titles and tasks with ../ and absolute paths', (dir) => {
    baseRepo(dir);
  }, [
    { args: ['note', '--task', '../../../../tmp/escape'], code: 0, stdout: [/created growth\/notes\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md/] },
    { args: ['note', '--task', '/etc/passwd'], code: 0, stdout: [/created growth\/notes\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md/] },
    { args: ['log', '--kind', 'doc', '--title', '../../../etc/passwd', '--date', '2026-11-21'], code: 0, stdout: [/logged in growth\/ledger\/2026-11\.md/] },
  ]);

  add('huge-ledger', 'a 200 MB ledger month file', (dir) => {
    baseRepo(dir);
    bigFile(join(dir, 'growth/ledger/2026-10.md'), '## 2026-10-01 entry\n#doc\n\n', 200);
  }, [{ args: ['validate'], code: 1, stdout: [/2026-10\.md is 200 MB; growth files over 8 MB are not read/, /growth\/ledger\/2026-10\.md:1/] }]);

  add('many-problems', 'one 3.5 MB ledger with 125,000 entries, each with a problem (fault 4)', (dir) => {
    baseRepo(dir);
    write(join(dir, 'growth/ledger/2026-10.md'), bigProblemLedger(125_000));
  }, [{ args: ['validate'], code: 1, stdout: [/2026-11-3 is not a real date/], stderr: [/125000 problems in growth\//] }]);

  add('binary-note', 'a PNG where a two-note is expected, and a ledger file of NUL bytes', (dir) => {
    baseRepo(dir);
    write(join(dir, 'growth/notes/2026-11-20-image.md'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    write(join(dir, 'growth/ledger/2026-09.md'), Buffer.alloc(4096));
  }, [{ args: ['validate'], code: 1, stdout: [/growth\/notes\/2026-11-20-image\.md:1/, /growth\/ledger\/2026-09\.md:1/] }]);

  return cases;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'gl-hostile-'));
  mkdirSync(root, { recursive: true });
  for (const c of buildCorpus(root)) {
    process.stdout.write(`${c.id}: ${c.title}\n  in ${c.dir}\n`);
    for (const r of c.runs) process.stdout.write(`  growth-ledger ${r.args.join(' ')}\n`);
  }
}
