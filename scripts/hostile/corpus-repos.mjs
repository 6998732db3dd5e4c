// Building blocks of the hostile-repository corpus (corpus.mjs): real git with no user or system
// config, small repositories with a history and a growth folder, marker programs, the settings that
// would run them, and raw objects git itself refuses to make.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ANA = { name: 'Ana Lima', email: 'ana@work.example' };
export const BOB = { name: 'Bob Stone', email: 'bob@example.com' };

/** git with no user or system config and no GIT_* from the caller: the corpus is the same everywhere. */
export function git(cwd, args, extraEnv = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
  Object.assign(env, { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' }, extraEnv);
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export function write(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

let clock = Date.parse('2026-03-02T10:00:00Z');
export function commit(dir, subject, author, files = {}, trailers = []) {
  for (const [path, text] of Object.entries(files)) write(join(dir, path), text);
  git(dir, ['add', '--all']);
  clock += 86_400_000;
  const when = new Date(clock).toISOString();
  const message = trailers.length > 0 ? `${subject}\n\n${trailers.join('\n')}` : subject;
  git(dir, ['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: when,
  });
  return git(dir, ['rev-parse', 'HEAD']);
}

export const PROFILE = `name: Ana Lima\nidentities: [${ANA.email}]\n`;
/** A two-note as the CLI writes one, whose task and sections are `text`. */
export const note = (text) => `---\ntask: ${JSON.stringify(text)}\ndate: 2026-11-20\nstatus: open\n---\n\n# ${text}\n\n## For future me\n${text}\n\n## For a teammate\n${text}\n`;
export const LEDGER = `# Learning ledger — November 2026\n\n## 2026-11-03 Paired with Lea on the flaky settlement test\n#pairing #mentoring\n\nWe found the race together.\n\n## 2026-11-06 Published the idempotency-key ADR\n#adr #communication\n\nThree teams commented.\n`;

/** A small repository with a history (a document, a review) and a valid growth folder. */
export function baseRepo(dir) {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '--quiet']);
  commit(dir, 'docs: retry guide', ANA, { 'docs/retry-guide.md': '# Retry guide\n\nCap retries.\n', 'src/retry.ts': 'export {};\n' });
  commit(dir, 'fix(api): jitter retries', BOB, { 'src/retry.ts': 'jitter\n' }, [`Reviewed-by: ${ANA.name} <${ANA.email}>`]);
  write(join(dir, 'growth/profile.yml'), PROFILE);
  write(join(dir, 'growth/ledger/2026-11.md'), LEDGER);
  return dir;
}

/** A marker program: records that it ran (and with what), then fails at once (so nothing waits on it). */
export function markerProgram(sandbox, name) {
  const file = join(sandbox, 'programs', name);
  write(file, `#!/bin/sh\necho "${name} $*" >> '${join(sandbox, 'markers', 'ran')}'\nexit 1\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Settings that would run `program` (through log, diff, status, checkout, fetch or signing). */
export function programSettings(program) {
  return [
    ['core.fsmonitor', program],
    ['log.showSignature', 'true'],
    ['gpg.program', program],
    ['gpg.ssh.program', program],
    ['diff.evil.textconv', program],
    ['diff.evil.command', program],
    ['diff.external', program],
    ['core.pager', program],
    ['pager.log', program],
    ['core.sshCommand', program],
    ['core.askPass', program],
    ['credential.helper', `!${program}`],
    ['filter.evil.smudge', program],
    ['filter.evil.clean', program],
    ['filter.evil.process', program],
    ['core.hooksPath', dirname(program)],
    ['core.editor', program],
    ['sequence.editor', program],
    ['uploadpack.packObjectsHook', program],
    ['protocol.allow', 'always'],
    ['protocol.file.allow', 'always'],
    ['protocol.ext.allow', 'always'],
  ];
}

/** Writes the settings into a config file as `git config --file` would. */
export function writeSettings(configFile, settings) {
  for (const [key, value] of settings) git(dirname(configFile), ['config', '--file', configFile, '--add', key, value]);
}

/** A signed-looking commit, so that log.showSignature would call gpg.program. */
export function signedCommit(dir) {
  const head = git(dir, ['rev-parse', 'HEAD']);
  const tree = git(dir, ['rev-parse', 'HEAD^{tree}']);
  const raw = `tree ${tree}\nparent ${head}\nauthor ${BOB.name} <${BOB.email}> 1772900000 +0000\ncommitter ${BOB.name} <${BOB.email}> 1772900000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nchore: signed\n\nReviewed-by: ${ANA.name} <${ANA.email}>\n`;
  const file = join(dir, '.git', 'signed-commit');
  writeFileSync(file, raw);
  const sha = git(dir, ['hash-object', '-t', 'commit', '-w', file]);
  git(dir, ['update-ref', 'refs/heads/main', sha]);
}

/** Hooks named in `.git/hooks` and in the hooks folder a config names: each a marker. */
export function hooks(dir, sandbox) {
  for (const hook of ['pre-commit', 'post-checkout', 'post-merge', 'reference-transaction', 'post-index-change', 'fsmonitor-watchman', 'pre-auto-gc']) {
    const file = join(dir, '.git', 'hooks', hook);
    write(file, `#!/bin/sh\necho "hook ${hook}" >> '${join(sandbox, 'markers', 'ran')}'\n`);
    chmodSync(file, 0o755);
  }
}


/** Raw commit objects git itself would refuse to make. */
export function rawCommit(dir, parent, author, subject) {
  const tree = git(dir, ['rev-parse', `${parent}^{tree}`]);
  const file = join(dir, '.git', `raw-${parent.slice(0, 8)}`);
  writeFileSync(file, Buffer.from(`tree ${tree}\nparent ${parent}\nauthor ${author}\ncommitter ${BOB.name} <${BOB.email}> 1772900000 +0000\n\n${subject}\n`, 'latin1'));
  return git(dir, ['hash-object', '-t', 'commit', '--literally', '-w', file]);
}

/** A ledger of `entries` headings with a bad date each: one problem per entry. */
export function bigProblemLedger(entries) {
  const parts = ['# Learning ledger — November 2026\n\n'];
  for (let i = 0; i < entries; i++) parts.push(`## 2026-11-3 entry ${i}\n\n`);
  return parts.join('');
}


/** A file of about `mb` megabytes: `head` once, then `line` repeated (written in 1 MB pieces). */
export function bigFile(file, head, mb) {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = Buffer.from(head.repeat(Math.ceil((1 << 20) / head.length))).subarray(0, 1 << 20);
  for (let i = 0; i < mb; i++) writeSync(fd, chunk);
  closeSync(fd);
}
