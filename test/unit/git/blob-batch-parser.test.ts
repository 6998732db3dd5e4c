import { describe, expect, it } from 'vitest';
import { BlobBatchParser, type BlobRecord } from '../../../src/core/git/blob-batch-parser';

const enc = (s: string) => new TextEncoder().encode(s);
const ID1 = '1'.repeat(40);
const ID2 = '2'.repeat(40);

function parse(bytes: Uint8Array, chunk: number, max?: number): BlobRecord[] {
  const out: BlobRecord[] = [];
  const p = new BlobBatchParser((b) => out.push(b), max);
  for (let i = 0; i < bytes.length; i += chunk) p.push(bytes.subarray(i, i + chunk));
  p.end();
  return out;
}

describe('BlobBatchParser on literal `git cat-file --batch` output', () => {
  const output = enc(`${ID1} blob 12\n# Title\nA:b\n\n${ID2} blob 0\n\nHEAD:.mailmap missing\n`);

  it('reads blobs, empty blobs and missing names, whatever the chunking', () => {
    for (const size of [1, 3, 1000]) {
      const blobs = parse(output, size);
      expect(blobs.map((b) => [b.id, b.missing, b.size])).toEqual([
        [ID1, false, 12],
        [ID2, false, 0],
        ['HEAD:.mailmap', true, undefined],
      ]);
      expect(new TextDecoder().decode(blobs[0]?.content)).toBe('# Title\nA:b\n');
    }
  });

  it('keeps only the first maxBytes of a large blob and says so', () => {
    const [b] = parse(output, 2, 4);
    expect(new TextDecoder().decode(b?.content)).toBe('# Ti');
    expect(b?.truncated).toBe(true);
  });

  it('reports output that stops inside a blob', () => {
    const p = new BlobBatchParser(() => undefined);
    p.push(enc(`${ID1} blob 12\n# Ti`));
    expect(() => p.end()).toThrow(/inside object/);
  });
});
