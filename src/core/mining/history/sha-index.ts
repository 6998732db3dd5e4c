/**
 * An exact index from sha to position for shas stored elsewhere (a CommitTable's bytes): an
 * open-addressing table of positions, 8 to 16 bytes a commit (at most half full, doubled when
 * it grows), where a Set of sha strings cost about 80. Lookups hash the sha and compare it with the stored bytes, so a hash collision only
 * costs a second probe, never a wrong answer.
 */
export class ShaIndex {
  /** Position + 1 per slot; 0 is an empty slot. Length is a power of two, at most half full. */
  private slots = new Int32Array(1024);
  private size = 0;

  constructor(
    private readonly hashAt: (position: number) => number,
    private readonly equalsAt: (position: number, sha: string) => boolean,
  ) {}

  /** Files the sha stored at `position` (the caller adds each position once). */
  add(position: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.place(position, this.slots);
    this.size++;
  }

  /** The position of `sha` (whose hash is `hash`, as `hashAt` computes it), or -1. */
  find(sha: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s] as number;
      if (v === 0) return -1;
      if (this.equalsAt(v - 1, sha)) return v - 1;
    }
  }

  private place(position: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let s = this.hashAt(position) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = position + 1;
  }

  private grow(): void {
    const next = new Int32Array(this.slots.length * 2);
    for (const v of this.slots) if (v !== 0) this.place(v - 1, next);
    this.slots = next;
  }
}
