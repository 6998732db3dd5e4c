import { describe, expect, it } from 'vitest';
import { BranchStarts } from '../../../src/core/git/branch-start';

/** Feeds a newest-first stream of [sha, parents, author] and records each merge's last reported start. */
function starts(stream: readonly (readonly [string, string, string])[], merges: readonly string[]): Record<string, string> {
  const tracker = new BranchStarts<string>();
  const found: Record<string, string> = {};
  for (const [sha, parents, author] of stream) {
    const onStart = merges.includes(sha) ? (start: string, by: string) => (found[sha] = `${start}:${by}`) : undefined;
    tracker.observe(sha, parents === '' ? [] : parents.split(' '), author, onStart);
  }
  return found;
}

describe('BranchStarts', () => {
  it('follows a merged branch down to its first commit, past a fix-up the merger pushed on top', () => {
    // main: m0 ← M(m0, c3); branch: c1 ← c2 ← c3 (c3 by the merger).
    const stream = [
      ['M', 'm0 c3', 'ana'],
      ['c3', 'c2', 'ana'],
      ['c2', 'c1', 'bob'],
      ['c1', 'm0', 'bob'],
      ['m0', '', 'carol'],
    ] as const;
    expect(starts(stream, ['M'])).toEqual({ M: 'c1:bob' });
  });

  it('stops where an older merge’s branch begins, even when the newer branch reaches it first', () => {
    // d1 ← d2 merged by M1; e1 branched off d1, merged later by M2. e1 is newer than d2.
    const stream = [
      ['M2', 'M1 e1', 'ana'],
      ['M1', 'm0 d2', 'ana'],
      ['e1', 'd1', 'erin'],
      ['d2', 'd1', 'dave'],
      ['d1', 'm0', 'dave'],
      ['m0', '', 'carol'],
    ] as const;
    expect(starts(stream, ['M1', 'M2'])).toEqual({ M1: 'd1:dave', M2: 'e1:erin' });
  });

  it('reports nothing for a merge whose second parent is already on the mainline', () => {
    const stream = [
      ['M', 'm1 m0', 'ana'],
      ['m1', 'm0', 'bob'],
      ['m0', '', 'carol'],
    ] as const;
    expect(starts(stream, ['M'])).toEqual({});
  });
});
