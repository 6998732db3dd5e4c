import { IntColumn } from './int-column';

/**
 * Texts per chunk: chunks of a few kilobytes. Texts wait as strings of their own until their chunk
 * is joined; few enough that they die young rather than outlive a garbage collection or two.
 */
const PER_CHUNK = 256;

/**
 * Many short texts (commit subjects) kept as a few long strings and offsets: a string of its own
 * costs a header of 12 to 16 bytes and a pointer besides its characters, as much again as a
 * typical subject. `get` returns a slice, which shares its chunk's memory: copy it (see
 * `detached`) before keeping it beyond the pool.
 */
export class TextPool {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  /** Start of each text within its chunk. */
  private readonly starts = new IntColumn();
  private count = 0;

  /** Adds a text and returns its id. */
  add(text: string): number {
    const id = this.count++;
    this.pending.push(text);
    if (this.pending.length === PER_CHUNK) this.seal();
    return id;
  }

  get(id: number): string {
    const chunk = Math.floor(id / PER_CHUNK);
    if (chunk === this.chunks.length) {
      const text = this.pending[id % PER_CHUNK];
      if (text === undefined) throw new RangeError(`no text ${id}`);
      return text;
    }
    const whole = this.chunks[chunk];
    if (whole === undefined || id >= this.count) throw new RangeError(`no text ${id}`);
    const end = (id + 1) % PER_CHUNK === 0 || id + 1 >= this.count ? whole.length : this.starts.get(id + 1);
    return whole.slice(this.starts.get(id), end);
  }

  private seal(): void {
    let at = 0;
    const first = this.chunks.length * PER_CHUNK;
    this.pending.forEach((text, k) => {
      this.starts.set(first + k, at);
      at += text.length;
    });
    this.chunks.push(this.pending.join(''));
    this.pending = [];
  }
}
