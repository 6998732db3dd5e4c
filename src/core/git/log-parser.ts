import { concatBytes } from './bytes';
import { LOG_FIELDS } from './log-fields';
import type { ChangeStatus, FileChange, LogCommit } from './log-commit';

/**
 * The date given to a commit whose author date is unusable: git prints `%aI` itself for a missing
 * or negative date, years past 9999 and offsets like `+99:99` are not dates JavaScript can read,
 * and git shows an overflowing timestamp as the epoch. Such a commit stays in the history (its
 * files and trailers still count for authorship) but falls in no evidence window.
 */
export const UNDATED = '1970-01-01T00:00:00+00:00';

/** `%aI` as git prints a readable date: year 1970–9999, offset within ±14:59. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/** Whether `%aI` output is a date the rest of mining can use. */
export function isUsableDate(date: string): boolean {
  const m = ISO_DATE.exec(date);
  if (!m) return false;
  if (Number(m[1]) < 1970 || Number(m[8]) > 14 || Number(m[9]) > 59) return false;
  const ms = Date.parse(date);
  return !Number.isNaN(ms) && ms > 0;
}

/** Raised when git's output does not have the shape `logArguments` asks for. */
export class LogParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogParseError';
  }
}

/** Decodes bytes [start, end) of a chunk as UTF-8 (invalid sequences become U+FFFD). */
export type DecodeSlice = (bytes: Uint8Array, start: number, end: number) => string;

/**
 * Decides from its raw bytes whether a commit body is needed (given the commit's parents field);
 * an unneeded body is passed on as ''.
 */
export type BodyFilter = (bytes: Uint8Array, start: number, end: number, parents: string) => boolean;

/** Decides from a change's path (and old path) whether its blob ids and mode are needed. */
export type BlobFilter = (path: string, oldPath: string | undefined) => boolean;

export interface LogParserOptions {
  /** UTF-8 decoder (default: TextDecoder; Node callers pass a faster Buffer slicer). */
  readonly decode?: DecodeSlice;
  /** Bodies to decode (default: all). */
  readonly keepBody?: BodyFilter;
  /** Changes whose blob ids and mode to keep (default: all). */
  readonly keepBlobs?: BlobFilter;
}

const NUL = 0;
const SPACE = 32;
const FIELD_COUNT = LOG_FIELDS.length;
const PARENTS = LOG_FIELDS.findIndex((f) => f.name === 'parents');
const BODY = LOG_FIELDS.findIndex((f) => f.name === 'body');
const STATUS_LETTERS = new Set('ACDMRTUXB');

/** The change being read: its status has been seen, its paths are still coming. */
interface PendingChange {
  status: ChangeStatus;
  score: number | undefined;
  /** Where the raw line's blob ids and mode are, decoded only if the paths turn out to want them. */
  raw: Uint8Array | undefined;
  modeStart: number;
  oldStart: number;
  newStart: number;
  idLength: number;
  /** The first path of a rename or copy. */
  firstPath: string | undefined;
  /** 1, or 2 for renames and copies; 0 when no change is pending. */
  pathCount: number;
}

/**
 * Streams `git log -z --format=<LOG_FORMAT> --raw` output into commits, one at a time, without ever
 * holding more than the commit being read. Feed it chunks exactly as they arrive from the process
 * (a chunk may end anywhere, even inside a multi-byte character); call `end()` once git exits.
 *
 * The stream is a sequence of NUL-terminated tokens: the header fields of a commit, then its
 * changes (a `:`-prefixed raw line followed by one path, or two for
 * renames and copies). A token that is neither starts the next commit; a sha never looks like a
 * change, so the shape is unambiguous. Invalid UTF-8 in messages or paths becomes U+FFFD instead of
 * failing the whole read. Raw lines are read as bytes: they are half of git's output, and most of
 * them only need their status letter.
 */
export class LogStreamParser {
  private readonly decode: DecodeSlice;
  private readonly keepBody: BodyFilter | undefined;
  private readonly keepBlobs: BlobFilter | undefined;
  private carry: Uint8Array[] = [];
  private fields: string[] = [];
  private changes: FileChange[] = [];
  /** Reused for every change: a cold read sees hundreds of thousands. */
  private readonly change: PendingChange = { status: 'M', score: undefined, raw: undefined, modeStart: 0, oldStart: 0, newStart: 0, idLength: 0, firstPath: undefined, pathCount: 0 };
  private count = 0;

  constructor(
    private readonly onCommit: (commit: LogCommit) => void,
    options: LogParserOptions = {},
  ) {
    this.decode = options.decode ?? textDecoderSlice();
    this.keepBody = options.keepBody;
    this.keepBlobs = options.keepBlobs;
  }

  /** How many commits have been emitted so far. */
  get commitsRead(): number {
    return this.count;
  }

  push(chunk: Uint8Array): void {
    let start = 0;
    for (;;) {
      const nul = chunk.indexOf(NUL, start);
      if (nul < 0) break;
      if (this.carry.length > 0) {
        this.carry.push(chunk.subarray(start, nul));
        const joined = concatBytes(this.carry);
        this.carry = [];
        this.token(joined, 0, joined.length);
      } else {
        this.token(chunk, start, nul);
      }
      start = nul + 1;
    }
    // Copy: the caller may reuse its buffer once push returns.
    if (start < chunk.length) this.carry.push(chunk.slice(start));
    const c = this.change;
    if (c.raw === chunk) {
      // A raw line whose paths come in the next chunk: keep a copy of just its mode and ids.
      const from = c.modeStart;
      c.raw = chunk.slice(from, c.newStart + c.idLength);
      c.modeStart -= from;
      c.oldStart -= from;
      c.newStart -= from;
    }
  }

  /** Flushes the last commit. Throws when the output stopped in the middle of a commit header. */
  end(): void {
    if (this.carry.length > 0) {
      const joined = concatBytes(this.carry);
      this.carry = [];
      if (this.decode(joined, 0, joined.length).trim() !== '') this.token(joined, 0, joined.length);
    }
    if (this.change.pathCount > 0) throw new LogParseError(`git log output ended inside the changes of commit ${this.fields[0] ?? '?'}`);
    if (this.fields.length > 0 && this.fields.length < FIELD_COUNT) {
      throw new LogParseError(`git log output ended inside the header of commit ${this.fields[0] ?? '?'}`);
    }
    this.flush();
  }

  private token(bytes: Uint8Array, start: number, end: number): void {
    const n = this.fields.length;
    if (n < FIELD_COUNT) {
      // A body the filter says is not needed stays undecoded (most bodies are not).
      const skip = n === BODY && this.keepBody !== undefined && !this.keepBody(bytes, start, end, this.fields[PARENTS] ?? '');
      this.fields.push(skip ? '' : this.decode(bytes, start, end));
      return;
    }
    const c = this.change;
    if (c.pathCount > 0) {
      const path = this.decode(bytes, start, end);
      if (c.pathCount === 2 && c.firstPath === undefined) c.firstPath = path;
      else this.finishChange(c, path);
      return;
    }
    // git puts a newline between a commit's header and its first change.
    const s = bytes[start] === 10 ? start + 1 : start;
    if (s === end) return;
    if (bytes[s] === 58 /* : */) {
      this.rawChange(bytes, s, end);
      return;
    }
    // Anything else after a commit's changes is the next commit's sha.
    this.flush();
    this.fields.push(this.decode(bytes, s, end));
  }

  /** `:100644 100644 <old> <new> R087`, read as bytes: only the status is always needed. */
  private rawChange(bytes: Uint8Array, start: number, end: number): void {
    const s1 = bytes.indexOf(SPACE, start);
    const s2 = s1 < 0 ? -1 : bytes.indexOf(SPACE, s1 + 1);
    const s3 = s2 < 0 ? -1 : bytes.indexOf(SPACE, s2 + 1);
    const s4 = s3 < 0 ? -1 : bytes.indexOf(SPACE, s3 + 1);
    if (s4 < 0 || s4 >= end - 1) throw new LogParseError(`unexpected raw diff line "${this.decode(bytes, start, Math.min(end, start + 80))}"`);
    let score: number | undefined;
    for (let i = s4 + 2; i < end; i++) {
      const d = (bytes[i] ?? 0) - 48;
      if (d < 0 || d > 9) throw new LogParseError(`unexpected change status in "${this.decode(bytes, start, end)}"`);
      score = (score ?? 0) * 10 + d;
    }
    this.status(String.fromCharCode(bytes[s4 + 1] ?? 0), score);
    const c = this.change;
    c.raw = bytes;
    c.modeStart = s1 + 1;
    c.oldStart = s2 + 1;
    c.newStart = s3 + 1;
    c.idLength = s3 - s2 - 1;
  }

  private status(letter: string, score: number | undefined): void {
    if (!STATUS_LETTERS.has(letter)) throw new LogParseError(`unexpected change status "${letter}"`);
    const c = this.change;
    c.status = letter as ChangeStatus;
    c.score = score;
    c.firstPath = undefined;
    c.pathCount = letter === 'R' || letter === 'C' ? 2 : 1;
  }

  private finishChange(c: PendingChange, path: string): void {
    let oldBlob: string | undefined;
    let newBlob: string | undefined;
    let newMode: string | undefined;
    if (c.raw && (!this.keepBlobs || this.keepBlobs(path, c.firstPath))) {
      oldBlob = blobId(c.raw, c.oldStart, c.idLength, this.decode);
      newBlob = blobId(c.raw, c.newStart, c.idLength, this.decode);
      newMode = this.decode(c.raw, c.modeStart, c.modeStart + 6);
    }
    // Absent fields are undefined rather than missing: one object shape, and no temporary objects.
    this.changes.push({ status: c.status, score: c.score, path, oldPath: c.firstPath, oldBlob, newBlob, newMode });
    c.pathCount = 0;
    c.firstPath = undefined;
    c.raw = undefined;
  }

  private flush(): void {
    if (this.fields.length === 0) return;
    const f = this.fields;
    const parents = f[1] ?? '';
    const date = f[4] ?? '';
    const usable = isUsableDate(date);
    this.onCommit({
      sha: f[0] ?? '',
      parents: parents === '' ? [] : parents.split(' '),
      authorName: f[2] ?? '',
      authorEmail: f[3] ?? '',
      authorDate: usable ? date : UNDATED,
      undated: usable ? undefined : true,
      committerEmail: f[5] ?? '',
      subject: f[6] ?? '',
      body: f[7] ?? '',
      changes: this.changes,
    });
    this.count++;
    this.fields = [];
    this.changes = [];
  }
}

/** The blob id at [start, start + length), or undefined for git's all-zero "no blob". */
function blobId(bytes: Uint8Array, start: number, length: number, decode: DecodeSlice): string | undefined {
  for (let i = start; i < start + length; i++) if (bytes[i] !== 48) return decode(bytes, start, start + length);
  return undefined;
}

/** The portable decoder; Node callers pass a faster one that slices Buffers directly. */
function textDecoderSlice(): DecodeSlice {
  const decoder = new TextDecoder('utf-8');
  return (bytes, start, end) => decoder.decode(bytes.subarray(start, end));
}
