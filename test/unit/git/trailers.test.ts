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

  const reviewers = (body: string) => parseTrailers(body).filter((t) => t.key.endsWith('-by')).map((t) => `${t.key}: ${t.value}`);

  it('reads a block that mixes trailers with issue references, URLs, bracketed notes and cherry-pick lines', () => {
    const body =
      'Avoid the double fetch.\n\nCloses #1234\nFixes octo/api#99, #100\nPart of #5260\nBug: 12345\nhttps://lists.example.org/r/1\nReviewed-by: Bob Stone <bob@example.com>\n[ maintainer: reworded the subject ]\nAcked-By: Carol Diaz <carol@example.com>\n(cherry picked from commit 0123456789abcdef)\n';
    expect(reviewers(body)).toEqual(['reviewed-by: Bob Stone <bob@example.com>', 'acked-by: Carol Diaz <carol@example.com>']);
  });

  it('reads a mailing-list block with a lone `>` line and a trailer glued to the previous address', () => {
    const body = 'Fix the leak.\n\nLink: https://lore.example.org/r/1\n>\nAcked-by: Dave Kim <dave@example.com>Reviewed-by: Erin Moss <erin@example.com>\nSigned-off-by: Ana Lima <ana@work.example>\n';
    expect(reviewers(body)).toEqual(['acked-by: Dave Kim <dave@example.com>', 'reviewed-by: Erin Moss <erin@example.com>', 'signed-off-by: Ana Lima <ana@work.example>']);
  });

  it('reads the last paragraph by git\'s quarter rule when git wrote a line of it, and not otherwise', () => {
    const block = 'Reviewed-by: Bob Stone <bob@example.com>\nsome words a tool left here\nand more of them\nand a third line';
    expect(reviewers(`Fix.\n\n${block}\nSigned-off-by: Ana Lima <ana@work.example>\n`)).toContain('reviewed-by: Bob Stone <bob@example.com>');
    expect(reviewers(`Fix.\n\n${block}\nand a fourth\n`)).toEqual([]);
  });

  it('reads a trailers-only paragraph above the final sign-off block', () => {
    const body = 'Fix the race.\n\nAcked-by: Carol Diaz <carol@example.com>\n\nSigned-off-by: Bob Stone <bob@example.com>\n';
    expect(reviewers(body)).toEqual(['acked-by: Carol Diaz <carol@example.com>', 'signed-off-by: Bob Stone <bob@example.com>']);
  });

  it('does not read a mention of Reviewed-by inside prose, nor a prose paragraph with one trailer-like line before the end', () => {
    const body = 'We lost the Reviewed-by: Carol <carol@example.com> line in v2.\nReviewed-by: tags are added by the bot,\nso this paragraph is prose.\n\nSigned-off-by: Bob Stone <bob@example.com>\n';
    expect(reviewers(body)).toEqual(['signed-off-by: Bob Stone <bob@example.com>']);
  });

  it('treats lines starting with # as comments, as git does', () => {
    expect(reviewers('Fix.\n\n# a comment\nReviewed-by: Bob <bob@example.com>\n')).toEqual(['reviewed-by: Bob <bob@example.com>']);
  });
});
