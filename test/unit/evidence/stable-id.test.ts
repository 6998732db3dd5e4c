import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StableIds, commitKey, stableHash } from '../../../src/core/evidence/stable-id';

/** 64-bit FNV-1a over UTF-16 code units, the slow and obvious way, cut to 48 bits like `stableHash`. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0').slice(0, 12);
}

describe('stable evidence ids', () => {
  it('hashes with 64-bit FNV-1a: the published vectors, cut to 12 hex digits', () => {
    // FNV-1a 64 of "", "a" and "foobar" are cbf29ce484222325, af63dc4c8601ec8c and 85944171f73967e8.
    expect(stableHash('')).toBe('cbf29ce48422');
    expect(stableHash('a')).toBe('af63dc4c8601');
    expect(stableHash('foobar')).toBe('85944171f739');
  });

  it('agrees with a BigInt FNV-1a on any text, including non-ASCII subjects', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => stableHash(s) === reference(s)), { numRuns: 500 });
  });

  it('keys a commit by what a rewrite keeps: the email in any case, the day and the subject', () => {
    const key = commitKey('Ana.Lima@Example.com', '2026-02-11', 'feat: reconciliation job');
    // Pinned: ids written into evidence.yml must not change between versions.
    expect(key).toBe(reference('ana.lima@example.com\n2026-02-11\nfeat: reconciliation job'));
    expect(commitKey('ana.lima@example.com', '2026-02-11', 'feat: reconciliation job')).toBe(key);
    expect(commitKey('ana.lima@example.com', '2026-02-12', 'feat: reconciliation job')).not.toBe(key);
    expect(commitKey('ana.lima@example.com', '2026-02-11', 'feat: reconciliation jobs')).not.toBe(key);
    expect(commitKey('bob@example.com', '2026-02-11', 'feat: reconciliation job')).not.toBe(key);
  });

  it('numbers repeated ids in the order they are claimed, continuing after ids already taken', () => {
    const fresh = new StableIds();
    expect(['a', 'b', 'a', 'a'].map((b) => fresh.claim(b))).toEqual(['a', 'b', 'a~2', 'a~3']);
    const resumed = new StableIds(['a', 'b', 'a~2']);
    expect(resumed.claim('a')).toBe('a~3');
    expect(resumed.claim('c')).toBe('c');
  });
});
