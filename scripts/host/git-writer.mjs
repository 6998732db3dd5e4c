// Builds real git repositories for fixtures and the demo: files written, commits made with fixed
// authors and dates, so the same script always gives the same history.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A person as git records them. */
export function person(name, email) {
  return { name, email };
}

/**
 * Opens (and `git init`s) a repository at `dir`. Global and system git configuration are ignored
 * so that a developer's hooks, signing or templates cannot change the history.
 */
export function gitRepo(dir, { branch = 'main' } = {}) {
  mkdirSync(dir, { recursive: true });
  const baseEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    TZ: process.env.TZ ?? 'UTC',
  };
  const git = (args, env = {}) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: dir,
      env: { ...baseEnv, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git(['init', '-q', '-b', branch]);

  const repo = {
    dir,
    git,
    /** Sets the identity a person working in this clone commits under (read by Set Up). */
    configureUser(who) {
      git(['config', 'user.name', who.name]);
      git(['config', 'user.email', who.email]);
      return repo;
    },
    write(file, content) {
      const full = path.join(dir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
      return repo;
    },
    move(from, to) {
      mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      renameSync(path.join(dir, from), path.join(dir, to));
      return repo;
    },
    /**
     * Commits everything in the working tree. `date` is an ISO timestamp used for both author and
     * committer; `committer` defaults to the author; `trailers` are appended as `Key: value` lines.
     */
    commit(message, { author, committer = author, date, trailers = [] }) {
      git(['add', '-A']);
      const body = trailers.length > 0 ? `${message}\n\n${trailers.join('\n')}\n` : `${message}\n`;
      git(['commit', '-q', '--allow-empty', '--cleanup=whitespace', '-m', body], dateEnv(author, committer, date));
      return repo;
    },
    /** `git merge --no-ff` with a GitHub-style subject, committed by `by`. */
    merge(branchName, subject, { by, date }) {
      git(['merge', '-q', '--no-ff', '-m', subject, branchName], dateEnv(by, by, date));
      return repo;
    },
    checkout(branchName, { create = false } = {}) {
      git(create ? ['checkout', '-q', '-b', branchName] : ['checkout', '-q', branchName]);
      return repo;
    },
    head() {
      return git(['rev-parse', 'HEAD']).trim();
    },
  };
  return repo;
}

function dateEnv(author, committer, date) {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: date,
  };
}
