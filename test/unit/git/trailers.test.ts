import { describe, expect, it } from 'vitest';
import { parseTrailers } from '../../../src/core/git/trailers';

describe('parseTrailers', () => {
  it('reads the last paragraph of Key: value lines, keys lower-cased for matching and kept as written', () => {
    const body = 'Retry budgets cap the load a retry storm can add.\n\nReviewed-By: Bob Stone <bob@example.com>\nACKED-BY: carol@example.com\nSigned-off-by: Ana Lima <ana@work.example>\n';
    expect(parseTrailers(body)).toEqual([
      { key: 'reviewed-by', written: 'Reviewed-By', value: 'Bob Stone <bob@example.com>' },
      { key: 'acked-by', written: 'ACKED-BY', value: 'carol@example.com' },
      { key: 'signed-off-by', written: 'Signed-off-by', value: 'Ana Lima <ana@work.example>' },
    ]);
  });

  it('unfolds continuation lines', () => {
    expect(parseTrailers('Co-authored-by: Erin Moss\n  <erin@example.com>\n')).toEqual([
      { key: 'co-authored-by', written: 'Co-authored-by', value: 'Erin Moss <erin@example.com>' },
    ]);
  });

  it('ignores a prose paragraph that merely contains a colon', () => {
    expect(parseTrailers('Note: this was Reviewed-by: nobody in particular\nand it goes on.\n')).toEqual([]);
  });

  it('reads a co-author block in the middle of a squash-merge body and skips cherry-pick notes', () => {
    const body = '* first change\n* second change\n\nCo-authored-by: Erin Moss <erin@example.com>\n(cherry picked from commit 0123abc)\n\nMore text after.';
    expect(parseTrailers(body).map((t) => t.key)).toEqual(['co-authored-by']);
  });

  it('handles CRLF messages and empty bodies', () => {
    expect(parseTrailers('Reviewed-by: Bob <b@x>\r\n')).toHaveLength(1);
    expect(parseTrailers('')).toEqual([]);
  });

  // A 40k-space value reached parsePerson's quadratic patterns; unfolding 100k continuation lines was quadratic too.
  it('does not hang on a trailer padded with spaces or folded over many lines, and keeps neither', () => {
    expect(parseTrailers(`Fix.\n\nReviewed-by: Ana${' '.repeat(400_000)}<ana@work.example>\n`)).toEqual([]);
    const folded = `Fix.\n\nCo-authored-by: Erin Moss\n${'  y\n'.repeat(200_000)}Reviewed-by: Ana Lima <ana@work.example>\n`;
    expect(parseTrailers(folded)).toEqual([{ key: 'reviewed-by', written: 'Reviewed-by', value: 'Ana Lima <ana@work.example>' }]);
  });
});
