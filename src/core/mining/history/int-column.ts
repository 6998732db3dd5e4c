/**
 * A column of non-negative integers that grows by doubling: two bytes a value while every value
 * fits (days, types and flags, most indexes), widened to four the first time one does not.
 */
export class IntColumn {
  private data: Uint16Array | Int32Array;

  constructor(capacity = 1024) {
    this.data = new Uint16Array(capacity);
  }

  set(i: number, v: number): void {
    if (v < 0 || v > 0x7fffffff || !Number.isInteger(v)) throw new RangeError(`not a column value: ${v}`);
    if (v > 0xffff && this.data instanceof Uint16Array) this.data = Int32Array.from(this.data);
    if (i >= this.data.length) {
      const next = this.data instanceof Uint16Array ? new Uint16Array(Math.max(1024, this.data.length * 2, i + 1)) : new Int32Array(Math.max(1024, this.data.length * 2, i + 1));
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = v;
  }

  /** The value at `i`; 0 where none was set (a new column reads as zeros, however far). */
  get(i: number): number {
    return this.data[i] ?? 0;
  }
}
