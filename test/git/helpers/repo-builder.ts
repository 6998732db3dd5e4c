import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Someone who commits. */
export interface Author {
  readonly name: string;
  readonly email: string;
}

export interface CommitSpec {
  readonly author: Author;
  /** ISO date-time or YYYY-MM-DD (noon UTC); default: one day after the previous commit. */
  readonly date?: string;
  /** Files to write (text) or delete (null). */
  readonly files?: Readonly<Record<string, string | null>>;
  /** `git mv` before writing files. */
  readonly renames?: readonly (readonly [string, string])[];
  /** Trailer lines appended as the message's last paragraph. */
  readonly trailers?: readonly string[];
  readonly body?: string;
  /** Who committed it, when not the author (a forge committing a squash merge). */
  readonly committer?: Author;
}

const created: string[] = [];

/** A fresh temporary folder, removed by `removeTemporaryFolders()`. */
export function temporaryFolder(prefix = 'gl-git-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** git for building fixtures: no user or system config, no GIT_* leaking in from the test runner. */
export function fixtureEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C', ...extra };
}

export function gitIn(cwd: string, args: readonly string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: fixtureEnv(env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/**
 * Builds real repositories with real git in temporary folders: authors and dates through
 * GIT_AUTHOR_* / GIT_COMMITTER_*, trailers, renames, merges, `.mailmap`, bare and shallow clones.
 */
export class RepoBuilder {
  private clock = Date.parse('2026-01-05T12:00:00Z');

  private constructor(readonly dir: string) {}

  /** A new repository in `<temp>/<name>` (the name may hold spaces and non-ASCII characters). */
  static create(name = 'repo'): RepoBuilder {
    const dir = join(temporaryFolder(), name);
    mkdirSync(dir, { recursive: true });
    gitIn(dir, ['init', '--quiet']);
    return new RepoBuilder(dir);
  }

  git(args: readonly string[], env: Record<string, string> = {}): string {
    return gitIn(this.dir, args, env);
  }

  write(path: string, text: string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }

  /** Commits the given changes and returns the new sha. */
  commit(subject: string, spec: CommitSpec): string {
    for (const [from, to] of spec.renames ?? []) {
      mkdirSync(dirname(join(this.dir, to)), { recursive: true });
      this.git(['mv', from, to]);
    }
    for (const [path, text] of Object.entries(spec.files ?? {})) {
      if (text === null) unlinkSync(join(this.dir, path));
      else this.write(path, text);
    }
    this.git(['add', '--all']);
    const message = [subject, spec.body, spec.trailers && spec.trailers.length > 0 ? spec.trailers.join('\n') : undefined]
      .filter((p): p is string => p !== undefined)
      .join('\n\n');
    this.git(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], this.identityEnv(spec.author, spec.date, spec.committer));
    return this.head();
  }

  /** `git merge --no-ff` of `branch` into the current branch, with a host-style message. */
  merge(branch: string, message: string, author: Author, date?: string): string {
    this.git(['merge', '--no-ff', '--quiet', '-m', message, branch], this.identityEnv(author, date));
    return this.head();
  }

  branch(name: string): void {
    this.git(['checkout', '--quiet', '-b', name]);
  }

  checkout(name: string): void {
    this.git(['checkout', '--quiet', name]);
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']);
  }

  /** A bare clone next to the repository. */
  bareClone(name = 'bare.git'): string {
    const target = join(temporaryFolder(), name);
    gitIn(tmpdir(), ['clone', '--quiet', '--bare', this.dir, target]);
    return target;
  }

  /** A shallow clone holding the last `depth` commits of the current branch. */
  shallowClone(depth: number): string {
    const target = join(temporaryFolder(), 'shallow');
    gitIn(tmpdir(), ['clone', '--quiet', '--no-local', `--depth=${depth}`, `file://${this.dir}`, target]);
    return target;
  }

  private identityEnv(author: Author, date: string | undefined, committer: Author = author): Record<string, string> {
    this.clock = date ? Date.parse(date.length === 10 ? `${date}T12:00:00Z` : date) : this.clock + 86_400_000;
    const when = new Date(this.clock).toISOString();
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: when,
    };
  }
}
