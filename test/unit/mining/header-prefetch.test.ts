import { describe, expect, it } from 'vitest';
import { emptyBlobFacts } from '../../../src/core/mining/classification/classify-context';
import { HeaderPrefetch } from '../../../src/core/mining/orchestration/header-prefetch';
import { blob, FakeGitReader } from './fake-git';

describe('HeaderPrefetch', () => {
  it('reads the latest content of each wanted document once, newest first, skipping what is known', async () => {
    const reader = new FakeGitReader({
      repo: { blobs: { [blob('y2')]: '# Y\n\nAuthor: Ana Lima\n', [blob('gone')]: '# Gone\n' } },
    });
    const info = await reader.inspect('repo');
    const facts = emptyBlobFacts();
    facts.headers.set(blob('known'), { authors: [], lines: 1 });
    const prefetch = new HeaderPrefetch(reader, info, facts, (p) => p.startsWith('docs/'));
    // Newest first: y.md's latest edit, then its rename from x.md, then x.md's add (older content, not wanted).
    prefetch.observe([{ status: 'M', path: 'docs/y.md', oldBlob: blob('y1'), newBlob: blob('y2') }]);
    prefetch.observe([{ status: 'D', path: 'docs/gone.md', oldBlob: blob('gone') }, { status: 'A', path: 'src/notes.md', newBlob: blob('n') }]);
    prefetch.observe([{ status: 'R', path: 'docs/y.md', oldPath: 'docs/x.md', oldBlob: blob('x'), newBlob: blob('y1') }]);
    prefetch.observe([{ status: 'A', path: 'docs/x.md', newBlob: blob('x') }, { status: 'A', path: 'docs/k.md', newBlob: blob('known') }]);
    await prefetch.finish();
    expect(reader.calls.filter((c) => c.startsWith('readBlobs'))).toEqual(['readBlobs 2']);
    expect(facts.headers.get(blob('y2'))?.authors).toEqual(['Ana Lima']);
    expect(facts.headers.get(blob('gone'))?.title).toBe('Gone');
    expect(prefetch.added).toBe(true);
  });
});
