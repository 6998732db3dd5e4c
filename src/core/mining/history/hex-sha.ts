/**
 * Commit ids as bytes: git prints them as lowercase hex, a table keeps half the size, and the index
 * hashes their first bytes.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/** Shas are uniform: their first bytes are as good a hash as any. */
export const HASHED_BYTES = 8;

export const HEX_SHA = /^[0-9a-f]+$/;
export const HEX_CODES = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** The value of the hex digit at `at` (git prints lowercase); anything else is refused. */
export function hexValue(sha: string, at: number): number {
  const c = sha.charCodeAt(at);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  throw new Error(`not a commit id: ${sha}`);
}

/** The hash a table's sha index files a sha under: FNV-1a over its first bytes (see `HexColumn.hash`). */
export function shaHashOf(sha: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < Math.min(HASHED_BYTES, sha.length >> 1); k++) h = Math.imul(h ^ byteAt(sha, k), FNV_PRIME);
  return h >>> 0;
}

/** The k-th byte of a hex sha. */
export function byteAt(sha: string, k: number): number {
  return (hexValue(sha, 2 * k) << 4) | hexValue(sha, 2 * k + 1);
}
