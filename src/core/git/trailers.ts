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

// git's own separator rule (trailer.c `find_separator`): letters, digits and dashes, optional blanks, a colon.
const TRAILER_LINE = /^([A-Za-z0-9-]+)[ \t]*:(.*)$/;
// A trailer glued to the end of the previous one's address by a mail client: `…@example.com>Reviewed-by: …`.
const GLUED_KEY = /([A-Za-z0-9][A-Za-z0-9-]*-by)[ \t]*:/iy;
const CHERRY_PICK = /^\(cherry picked from commit [0-9a-f]+\)$/;
const ISSUE_REFERENCE = /^[\w./-]*#\d+[,.;]?$/;
const NON_BLANK = /\S/;

/** How one line of a candidate trailer block reads. */
type LineKind = 'trailer' | 'continuation' | 'note' | 'other';

/**
 * The trailers of a message body (the text after the subject paragraph). A paragraph is a trailer
 * block when it holds trailers and nothing else but the notes that live among them: `Closes #12`,
 * `Fixes #99`, bare URLs, `[ maintainer: reworded ]`, a mailing list's lone `>`,
 * `(cherry picked from commit …)`. The last paragraph also counts by git's own rule: when it has a
 * `Signed-off-by: ` or cherry-pick line, a quarter of its lines being trailers is enough. Earlier
 * paragraphs count too (git reads only the last): a maintainer's `Acked-by:` placed above the final
 * sign-offs, or a co-author block in the middle of a squash-merge body.
 *
 * Every trailer `git interpret-trailers --parse` finds is found (a property test holds that);
 * prose that mentions `Reviewed-by:` inside a sentence is not a trailer, since a key must open its
 * line. Lines starting with `#` are comments, as for git. Everything is linear in the body's size.
 * Keys keep their written case for display; `key` is lower case for matching (`Reviewed-By` is common).
 */
export function parseTrailers(body: string): Trailer[] {
  const out: Trailer[] = [];
  const paragraphs: string[][] = [[]];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('#')) continue;
    const current = paragraphs[paragraphs.length - 1] as string[];
    if (!NON_BLANK.test(line)) {
      if (current.length > 0) paragraphs.push([]);
    } else current.push(line);
  }
  if ((paragraphs[paragraphs.length - 1] as string[]).length === 0) paragraphs.pop();
  paragraphs.forEach((lines, i) => {
    const block = trailerBlock(lines, i === paragraphs.length - 1);
    if (block) for (const t of block) out.push(t);
  });
  return out;
}

function trailerBlock(lines: readonly string[], last: boolean): Trailer[] | undefined {
  const block: { written: string; parts: string[]; length: number }[] = [];
  let trailers = 0;
  let notes = 0;
  let others = 0;
  // git's rule for the last paragraph: a quarter of trailers is enough once git itself wrote a line of it.
  let gitWritten = false;
  let previous: LineKind = 'other';
  for (const line of lines) {
    if (line.startsWith('Signed-off-by: ') || line.startsWith('(cherry picked from commit ')) gitWritten = true;
    const match = line.length <= LONGEST_LINE ? TRAILER_LINE.exec(line) : null;
    const kind = lineKind(line, previous, match !== null);
    previous = kind;
    if (kind === 'other') {
      others++;
      // Nothing else can make an earlier paragraph a block: stop reading it.
      if (!last) return undefined;
      continue;
    }
    if (kind === 'note') {
      notes++;
      continue;
    }
    if (kind === 'continuation') {
      const open = block[block.length - 1];
      // Pieces are joined once at the end: appending to a growing string (and trimming it) per line was quadratic.
      const piece = line.trim();
      if (open) {
        open.parts.push(piece);
        open.length += piece.length + 1;
      }
      continue;
    }
    trailers++;
    const value = (match?.[2] ?? '').trim();
    block.push({ written: match?.[1] ?? '', parts: [value], length: value.length });
  }
  if (trailers === 0 || (others > 0 && !(last && gitWritten && (trailers + notes) * 3 >= others))) return undefined;
  const out: Trailer[] = [];
  for (const t of block) {
    // A value unfolded past LONGEST_LINE names nobody a person could be; it is left out.
    if (t.length > LONGEST_LINE) continue;
    unglue(t.written, t.parts.length === 1 ? (t.parts[0] ?? '') : t.parts.filter((p) => p !== '').join(' '), out);
  }
  return out;
}

/**
 * What a line is inside a candidate block. `previous` decides continuations: an indented line
 * continues a trailer (or its continuation) and is prose anywhere else. Lines longer than
 * LONGEST_LINE are prose before any pattern sees them.
 */
function lineKind(line: string, previous: LineKind, keyed: boolean): LineKind {
  if (line.length > LONGEST_LINE) return 'other';
  if (line[0] === ' ' || line[0] === '\t') {
    if (previous === 'trailer' || previous === 'continuation') return 'continuation';
    return previous === 'note' ? 'note' : 'other';
  }
  if (keyed) return 'trailer';
  return isNote(line.trim()) ? 'note' : 'other';
}

/**
 * The lines that sit among trailers without being ones: `(cherry picked from commit …)`, a
 * bracketed maintainer note, a mailing list's lone `>`, a bare URL, and issue references such as
 * `Closes #1234`, `Part of #5260` or `Fixes octo/api#7, #8` (one to three words, then references).
 */
function isNote(t: string): boolean {
  // Most lines that get here are prose: every note but `>` lines has a `#`, a bracket or a URL.
  const c = t[0];
  if (c !== '>' && c !== '[' && c !== '(' && c !== '<' && c !== 'h' && !t.includes('#')) return false;
  if (t === '' || /^>+$/.test(t) || CHERRY_PICK.test(t)) return true;
  if (t.startsWith('[') && t.endsWith(']')) return true;
  if (/^<?https?:\/\/\S+$/.test(t)) return true;
  const words = t.split(/\s+/);
  let i = 0;
  while (i < words.length && i < 3 && /^[A-Za-z][A-Za-z-]*:?$/.test(words[i] ?? '')) i++;
  if (i === 0 || i === words.length) return false;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!ISSUE_REFERENCE.test(w) && w !== 'and' && w !== '&') return false;
  }
  return true;
}

/**
 * Pushes a trailer, split where a mail client glued the next trailer onto this one's address
 * (`Ana <ana@example.com>Reviewed-by: Bob <bob@example.com>`): git reads that as one trailer whose
 * value holds both; here it is both trailers. Only `…-by` keys right after a `>` are split, one
 * index search per `>`, so the scan stays linear.
 */
function unglue(written: string, value: string, out: Trailer[]): void {
  let key = written;
  let start = 0;
  for (let gt = value.indexOf('>'); gt >= 0; gt = value.indexOf('>', gt + 1)) {
    GLUED_KEY.lastIndex = gt + 1;
    const m = GLUED_KEY.exec(value);
    if (!m) continue;
    out.push({ key: key.toLowerCase(), written: key, value: value.slice(start, gt + 1).trim() });
    key = m[1] ?? '';
    start = GLUED_KEY.lastIndex;
    gt = start - 1;
  }
  out.push({ key: key.toLowerCase(), written: key, value: value.slice(start).trim() });
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
