import type { ChangeStatus } from '../../git/log-commit';
import type { PersonName } from '../../git/mailmap';
import type { CodeHost, PullRequestMerge } from '../../git/merge-subject';
import type { BlobFacts } from '../classification/classify-context';
import type { Trailer } from '../../git/trailers';
import type { FactInterner, CommitFacts, DocChange } from '../classification/commit-facts';
import { BOUNDARY, FORGE_SQUASH, MERGE } from '../history/commit-table';
import { HEX_SHA } from '../history/hex-sha';
import type { DocumentHeader } from '../classification/document-header';

/**
 * The cache's on-disk shape for commit facts: columns rather than one record per commit. A warm
 * start decodes every commit of the history (100k in the benchmark), so the shape is chosen for
 * JSON.parse: shas are one long string, per-commit values are arrays of small integers, values
 * that repeat (authors, area sets, trailers, types) are tables, and rare fields (subjects,
 * trailers, merges, document changes) are stored only for the commits that have them. Decoding
 * checks the shape and throws on anything unexpected, so a damaged file is discarded, never trusted.
 */

/** Bumped whenever the encoding or the meaning of a fact changes; older caches are rebuilt. */
export const FACT_FORMAT_VERSION = 8;

/** A segment of commit facts as stored in a cache file. */
export interface EncodedSegment {
  readonly v: number;
  readonly count: number;
  /** Every sha, concatenated; each is `shaLength` characters (40, or 64 for SHA-256 repositories). */
  readonly shas: string;
  readonly shaLength: number;
  readonly people: [string, string][];
  readonly author: number[];
  /** Author dates as days since 1970-01-01. */
  readonly day: number[];
  /** Bit 1: merge; bit 2: shallow boundary; bit 4: squash or rebase merge made on a forge. */
  readonly flags: number[];
  readonly areaSets: string[][];
  readonly areaSet: number[];
  /** Index into `types`, where 0 is "no conventional type". */
  readonly types: string[];
  readonly type: number[];
  /** Sparse columns: `xAt` lists the commit indexes that have an `x`, in order. */
  readonly subjectAt: number[];
  readonly subjects: string[];
  readonly trailers: [string, string][];
  readonly trailersAt: number[];
  readonly trailerLists: number[][];
  readonly mergeAt: number[];
  /** [host, number, title|0, from|0, merged tip|0, merged tip's author or -1] */
  readonly merges: unknown[][];
  readonly docsAt: number[];
  /** [status, path, old path|0, old blob|0, new blob|0] per change */
  readonly docs: unknown[][][];
}

const DAY_MS = 86_400_000;

/**
 * Decodes a segment into `into`, sharing author objects through `table`; with `onlyDocuments`,
 * only the commits that changed documents (all that document evidence needs). Throws on any shape
 * it does not expect, so a damaged file is discarded, never trusted.
 */
export function decodeSegment(data: unknown, table: FactInterner, into: (commit: CommitFacts) => void, onlyDocuments = false): void {
  const seg = data as Partial<EncodedSegment> | null;
  if (!seg || seg.v !== FACT_FORMAT_VERSION || typeof seg.count !== 'number' || typeof seg.shas !== 'string' || typeof seg.shaLength !== 'number') {
    throw new Error('not a commit-facts segment of this version');
  }
  const n = seg.count;
  const L = seg.shaLength;
  const column = <T>(v: T[] | undefined, length: number | undefined, what: string): T[] => {
    if (!Array.isArray(v) || (length !== undefined && v.length !== length)) throw new Error(`bad ${what} column`);
    return v;
  };
  if (seg.shas.length !== n * L || (n > 0 && !HEX_SHA.test(seg.shas))) throw new Error('bad shas column');
  const people = column(seg.people, undefined, 'people').map((p) => table.person(str(p[0]), str(p[1])));
  const author = column(seg.author, n, 'author');
  const day = column(seg.day, n, 'day');
  const flags = column(seg.flags, n, 'flags');
  const areaSets = column(seg.areaSets, undefined, 'area sets').map((a) => table.areaSet(column(a, undefined, 'area set').map(str)));
  const areaSet = column(seg.areaSet, n, 'area set');
  const types = column(seg.types, undefined, 'types').map(str);
  const type = column(seg.type, n, 'type');
  const trailerTable: Trailer[] = column(seg.trailers, undefined, 'trailers').map((t) => table.trailer({ key: str(t[0]).toLowerCase(), written: str(t[0]), value: str(t[1]) }));
  const at = <T>(list: readonly T[], i: unknown, what: string): T => {
    const v = list[i as number];
    if (v === undefined) throw new Error(`bad ${what} index`);
    return v;
  };
  const lists = new Map<string, readonly Trailer[]>();
  const subjects = sparse(seg.subjectAt, seg.subjects, n, 'subject', str);
  const trailers = sparse(seg.trailersAt, seg.trailerLists, n, 'trailers', (v) => {
    const key = String(v);
    let list = lists.get(key);
    if (!list) {
      list = column(v as unknown[], undefined, 'trailer list').map((ti) => at(trailerTable, ti, 'trailer'));
      lists.set(key, list);
    }
    return list;
  });
  const merges = sparse(seg.mergeAt, seg.merges, n, 'merge', (v) => decodePullRequest(column(v as unknown[], undefined, 'merge'), (i) => at(people, i, 'person')));
  const docs = sparse(seg.docsAt, seg.docs, n, 'docs', (v) => column(v as unknown[][], undefined, 'doc changes').map(decodeDoc));
  const dates = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const changes = docs.at(i);
    const subject = subjects.at(i);
    const trailerList = trailers.at(i);
    const merge = merges.at(i);
    if (onlyDocuments && !changes) continue;
    const d = day[i] as number;
    let date = dates.get(d);
    if (date === undefined) {
      date = dateOfDay(num(d));
      dates.set(d, date);
    }
    const f = flags[i] as number;
    const t = type[i] as number;
    // One object shape for every commit keeps property access monomorphic in the classifiers.
    into({
      sha: seg.shas.slice(i * L, i * L + L),
      author: at(people, author[i], 'person'),
      date,
      merge: (f & MERGE) !== 0 || undefined,
      boundary: (f & BOUNDARY) !== 0 || undefined,
      forgeSquash: (f & FORGE_SQUASH) !== 0 || undefined,
      areas: at(areaSets, areaSet[i], 'area set'),
      type: t === 0 ? undefined : at(types, t, 'type'),
      subject,
      trailers: trailerList,
      pullRequest: merge?.pullRequest,
      mergedTip: merge?.mergedTip,
      mergedAuthor: merge?.mergedAuthor,
      docs: changes,
    });
  }
  for (const c of [subjects, trailers, merges, docs]) c.finish();
}

/**
 * A sparse column read in commit order: `at(i)` must be called with rising `i`. Indexes must rise
 * strictly and stay below `n`: any other list leaves values unread, which `finish` reports as a
 * damaged file.
 */
function sparse<T>(indexes: unknown, values: unknown, n: number, what: string, decode: (v: unknown) => T): { at(i: number): T | undefined; finish(): void } {
  if (!Array.isArray(indexes) || !Array.isArray(values) || indexes.length !== values.length) throw new Error(`bad ${what} column`);
  let next = 0;
  return {
    at(i) {
      const want = indexes[next] as unknown;
      if (want !== i) return undefined;
      if (typeof want !== 'number' || want >= n) throw new Error(`bad ${what} index`);
      return decode(values[next++]);
    },
    finish() {
      if (next !== indexes.length) throw new Error(`bad ${what} index`);
    },
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`bad commit date "${date}"`);
  return Math.round(ms / DAY_MS);
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function decodePullRequest(
  [host, number, title, from, tip, mergedAuthor]: unknown[],
  personAt: (i: unknown) => PersonName,
): { pullRequest: PullRequestMerge; mergedTip?: string; mergedAuthor?: PersonName } {
  const pullRequest: PullRequestMerge = {
    host: str(host) as CodeHost,
    number: num(number),
    ...(title ? { title: str(title) } : {}),
    ...(from ? { from: str(from) } : {}),
  };
  return {
    pullRequest,
    ...(tip ? { mergedTip: str(tip) } : {}),
    ...(typeof mergedAuthor === 'number' && mergedAuthor >= 0 ? { mergedAuthor: personAt(mergedAuthor) } : {}),
  };
}

function decodeDoc([status, path, oldPath, oldBlob, newBlob]: unknown[]): DocChange {
  return {
    status: str(status) as ChangeStatus,
    path: str(path),
    ...(oldPath ? { oldPath: str(oldPath) } : {}),
    ...(oldBlob ? { oldBlob: str(oldBlob) } : {}),
    ...(newBlob ? { newBlob: str(newBlob) } : {}),
  };
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('expected a string');
  return v;
}

function num(v: unknown): number {
  if (typeof v !== 'number') throw new Error('expected a number');
  return v;
}

/** Blob facts as stored in a cache file. */
export interface EncodedBlobFacts {
  readonly v: number;
  /** blob id → [authors, declaredIn or 0, title or 0, non-blank lines, declared number or 0, helpers as [phrase, name] pairs] */
  readonly headers: Record<string, [string[], string | 0, string | 0, number, (string | 0)?, [string, string][]?]>;
  /** `old..new` → lines added */
  readonly added: Record<string, number>;
}

/**
 * Blob facts as the JSON text of a cache file (`EncodedBlobFacts`), in pieces: one row at a time
 * from the maps, with no copy of the whole (tens of thousands of document versions) in between.
 */
export function* blobFactsJson(facts: BlobFacts): Generator<string> {
  yield `{"v":${FACT_FORMAT_VERSION},"headers":{`;
  let first = true;
  for (const [id, h] of facts.headers) {
    yield `${first ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(headerRow(h))}`;
    first = false;
  }
  yield '},"added":{';
  first = true;
  for (const [key, lines] of facts.addedLines) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(lines)}`;
    first = false;
  }
  yield '}}';
}

function headerRow(h: DocumentHeader): EncodedBlobFacts['headers'][string] {
  const row: EncodedBlobFacts['headers'][string] = [[...h.authors], h.declaredIn ?? 0, h.title ?? 0, h.lines];
  if (h.number || h.helpers) row.push(h.number ?? 0);
  if (h.helpers) row.push(h.helpers.map((m): [string, string] => [m.phrase, m.name]));
  return row;
}

/** Blob facts from a cache file; throws on a shape it does not expect. */
export function decodeBlobFacts(data: unknown): BlobFacts {
  const enc = data as Partial<EncodedBlobFacts> | null;
  if (!enc || enc.v !== FACT_FORMAT_VERSION || typeof enc.headers !== 'object' || typeof enc.added !== 'object' || !enc.headers || !enc.added) {
    throw new Error('not blob facts of this version');
  }
  const headers = new Map<string, DocumentHeader>();
  for (const [id, row] of Object.entries(enc.headers)) {
    if (!Array.isArray(row) || !Array.isArray(row[0])) throw new Error('bad header row');
    const [authors, declaredIn, title, lines, number, helpers] = row;
    if (helpers !== undefined && !Array.isArray(helpers)) throw new Error('bad helpers');
    headers.set(id, {
      authors: authors.map(str),
      ...(declaredIn ? { declaredIn: str(declaredIn) } : {}),
      ...(title ? { title: str(title) } : {}),
      ...(number ? { number: str(number) } : {}),
      ...(helpers ? { helpers: helpers.map((m) => ({ phrase: str(m[0]), name: str(m[1]) })) } : {}),
      lines: num(lines),
    });
  }
  const addedLines = new Map<string, number>();
  for (const [key, n] of Object.entries(enc.added)) addedLines.set(key, num(n));
  return { headers, addedLines };
}
