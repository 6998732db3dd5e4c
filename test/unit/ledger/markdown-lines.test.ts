import { describe, expect, it } from 'vitest';
import { atxHeading, lineEndingOf, splitLines, VerbatimTracker } from '../../../src/core/ledger/markdown-lines';

const verbatimFlags = (text: string) => {
  const tracker = new VerbatimTracker();
  return splitLines(text).map((line, i) => tracker.step(line, i));
};

describe('markdown lines', () => {
  it('reads ATX headings the way CommonMark does', () => {
    expect(atxHeading('## 2026-11-20 Title')).toEqual({ level: 2, text: '2026-11-20 Title' });
    expect(atxHeading('   ## indented up to three')).toEqual({ level: 2, text: 'indented up to three' });
    expect(atxHeading('    ## four spaces is code')).toBeUndefined();
    expect(atxHeading('##no-space')).toBeUndefined();
    expect(atxHeading('#incident #leadership')).toBeUndefined();
    expect(atxHeading('## C# tips ##')).toEqual({ level: 2, text: 'C# tips' });
    expect(atxHeading('##')).toEqual({ level: 2, text: '' });
  });

  it('closes a fence only with the same character and at least the same length', () => {
    expect(verbatimFlags('````\n```\n## in\n````\n## out')).toEqual([true, true, true, true, false]);
    expect(verbatimFlags('~~~\n```\n~~~\nafter')).toEqual([true, true, true, false]);
  });

  it('does not open a fence on inline code with backticks in its info string', () => {
    expect(verbatimFlags('``` `x` ```\n## heading')).toEqual([false, false]);
  });

  it('treats HTML comments as verbatim and reports what is still open at the end', () => {
    const tracker = new VerbatimTracker();
    ['<!-- one line -->', '<!--', '## hidden'].forEach((l, i) => tracker.step(l, i));
    expect(tracker.open).toEqual({ type: 'comment', index: 1, closer: '-->' });
  });

  it('splits CRLF, LF and lone CR alike, drops a BOM, and finds the line ending in use', () => {
    expect(splitLines('\uFEFFa\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(lineEndingOf('a\r\nb')).toBe('\r\n');
    expect(lineEndingOf('a\nb\r\n')).toBe('\n');
    expect(lineEndingOf('no line break')).toBe('\n');
  });
});
