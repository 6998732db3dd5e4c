import type { ChangeStatus, LogCommit } from '../../git/log-commit';
import type { PersonName } from '../../git/mailmap';
import { isForgeSquashMerge, parsePullRequestMerge, type PullRequestMerge } from '../../git/merge-subject';
import { EVIDENCE_TRAILERS, parseTrailers, type Trailer } from '../../git/trailers';
import { detached } from '../../text/detached';

/**
 * What the cache keeps about one commit: facts that never change for a given sha and depend on no
 * profile (no identities, no path globs, no criteria), so changing the profile needs no re-mining.
 */

/** A change to a file that could be a document (see `isDocumentFile`). */
export interface DocChange {
  readonly status: ChangeStatus;
  readonly path: string;
  readonly oldPath?: string;
  readonly oldBlob?: string;
  readonly newBlob?: string;
}

/** The cached facts of one commit (see the file comment). */
export interface CommitFacts {
  readonly sha: string;
  /** Raw author as written in the commit (interned: equal authors share one object). */
  readonly author: PersonName;
  /** Author date, YYYY-MM-DD in the author's own time zone. */
  readonly date: string;
  /** Two or more parents. */
  readonly merge?: boolean;
  /** A boundary commit of a shallow clone: its "added" files may be older than it. */
  readonly boundary?: boolean;
  /** A squash or rebase merge made on a forge (see `isForgeSquashMerge`): counted, never credited. */
  readonly forgeSquash?: boolean;
  /** Kept only where it becomes a title: commits with evidence trailers, and merges. */
  readonly subject?: string;
  /** Conventional-commit type (`feat`, `fix`, …) of the subject. */
  readonly type?: string;
  /** Areas the commit touched (see `areaOf`); `.` for files at the repository root. */
  readonly areas: readonly string[];
  /** Evidence trailers only (review, mentoring, pairing keys). */
  readonly trailers?: readonly Trailer[];
  /** The pull/merge request a merge commit records. */
  readonly pullRequest?: PullRequestMerge;
  /** Tip of the merged branch (second parent) of a pull-request merge. */
  readonly mergedTip?: string;
  /** Raw author of `mergedTip`, when that commit is in the mined history. */
  readonly mergedAuthor?: PersonName;
  readonly docs?: readonly DocChange[];
}

/** Extensions of files that can be documents; path globs then decide which kind, if any. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc', 'txt', 'org']);
/** Metadata files that declare the authors of the documents beside them (Kubernetes KEPs). */
export const DOCUMENT_METADATA_FILES: ReadonlySet<string> = new Set(['kep.yaml', 'kep.yml']);

/** Whether a path could be a document (by extension) or a document metadata file. */
export function isDocumentFile(path: string): boolean {
  // Runs for every changed path of a cold read: extension first, no allocation for most paths.
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  if (dot <= slash + 1 || path.length - dot > 9) return false;
  const ext = path.slice(dot + 1).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(ext)) return true;
  return (ext === 'yaml' || ext === 'yml') && DOCUMENT_METADATA_FILES.has(path.slice(slash + 1).toLowerCase());
}

const CONVENTIONAL = /^([a-zA-Z]+)(?:\([^)]*\))?!?:\s*\S/;
/** Conventional-commit types recognised as tags; anything else is left untyped rather than guessed. */
export const CONVENTIONAL_TYPES: ReadonlySet<string> = new Set([
  'feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert', 'deps', 'security',
]);

/** The conventional-commit type of a subject (`fix(api): …` → `fix`), if it is a known one. */
export function conventionalType(subject: string): string | undefined {
  const t = CONVENTIONAL.exec(subject)?.[1]?.toLowerCase();
  if (t === undefined) return undefined;
  if (t === 'tests') return 'test';
  return CONVENTIONAL_TYPES.has(t) ? t : undefined;
}

/**
 * Shares one object per distinct author and per distinct set of areas: memory stays flat over a
 * long history, and classifiers can memoise per author object.
 */
export class FactInterner {
  private readonly byEmail = new Map<string, Map<string, PersonName>>();
  private readonly areaSets = new Map<string, readonly string[]>();
  private readonly dates = new Map<string, string>();
  private readonly trailers = new Map<string, Trailer>();

  person(name: string, email: string): PersonName {
    let byName = this.byEmail.get(email);
    if (!byName) {
      byName = new Map();
      this.byEmail.set(email, byName);
    }
    let p = byName.get(name);
    if (!p) {
      p = Object.freeze({ name, email });
      byName.set(name, p);
    }
    return p;
  }

  /** One shared object per distinct trailer line, so classifiers can memoise per trailer. */
  trailer(t: Trailer): Trailer {
    const key = `${t.written}\u0000${t.value}`;
    const known = this.trailers.get(key);
    if (known) return known;
    this.trailers.set(key, t);
    return t;
  }

  /** The YYYY-MM-DD day of an ISO date-time, one string per day. */
  day(isoDateTime: string): string {
    const d = isoDateTime.slice(0, 10);
    const known = this.dates.get(d);
    if (known !== undefined) return known;
    this.dates.set(d, d);
    return d;
  }

  /** `areas` sorted, as one shared array. */
  areaSet(areas: string[]): readonly string[] {
    if (areas.length > 1) areas.sort();
    const key = areas.length === 1 ? (areas[0] ?? '') : areas.join('\u0000');
    let set = this.areaSets.get(key);
    if (!set) {
      set = Object.freeze(areas);
      this.areaSets.set(key, set);
    }
    return set;
  }
}

const EVIDENCE_KEY_HINT = /-by[ \t]*:/i;

/** Reduces a parsed commit to its cacheable facts. */
export function commitFacts(c: LogCommit, people: FactInterner, boundary: ReadonlySet<string>): CommitFacts {
  const areas: string[] = [];
  const docs: DocChange[] = [];
  for (const ch of c.changes) {
    addArea(areas, areaOf(ch.path));
    if (ch.oldPath !== undefined) addArea(areas, areaOf(ch.oldPath));
    // Symlinks and submodules are not documents, whatever their names.
    if (ch.newMode === '120000' || ch.newMode === '160000') continue;
    if (!isDocumentFile(ch.path) && !(ch.oldPath !== undefined && isDocumentFile(ch.oldPath))) continue;
    docs.push({ status: ch.status, path: ch.path, oldPath: ch.oldPath, oldBlob: ch.oldBlob, newBlob: ch.newBlob });
  }
  const merge = c.parents.length > 1;
  // Every evidence trailer key ends in "-by": most bodies can skip trailer parsing altogether.
  const trailers = EVIDENCE_KEY_HINT.test(c.body) ? evidenceTrailers(c.body, people) : NONE;
  const pullRequest = merge ? detachedRequest(parsePullRequestMerge(c.subject, c.body)) : undefined;
  const keepSubject = merge || trailers.length > 0;
  const type = conventionalType(c.subject);
  // Every field present (undefined when absent): one object shape, as the cache decoder builds.
  return {
    sha: c.sha,
    author: people.person(c.authorName, c.authorEmail),
    date: people.day(c.authorDate),
    merge: merge || undefined,
    boundary: boundary.has(c.sha) || undefined,
    forgeSquash: isForgeSquashMerge(c.subject, c.committerEmail, c.parents.length) || undefined,
    areas: people.areaSet(areas),
    type,
    subject: keepSubject ? c.subject : undefined,
    trailers: trailers.length > 0 ? trailers : undefined,
    pullRequest,
    mergedTip: pullRequest ? detached(c.parents[1] ?? '') : undefined,
    mergedAuthor: undefined,
    // A copy: an array grown by push keeps spare room, and these are kept for the whole history.
    docs: docs.length > 0 ? docs.slice() : undefined,
  };
}

function detachedRequest(pr: PullRequestMerge | undefined): PullRequestMerge | undefined {
  if (!pr) return undefined;
  return { ...pr, ...(pr.title !== undefined ? { title: detached(pr.title) } : {}), ...(pr.from !== undefined ? { from: detached(pr.from) } : {}) };
}

const NONE: readonly Trailer[] = [];

/**
 * The evidence trailers of a message body, shared through `people`. A function of its own: the
 * callbacks here would otherwise make every `commitFacts` call allocate a scope for them.
 */
function evidenceTrailers(body: string, people: FactInterner): readonly Trailer[] {
  return parseTrailers(body)
    .filter((t) => EVIDENCE_TRAILERS.has(t.key) && t.value !== '')
    .map((t) => people.trailer(t));
}

function addArea(areas: string[], area: string): void {
  if (!areas.includes(area)) areas.push(area);
}

/**
 * The monorepo folders whose subfolders are packages: `packages/*` (npm, pnpm, yarn workspaces),
 * `services/*` and `apps/*`. Only these, in every repository: other folders that sometimes hold
 * projects (`libs`, `modules`, `plugins`, `cmd`, `components`) just as often hold one project's
 * code, and guessing per repository made the same layout come out differently.
 */
export const CONTAINER_FOLDERS: ReadonlySet<string> = new Set(['packages', 'services', 'apps']);

/**
 * The area a path belongs to, the one rule every commit summary uses: its top-level folder
 * (`src/api/x.ts` → `src`), `.` for files at the root, and under a monorepo container folder the
 * package folder (`packages/core/src/x.ts` → `packages/core`; `packages/README.md` → `packages`).
 */
export function areaOf(path: string): string {
  const slash = path.indexOf('/');
  if (slash < 0) return '.';
  const top = path.slice(0, slash);
  if (!CONTAINER_FOLDERS.has(top)) return top;
  const second = path.indexOf('/', slash + 1);
  return second < 0 ? top : path.slice(0, second);
}

/**
 * Orders commits so that every parent comes before its children (oldest first). Git's default
 * order is nearly always the reverse of that; clock skew can break it, and document history (who
 * added a file first, through which renames) must replay changes in ancestry order. The common
 * case costs one pass; only a history that needs it gets the depth-first sort.
 */
export function oldestFirst<T extends { readonly sha: string; readonly parents: readonly string[] }>(newestFirst: readonly T[]): T[] {
  const position = new Map<string, number>();
  newestFirst.forEach((c, i) => position.set(c.sha, i));
  const inOrder = newestFirst.every((c, i) => c.parents.every((p) => (position.get(p) ?? Infinity) > i));
  if (inOrder) return [...newestFirst].reverse();
  const done = new Set<string>();
  const out: T[] = [];
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const start = newestFirst[i];
    if (!start || done.has(start.sha)) continue;
    // Iterative depth-first walk: a commit is emitted once all its in-range parents are.
    const stack: { c: T; next: number }[] = [{ c: start, next: 0 }];
    done.add(start.sha);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const parentSha = top.c.parents[top.next++];
      if (parentSha === undefined) {
        out.push(top.c);
        stack.pop();
        continue;
      }
      const at = position.get(parentSha);
      const parent = at === undefined ? undefined : newestFirst[at];
      if (parent && !done.has(parentSha)) {
        done.add(parentSha);
        stack.push({ c: parent, next: 0 });
      }
    }
  }
  return out;
}
