import { byteAt, FNV_OFFSET, FNV_PRIME, HASHED_BYTES, HEX_CODES, HEX_SHA } from './hex-sha';

/**
 * Object ids (commit shas, blob ids) as bytes, in the order they are added: git prints them as
 * lowercase hex of one length per repository (40, or 64 with SHA-256), and half that in bytes is
 * what a long history can afford, where a string each cost about 56 bytes. The first id added sets
 * the length; `fits` says whether another id can be stored (callers keep the rare odd one apart).
 */
export class HexColumn {
  private bytes = new Uint8Array(0);
  private width = 0;
  private count = 0;
  /** Scratch space for building one id's text. */
  private codes = new Uint8Array(0);

  get length(): number {
    return this.count;
  }

  /** Length of an id as hex text, once one was added (0 before). */
  get hexLength(): number {
    return this.width * 2;
  }

  /** Whether `hex` can be added: lowercase hex of the column's length (any even length while empty). */
  fits(hex: string): boolean {
    if (hex.length === 0 || hex.length % 2 !== 0 || !HEX_SHA.test(hex)) return false;
    return this.width === 0 || hex.length === this.width * 2;
  }

  /** Adds an id and returns its position; throws for one that does not `fit`. */
  add(hex: string): number {
    if (!this.fits(hex)) throw new Error(`not an object id of this repository: ${hex}`);
    if (this.width === 0) {
      this.width = hex.length / 2;
      this.codes = new Uint8Array(hex.length);
    }
    const L = this.width;
    const i = this.count;
    if ((i + 1) * L > this.bytes.length) {
      const next = new Uint8Array(Math.max(1024 * L, this.bytes.length * 2));
      next.set(this.bytes);
      this.bytes = next;
    }
    for (let k = 0; k < L; k++) this.bytes[i * L + k] = byteAt(hex, k);
    this.count++;
    return i;
  }

  /** The id at `i` as hex text, built flat in one go (a string joined by `+=` would keep 20 parts). */
  at(i: number): string {
    if (i < 0 || i >= this.count) throw new RangeError(`no object id at ${i}`);
    this.writeHex(i, this.codes, 0);
    return String.fromCharCode.apply(null, this.codes as unknown as number[]);
  }

  /** Writes the id at `i` as hex character codes into `out` at `offset`, for encoders. */
  writeHex(i: number, out: Uint8Array, offset: number): void {
    const L = this.width;
    for (let k = 0; k < L; k++) {
      const b = this.bytes[i * L + k] as number;
      out[offset + 2 * k] = HEX_CODES[b >> 4] as number;
      out[offset + 2 * k + 1] = HEX_CODES[b & 15] as number;
    }
  }

  /** FNV-1a over the id's first bytes: the same hash `shaHashOf` gives its text. */
  hash(i: number): number {
    const at = i * this.width;
    let h = FNV_OFFSET;
    for (let k = 0; k < Math.min(HASHED_BYTES, this.width); k++) h = Math.imul(h ^ (this.bytes[at + k] as number), FNV_PRIME);
    return h >>> 0;
  }

  /** Whether the id at `i` is `hex` (which must `fit`). */
  equals(i: number, hex: string): boolean {
    const L = this.width;
    for (let k = 0; k < L; k++) if (this.bytes[i * L + k] !== byteAt(hex, k)) return false;
    return true;
  }
}
