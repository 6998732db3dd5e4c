/**
 * Ids for mined evidence that survive history rewrites. A person's corrections in
 * `growth/evidence.yml` are keyed by evidence ids; a rebase or filter-repo gives every commit a new
 * sha but keeps its author, author date and message, so git ids are built from those instead.
 * The hash below is part of the file format: changing it orphans every correction ever written.
 */

const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;
/** The 64-bit FNV prime is 2^40 + 0x1b3: multiplying is one small product plus a shift. */
const FNV_PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;

/**
 * A short stable hex digest of `text` (64-bit FNV-1a over its UTF-16 code units, first 48 bits).
 * Not cryptographic: it only has to be the same on every machine and for every version, and
 * collisions are rare enough that the `~2` suffix of `StableIds` almost never shows.
 */
export function stableHash(text: string): string {
  let hi = FNV_OFFSET_HI;
  let lo = FNV_OFFSET_LO;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64, in 32-bit halves; every product stays below 2^53.
    const loProduct = lo * FNV_PRIME_LOW;
    const carry = Math.floor(loProduct / TWO_32);
    const nextHi = (hi * FNV_PRIME_LOW + carry + ((lo << 8) >>> 0)) % TWO_32;
    lo = loProduct % TWO_32;
    hi = nextHi;
  }
  return hi.toString(16).padStart(8, '0') + (lo >>> 16).toString(16).padStart(4, '0');
}

/**
 * The key of a commit that a rewrite keeps: its author's email (lower-cased: some tools rewrite
 * its case), its author day and its subject. Two commits share a key only when one person wrote
 * the same subject twice on one day; `StableIds` numbers those.
 */
export function commitKey(authorEmail: string, authorDay: string, subject: string): string {
  return stableHash(`${authorEmail.toLowerCase()}\n${authorDay}\n${subject}`);
}

/**
 * Hands out ids in history order: the first claim of an id gets it as is, later claims of the
 * same id get `~2`, `~3`, … so that two items never share an id, and the numbering is the same on
 * every run over the same history (and after a rewrite that keeps the order).
 */
export class StableIds {
  private readonly taken: Set<string>;

  /** `taken`: ids already handed out for this repository (e.g. by an earlier, memoised run). */
  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** The id for `base`, unique among everything claimed so far. */
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}~${n}`;
    this.taken.add(id);
    return id;
  }
}
