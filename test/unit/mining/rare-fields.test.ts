import { describe, expect, it } from 'vitest';
import { shaHashOf } from '../../../src/core/mining/history/hex-sha';
import { HexColumn } from '../../../src/core/mining/history/hex-column';
import { IntColumn } from '../../../src/core/mining/history/int-column';
import { RareFields } from '../../../src/core/mining/history/rare-fields';
import { blob } from './fake-git';

describe('RareFields', () => {
  it('gives back pull requests as added, request numbers too large for a column included', () => {
    const rare = new RareFields();
    const a = rare.add({ host: 'github', number: 12, title: 'Retry budgets', from: 'carol/retry' }, undefined, undefined, undefined);
    const b = rare.add({ host: 'gitlab', number: 0 }, undefined, undefined, undefined);
    const c = rare.add({ host: 'azure-devops', number: 9_007_199_254_740_992, title: 'Huge' }, undefined, undefined, undefined);
    expect(rare.pullRequest(a)).toEqual({ host: 'github', number: 12, title: 'Retry budgets', from: 'carol/retry' });
    expect(rare.pullRequest(b)).toEqual({ host: 'gitlab', number: 0 });
    expect(rare.pullRequest(c)).toEqual({ host: 'azure-devops', number: 9_007_199_254_740_992, title: 'Huge' });
  });

  it('gives back document changes with their paths and blob ids, odd ids and empty lists included', () => {
    const rare = new RareFields();
    const adr = { status: 'A' as const, path: 'docs/adr/0001-outbox.md', newBlob: blob('adr') };
    const moved = { status: 'R' as const, path: 'docs/new é.md', oldPath: 'docs/old é.md', oldBlob: blob('o'), newBlob: blob('n') };
    const odd = { status: 'M' as const, path: 'docs/adr/0001-outbox.md', oldBlob: 'not-hex', newBlob: blob('adr2').slice(0, 12) };
    const r1 = rare.add(undefined, undefined, undefined, [adr, moved]);
    const r2 = rare.add(undefined, undefined, undefined, [odd]);
    const r3 = rare.add(undefined, undefined, undefined, []);
    expect(rare.docs(r1)).toEqual([adr, moved]);
    expect(rare.docs(r2)).toEqual([odd]);
    expect(rare.docs(r3)).toEqual([]);
    // A path is kept once, however many changes name it.
    expect(rare.docs(r2)?.[0]?.path).toBe(rare.docs(r1)?.[0]?.path);
  });

  it('reads rows far past the last one that set a field as having none', () => {
    const rare = new RareFields();
    for (let k = 0; k < 3000; k++) rare.add(undefined, undefined, undefined, [{ status: 'M', path: `docs/d${k}.md` }]);
    const merge = rare.add({ host: 'github', number: 7 }, 'f'.repeat(40), 4, undefined);
    expect(rare.pullRequest(2999)).toBeUndefined();
    expect(rare.mergedAuthorOf(2999)).toBe(-1);
    expect(rare.tipOf(2999)).toBeUndefined();
    expect(rare.docs(merge)).toBeUndefined();
    expect(rare.docs(2999)).toEqual([{ status: 'M', path: 'docs/d2999.md' }]);
    expect(rare.mergedAuthorOf(merge)).toBe(4);
  });

  it('keeps a merged tip as text until its position is known, then as the position', () => {
    const rare = new RareFields();
    const r = rare.add({ host: 'github', number: 1 }, 'a'.repeat(40), undefined, undefined);
    expect(rare.tipOf(r)).toBe('a'.repeat(40));
    rare.setTip(r, 0);
    expect(rare.tipOf(r)).toBe(0);
    rare.setMergedAuthor(r, 0);
    expect(rare.mergedAuthorOf(r)).toBe(0);
  });
});

describe('HexColumn', () => {
  it('stores ids of one length as bytes and gives them back, hashed as their text is', () => {
    const col = new HexColumn();
    const ids = [blob('one'), blob('two'), 'ab'.repeat(20)];
    ids.forEach((id, k) => expect(col.add(id)).toBe(k));
    expect(ids.map((_, k) => col.at(k))).toEqual(ids);
    expect(ids.map((_, k) => col.hash(k))).toEqual(ids.map(shaHashOf));
    expect(col.equals(1, ids[1] as string)).toBe(true);
    expect(col.equals(1, ids[0] as string)).toBe(false);
  });

  it('refuses ids that are not lowercase hex of its length', () => {
    const col = new HexColumn();
    expect(col.fits('abc')).toBe(false);
    col.add('ab'.repeat(20));
    for (const id of ['AB'.repeat(20), 'ab'.repeat(32), 'zz'.repeat(20), '']) expect(col.fits(id)).toBe(false);
    expect(() => col.add('ab'.repeat(32))).toThrow(/not an object id/);
  });
});

describe('IntColumn', () => {
  it('reads zeros where nothing was set, and refuses values a 32-bit column cannot hold', () => {
    const col = new IntColumn(4);
    col.set(2, 70_000);
    expect([col.get(0), col.get(2), col.get(5000)]).toEqual([0, 70_000, 0]);
    col.set(3, 0x7fffffff);
    expect(col.get(3)).toBe(0x7fffffff);
    expect(() => col.set(4, 0x80000000)).toThrow(RangeError);
  });
});
