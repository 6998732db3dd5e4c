import type { PersonName } from '../../git/mailmap';
import type { Trailer } from '../../git/trailers';
import type { CommitFacts } from '../classification/commit-facts';
import { Interned } from '../history/commit-table';
import { sequenceOf, TableView, type CommitSequence } from '../history/commit-sequence';
import { dayNumber, FACT_FORMAT_VERSION } from './fact-codec';

/** Shas per piece of text, and characters per piece of a column (see `Pieces`). */
const PIECE = 1024;
const PIECE_CHARS = 16_384;

/**
 * A cache segment (the shape `EncodedSegment` describes, oldest commit first) as JSON text in
 * pieces, written straight from a table view's columns (other commits are put in a table first). A whole history as one string was the
 * largest allocation of a cold run (the shas alone are 40 bytes a commit); pieces are written to
 * the file one after another and never held together.
 */
export function* segmentJson(commits: CommitSequence | Iterable<CommitFacts>): Generator<string> {
  const view = commits instanceof TableView ? commits : sequenceOf(commits);
  const t = view.table;
  const n = view.length;
  const pos = (k: number) => view.position(k);
  const L = t.hashLength;
  yield `{"v":${FACT_FORMAT_VERSION},"count":${n},"shaLength":${L},"shas":"`;
  const latin1 = new TextDecoder('latin1');
  const hex = new Uint8Array(PIECE * L);
  for (let from = 0; from < n; from += PIECE) {
    const to = Math.min(n, from + PIECE);
    for (let k = from; k < to; k++) t.writeShaHex(pos(k), hex, (k - from) * L);
    yield latin1.decode(hex.subarray(0, (to - from) * L));
  }
  yield '"';
  const dayNumbers = t.days.rows.map(dayNumber);
  yield* column('author', n, (k) => t.authorIndexAt(pos(k)));
  yield* column('day', n, (k) => dayNumbers[t.dayIndexAt(pos(k))] as number);
  yield* column('flags', n, (k) => t.flagsAt(pos(k)));
  yield* column('areaSet', n, (k) => t.areaSetIndexAt(pos(k)));
  yield* column('type', n, (k) => t.typeIndexAt(pos(k)));
  yield* sparse('subject', n, (k) => t.hasSubjectAt(pos(k)), (k) => JSON.stringify(t.subjectAt(pos(k))));
  const trailers = new Interned<Trailer>();
  const trailerList = (k: number) => `[${(t.trailersAt(pos(k)) ?? []).map((tr) => trailers.at(tr)).join(',')}]`;
  yield* sparse('trailer', n, (k) => t.trailersAt(pos(k)) !== undefined, trailerList, 'trailersAt', 'trailerLists');
  // People stay in the table's order (author indexes point into it); a merged branch's author
  // from another history is added after them.
  const people = new Interned<PersonName>();
  for (const p of t.people.rows) people.at(p);
  yield* sparse('merge', n, (k) => t.hasPullRequestAt(pos(k)), (k) => {
    const p = pos(k);
    const pr = t.pullRequestAt(p);
    const by = t.mergedAuthorAt(p);
    return JSON.stringify([pr?.host, pr?.number, pr?.title ?? 0, pr?.from ?? 0, t.mergedTipAt(p) ?? 0, by ? people.at(by) : -1]);
  });
  const docs = (k: number) => JSON.stringify((t.docsAt(pos(k)) ?? []).map((d) => [d.status, d.path, d.oldPath ?? 0, d.oldBlob ?? 0, d.newBlob ?? 0]));
  yield* sparse('docs', n, (k) => t.hasDocsAt(pos(k)), docs, 'docsAt', 'docs');
  yield `,"people":${JSON.stringify(people.rows.map((p) => [p.name, p.email]))}`;
  yield `,"areaSets":${JSON.stringify(t.areaSets.rows)}`;
  yield `,"types":${JSON.stringify(['', ...t.types.rows])}`;
  yield `,"trailers":${JSON.stringify(trailers.rows.map((tr) => [tr.written, tr.value]))}}`;
}

/** One per-commit column of small integers. */
function* column(name: string, n: number, value: (k: number) => number): Generator<string> {
  yield `,"${name}":[`;
  const out = new Pieces();
  for (let k = 0; k < n; k++) {
    const piece = out.add(String(value(k)));
    if (piece !== undefined) yield piece;
  }
  yield `${out.rest()}]`;
}

/** A sparse column: the indexes of the commits that have a value (`<name>At`), then their values. */
function* sparse(name: string, n: number, has: (k: number) => boolean, json: (k: number) => string, atKey = `${name}At`, valuesKey = `${name}s`): Generator<string> {
  for (const [key, part] of [
    [atKey, String],
    [valuesKey, json],
  ] as const) {
    yield `,"${key}":[`;
    const out = new Pieces();
    for (let k = 0; k < n; k++) {
      if (!has(k)) continue;
      const piece = out.add(part(k));
      if (piece !== undefined) yield piece;
    }
    yield `${out.rest()}]`;
  }
}

/**
 * Array members joined by commas into pieces of about PIECE_CHARS characters: large enough to
 * write efficiently, small enough to be short-lived young garbage (a large string would be made
 * in the old generation and live until the next full collection).
 */
class Pieces {
  private parts: string[] = [];
  private size = 0;
  private first = true;

  /** Adds a member; returns a piece to write when one is full. */
  add(member: string): string | undefined {
    this.parts.push(member);
    this.size += member.length + 1;
    return this.size >= PIECE_CHARS ? this.rest() : undefined;
  }

  /** What is gathered, as a piece ('' when nothing is). */
  rest(): string {
    if (this.parts.length === 0) return '';
    const piece = (this.first ? '' : ',') + this.parts.join(',');
    this.first = false;
    this.parts = [];
    this.size = 0;
    return piece;
  }
}
