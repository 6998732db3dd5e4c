import { concatBytes } from './bytes';

/**
 * Streams `git cat-file --batch` output: for each requested object a header line
 * `<id> <type> <size>` followed by exactly `size` bytes and a newline, or `<name> missing`.
 * Only the first `maxBytes` of each object are kept, so a huge file never sits in memory.
 */

/** One object from `git cat-file --batch`: found (with at most `maxBytes` of content) or missing. */
export interface BlobRecord {
  /** The id git answered with (the requested name for a missing object). */
  readonly id: string;
  readonly missing: boolean;
  readonly type?: string;
  readonly size?: number;
  /** At most `maxBytes` bytes of the content. */
  readonly content?: Uint8Array;
  readonly truncated?: boolean;
}

const LF = 10;

/** Streaming parser of `git cat-file --batch` output; feed chunks with `push`, then call `end`. */
export class BlobBatchParser {
  private header: Uint8Array[] = [];
  private current: { id: string; type: string; size: number; kept: Uint8Array[]; keptBytes: number; remaining: number } | undefined;
  /** After an object's bytes git writes one newline, which must be skipped. */
  private skipNewline = false;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly onBlob: (blob: BlobRecord) => void,
    private readonly maxBytes: number = 1 << 20,
  ) {}

  push(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skipNewline) {
        this.skipNewline = false;
        if (chunk[at] === LF) at++;
        continue;
      }
      if (this.current) {
        at = this.body(chunk, at);
        continue;
      }
      const lf = chunk.indexOf(LF, at);
      if (lf < 0) {
        this.header.push(chunk.slice(at));
        return;
      }
      this.header.push(chunk.subarray(at, lf));
      at = lf + 1;
      this.startObject(this.decoder.decode(concatBytes(this.header)));
      this.header = [];
    }
  }

  /** Throws when git stopped in the middle of an object. */
  end(): void {
    if (this.current) throw new Error(`git cat-file output ended inside object ${this.current.id}`);
  }

  private startObject(line: string): void {
    const parts = line.trim().split(' ');
    if (parts[parts.length - 1] === 'missing' || parts.length < 3) {
      this.onBlob({ id: parts[0] ?? line, missing: true });
      return;
    }
    const size = Number(parts[2]);
    this.current = { id: parts[0] ?? '', type: parts[1] ?? '', size, kept: [], keptBytes: 0, remaining: size };
    if (size === 0) this.finishObject();
  }

  private body(chunk: Uint8Array, at: number): number {
    const c = this.current;
    if (!c) return at;
    const take = Math.min(c.remaining, chunk.length - at);
    const room = this.maxBytes - c.keptBytes;
    if (room > 0) {
      const keep = chunk.slice(at, at + Math.min(room, take));
      c.kept.push(keep);
      c.keptBytes += keep.length;
    }
    c.remaining -= take;
    if (c.remaining === 0) this.finishObject();
    return at + take;
  }

  private finishObject(): void {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    this.skipNewline = true;
    this.onBlob({ id: c.id, missing: false, type: c.type, size: c.size, content: concatBytes(c.kept), truncated: c.keptBytes < c.size });
  }
}
