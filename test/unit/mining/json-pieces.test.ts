import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../src/core/mining/cache/json-pieces';

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify writes, in pieces (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON leaves out, and writes null where JSON does', () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined, e: 'x' }, f: new Date(0) };
    expect([...jsonPieces(value, 3)].join('')).toBe(JSON.stringify(value));
  });

  it('opens a long array member by member', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `item-${i}`, reasons: ['a reason'] }));
    const pieces = [...jsonPieces({ items })];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });
});
