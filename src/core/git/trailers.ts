import { LONGEST_LINE } from './text-limits';

/**
 * Trailers (`Reviewed-by: Ana <ana@example.com>`) read from a commit message body by this project's
 * own rules rather than git's `%(trailers)`, whose behaviour depends on repository config
 * (`trailer.*`, separators) that an untrusted clone controls.
 */

/** One trailer: the key in lower case (`reviewed-by`), the key as written, and the unfolded value. */
export interface Trailer {
  readonly key: string;
  readonly written: string;
  readonly value: string;
}

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:(.*)$/;
const CHERRY_PICK = /^\(cherry picked from commit [0-9a-f]+\)$/;

/**
 * The trailers of a message body. A paragraph counts as a trailer block when every line in it is a
 * `Key: value` line, an indented continuation of the line before, or git's `(cherry picked from
 * commit …)` note. Git itself only looks at the last paragraph; here every such paragraph after the
 * subject counts, because squash merges and some hosts put co-author blocks in the middle.
 * Keys keep their written case for display; `key` is lower case for matching (`Reviewed-By` is common).
 */
export function parseTrailers(body: string): Trailer[] {
  const out: Trailer[] = [];
  for (const paragraph of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const block = trailerBlock(paragraph);
    if (block) for (const t of block) out.push(t);
  }
  return out;
}

function trailerBlock(paragraph: string): Trailer[] | undefined {
  const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return undefined;
  const block: { written: string; parts: string[]; length: number }[] = [];
  for (const line of lines) {
    // No trailer line is this long: the paragraph is prose (or crafted), and no pattern runs on it.
    if (line.length > LONGEST_LINE) return undefined;
    if (/^[ \t]/.test(line)) {
      const last = block[block.length - 1];
      if (!last) return undefined;
      // Pieces are joined once at the end: appending to a growing string (and trimming it) per line was quadratic.
      const piece = line.trim();
      last.parts.push(piece);
      last.length += piece.length + 1;
      continue;
    }
    if (CHERRY_PICK.test(line.trim())) continue;
    const m = TRAILER_LINE.exec(line);
    if (!m) return undefined;
    const value = (m[2] ?? '').trim();
    block.push({ written: m[1] ?? '', parts: [value], length: value.length });
  }
  // A value unfolded past LONGEST_LINE names nobody a person could be; it is left out.
  return block
    .filter((t) => t.length <= LONGEST_LINE)
    .map((t) => ({ key: t.written.toLowerCase(), written: t.written, value: t.parts.filter((p) => p !== '').join(' ') }));
}

/** Trailer keys (lower case) that name someone who reviewed the commit. */
export const REVIEW_TRAILERS: ReadonlySet<string> = new Set(['reviewed-by', 'acked-by', 'tested-by', 'approved-by']);
/** Trailer keys that name someone who mentored the commit's author. */
export const MENTORING_TRAILERS: ReadonlySet<string> = new Set(['mentored-by']);
/** Trailer keys that name someone who worked on the commit with its author. */
export const PAIRING_TRAILERS: ReadonlySet<string> = new Set(['helped-by', 'co-authored-by', 'co-developed-by']);
/** Of the pairing keys, those that make someone a co-author (the only ones that count on the person's own commits). */
export const CO_AUTHOR_TRAILERS: ReadonlySet<string> = new Set(['co-authored-by', 'co-developed-by']);

/** Every trailer key mining cares about; the rest are not kept in the cache. */
export const EVIDENCE_TRAILERS: ReadonlySet<string> = new Set([...REVIEW_TRAILERS, ...MENTORING_TRAILERS, ...PAIRING_TRAILERS]);

/**
 * Whether a message body (raw bytes) may hold an evidence trailer: every evidence key ends in
 * "-by" followed by a colon. A byte scan, so that bodies without one need not be decoded at all.
 */
export function mayHoldEvidenceTrailer(bytes: Uint8Array, start: number, end: number): boolean {
  let at = bytes.indexOf(45 /* - */, start);
  while (at >= 0 && at + 3 < end) {
    const b = bytes[at + 1];
    const y = bytes[at + 2];
    if ((b === 98 || b === 66) && (y === 121 || y === 89)) {
      let i = at + 3;
      while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
      if (i < end && bytes[i] === 58 /* : */) return true;
    }
    at = bytes.indexOf(45, at + 1);
  }
  return false;
}

/** The body filter mining uses: merges keep their body (pull request titles), other commits only when a trailer may be in it. */
export function evidenceBodyFilter(bytes: Uint8Array, start: number, end: number, parents: string): boolean {
  return parents.includes(' ') || mayHoldEvidenceTrailer(bytes, start, end);
}
