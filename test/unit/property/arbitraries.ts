import fc from 'fast-check';

/**
 * Text that looks like what people (and attackers) put in growth files: real Markdown, YAML and
 * ledger fragments mixed with arbitrary Unicode, control characters, every line ending, byte-order
 * marks, unclosed fences and comments, alias bombs and executable front matter.
 */
const FRAGMENTS = [
  '# Learning ledger — November 2026',
  '## 2026-11-03 Told Jonas his review comments were landing as dismissive',
  '## 2026-02-30 Not a real day',
  '## 2026-11-3 short date',
  '## 2026-11-20',
  '##2026-11-20 no space',
  '### 2026-11-21 a level-3 heading',
  '#conversation #communication #feedback-given',
  '#mentoring #Cross-Team #',
  '- link: docs/adr/0014-idempotency-keys-at-the-edge.md',
  '- commit: 3f2a9c1',
  '- file: src/retry.ts:42',
  '- link: ',
  '```',
  '````ts',
  '~~~',
  '<!--',
  '-->',
  '---',
  '---js',
  '---yaml',
  '...',
  'title: "Retry budgets"',
  'date: 2026-11-20',
  'criteria: [mentoring, communication]',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'key: !!js/function "function () { globalThis.pwned = true }"',
  '  - id: mentoring',
  '    name: Mentoring',
  'levels:',
  'criteria:',
  '  - {id: x, levels: {senior: "y"}}',
  '## For future me',
  '## For a teammate',
  '## Next steps',
  '- [ ] follow up',
  '<script>alert(1)</script>',
  '\uFEFF',
  '\u0000',
  '\t',
  '',
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** A whole file: lines joined by a mix of LF, CRLF and lone CR, with or without a last line ending. */
export const growthText = fc
  .tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')), { maxLength: 40 }), fc.boolean())
  .map(([parts, unterminated]) => {
    const text = parts.map(([l, eol]) => l + eol).join('');
    return unterminated ? text.replace(/(\r\n|\r|\n)$/, '') : text;
  });

/** Like growthText, but sometimes opening with front matter (YAML or another language). */
export const markdownWithFrontMatter = fc
  .tuple(fc.constantFrom('', '---\n', '---js\n', '---javascript\n', '--- yaml\n', '---coffee\n', '\uFEFF---\n'), growthText, fc.constantFrom('', '---\n', '...\n'), growthText)
  .map(([open, fm, close, rest]) => `${open}${fm}${close}${rest}`);

/** The number of lines of a text, counted the way editors count them (every line ending). */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}
