/**
 * One bit per commit, appended in order, with the count of set bits before any position: which
 * commits have a subject (or merge and document fields), and where theirs sits in a list kept only
 * for those. About two bits a commit (the bit, and a count per 32), where a column of indexes took 32.
 */
export class RankedBits {
  private words = new Uint32Array(64);
  /** Set bits before each word. */
  private before = new Int32Array(64);
  private size = 0;
  private ones = 0;

  push(bit: boolean): void {
    const w = this.size >>> 5;
    if (w >= this.words.length) {
      const words = new Uint32Array(this.words.length * 2);
      words.set(this.words);
      this.words = words;
      const before = new Int32Array(this.before.length * 2);
      before.set(this.before);
      this.before = before;
    }
    if ((this.size & 31) === 0) this.before[w] = this.ones;
    if (bit) {
      this.words[w] = ((this.words[w] as number) | (1 << (this.size & 31))) >>> 0;
      this.ones++;
    }
    this.size++;
  }

  /** How many bits before `i` are set, or -1 when bit `i` itself is not set. */
  rankIfSet(i: number): number {
    if (i < 0 || i >= this.size) return -1;
    const word = this.words[i >>> 5] as number;
    const b = i & 31;
    if (((word >>> b) & 1) === 0) return -1;
    return (this.before[i >>> 5] as number) + popcount(b === 0 ? 0 : word & (0xffffffff >>> (32 - b)));
  }
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
