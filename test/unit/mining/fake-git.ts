import type { CommitRange } from '../../../src/core/git/log-fields';
import type { FileChange, LogCommit } from '../../../src/core/git/log-commit';
import type { BlobFacts } from '../../../src/core/mining/classification/classify-context';
import type { CommitFacts } from '../../../src/core/mining/classification/commit-facts';
import { sequenceOf, type CommitSequence } from '../../../src/core/mining/history/commit-sequence';
import type { EvidenceMemo } from '../../../src/core/mining/cache/evidence-memo';
import type { CacheLoad, CacheUpdate, CachedHistory, FactCache, GitHistoryReader, RepositoryInfo } from '../../../src/core/mining/git-history-port';

export interface Who {
  readonly name: string;
  readonly email: string;
}

export const ANA: Who = { name: 'Ana Lima', email: 'ana@work.example' };
export const BOB: Who = { name: 'Bob Stone', email: 'bob@example.com' };
export const CAROL: Who = { name: 'Carol Diaz', email: 'carol@example.com' };
export const DAVE: Who = { name: 'Dave Okafor', email: 'dave@example.com' };
export const ROBOT: Who = { name: 'k8s-ci-robot', email: 'k8s-ci-robot@example.com' };
export const DEPENDABOT: Who = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/** A 40-hex sha derived from a label, so tests can name commits. */
export function sha(label: string): string {
  let h = 0;
  for (const ch of label) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return (h.toString(16).padStart(8, '0') + label.length.toString(16).padStart(4, '0')).repeat(4).slice(0, 40);
}

export function blob(label: string): string {
  return sha(`blob:${label}`);
}

/** Builds a history oldest-first, like commits are written; `log()` returns it newest first, as git prints it. */
export class HistoryBuilder {
  readonly commits: LogCommit[] = [];
  private day = Date.parse('2026-01-05T12:00:00Z');

  commit(
    label: string,
    author: Who,
    subject: string,
    opts: { changes?: FileChange[]; body?: string; parents?: string[]; date?: string; committerEmail?: string } = {},
  ): string {
    this.day += 86_400_000;
    const s = sha(label);
    const parent = this.commits[this.commits.length - 1]?.sha;
    this.commits.push({
      sha: s,
      parents: opts.parents ?? (parent ? [parent] : []),
      authorName: author.name,
      authorEmail: author.email,
      authorDate: opts.date ?? new Date(this.day).toISOString().replace('.000Z', '+00:00'),
      committerEmail: opts.committerEmail ?? author.email,
      subject,
      body: opts.body ?? '',
      changes: opts.changes ?? [{ status: 'M', path: 'src/app.ts', oldBlob: blob(`${label}-old`), newBlob: blob(label) }],
    });
    return s;
  }

  newestFirst(): LogCommit[] {
    return [...this.commits].reverse();
  }
}

/**
 * A git reader over scripted data. Every method records its call; `allow` lists the methods a test
 * expects, and any other call throws, so a test proves which git work a scenario needs.
 */
export class FakeGitReader implements GitHistoryReader {
  readonly calls: string[] = [];
  allow: Set<string>;

  constructor(
    readonly repos: Record<string, { history?: HistoryBuilder; blobs?: Record<string, string>; mailmap?: string; shallow?: string[]; error?: Error }>,
    allow: readonly string[] = ['inspect', 'readCommits', 'readBlobs', 'readMailmap'],
  ) {
    this.allow = new Set(allow);
  }

  private record(name: string, detail = ''): void {
    this.calls.push(detail ? `${name} ${detail}` : name);
    if (!this.allow.has(name)) throw new Error(`unexpected git call: ${name} ${detail}`);
  }

  private repo(info: RepositoryInfo) {
    const r = this.repos[info.path];
    if (!r) throw new Error(`no such fake repository ${info.path}`);
    return r;
  }

  async inspect(path: string): Promise<RepositoryInfo> {
    this.record('inspect', path);
    const r = this.repos[path];
    if (!r) throw new Error(`no such fake repository ${path}`);
    if (r.error) throw r.error;
    const head = r.history?.commits[r.history.commits.length - 1]?.sha;
    return {
      path,
      root: `/abs/${path}`,
      gitDir: `/abs/${path}/.git`,
      name: path.split('/').pop() ?? path,
      bare: false,
      shallow: (r.shallow ?? []).length > 0,
      ...(head ? { head } : {}),
      shallowBoundary: r.shallow ?? [],
    };
  }

  async readCommits(info: RepositoryInfo, range: CommitRange, onCommit: (c: LogCommit) => void): Promise<void> {
    this.record('readCommits', `${range.include.join(',')}${range.exclude.map((e) => ` ^${e.slice(0, 7)}`).join('')}`);
    const all = this.repo(info).history?.newestFirst() ?? [];
    const reachable = (from: readonly string[]) => {
      const bySha = new Map([...all, ...this.kept.values()].map((c) => [c.sha, c]));
      const seen = new Set<string>();
      const stack = [...from];
      while (stack.length > 0) {
        const s = stack.pop() as string;
        if (seen.has(s) || !bySha.has(s)) continue;
        seen.add(s);
        stack.push(...(bySha.get(s)?.parents ?? []));
      }
      return seen;
    };
    const include = reachable(range.include);
    const exclude = reachable(range.exclude);
    for (const c of all) if (include.has(c.sha) && !exclude.has(c.sha)) onCommit(c);
  }

  async hasCommit(info: RepositoryInfo, s: string): Promise<boolean> {
    this.record('hasCommit', s.slice(0, 7));
    return (this.repo(info).history?.commits ?? []).some((c) => c.sha === s) || this.kept.has(s);
  }

  /** Commits no longer in the history whose objects still exist (a rewrite before garbage collection). */
  readonly kept = new Map<string, LogCommit>();

  async isAncestor(info: RepositoryInfo, ancestor: string, descendant: string): Promise<boolean> {
    this.record('isAncestor', `${ancestor.slice(0, 7)} ${descendant.slice(0, 7)}`);
    const all = this.repo(info).history?.commits ?? [];
    const bySha = new Map(all.map((c) => [c.sha, c]));
    const stack = [descendant];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const s = stack.pop() as string;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(bySha.get(s)?.parents ?? []));
    }
    return false;
  }

  async listCommits(_info: RepositoryInfo, range: CommitRange): Promise<string[]> {
    this.record('listCommits', range.include.join(','));
    return [...this.goneList];
  }

  /** What `listCommits` answers (the commits a rewrite dropped). */
  goneList: string[] = [];

  async readBlobs(info: RepositoryInfo, ids: readonly string[], onBlob: (b: { id: string; text?: string; truncated: boolean }) => void): Promise<void> {
    this.record('readBlobs', String(ids.length));
    const blobs = this.repo(info).blobs ?? {};
    for (const id of ids) {
      const text = blobs[id];
      onBlob(text === undefined ? { id, truncated: false } : { id, text, truncated: false });
    }
  }

  async readMailmap(info: RepositoryInfo): Promise<string | undefined> {
    this.record('readMailmap');
    return this.repo(info).mailmap;
  }
}

/** An in-memory FactCache with the file cache's rules: append only on top of the stored tip, memo valid for the stored tip. */
export class MemoryFactCache implements FactCache {
  readonly saved: CacheUpdate[] = [];
  readonly stored = new Map<string, CachedHistory & { memo?: EvidenceMemo }>();
  loads = 0;
  corrupt = false;

  async load(root: string): Promise<CacheLoad> {
    this.loads++;
    if (this.corrupt) return { kind: 'discarded', reason: 'Unexpected end of JSON input' };
    const h = this.stored.get(root);
    return h ? { kind: 'hit', history: h } : { kind: 'miss' };
  }

  documentLoads = 0;

  async loadDocumentFacts(root: string): Promise<{ tip: string; commits: readonly CommitFacts[]; blobs: BlobFacts } | undefined> {
    this.documentLoads++;
    const h = this.stored.get(root);
    return h && !this.corrupt ? { tip: h.tip, commits: [...h.commits].filter((c) => c.docs), blobs: h.blobs } : undefined;
  }

  async loadMemo(root: string): Promise<EvidenceMemo | undefined> {
    const h = this.stored.get(root);
    return !this.corrupt && h?.memo?.tip === h?.tip ? h?.memo : undefined;
  }

  async save(root: string, update: CacheUpdate): Promise<boolean> {
    const old = this.stored.get(root);
    let commits: CommitSequence;
    if (update.replace) commits = update.replace;
    else if (update.append && old?.tip === update.append.previousTip) commits = sequenceOf([...old.commits, ...update.append.commits]);
    else if (!update.append && old?.tip === update.tip) commits = old.commits;
    else return false;
    this.saved.push(update);
    this.corrupt = false;
    this.stored.set(root, {
      tip: update.tip,
      boundary: update.boundary,
      commits,
      blobs: update.blobs ?? old?.blobs ?? { headers: new Map(), addedLines: new Map() },
      ...(update.memo ? { memo: update.memo } : {}),
    });
    return true;
  }
}
