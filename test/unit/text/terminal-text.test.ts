import { describe, expect, it } from 'vitest';
import { formatProblem, problem } from '../../../src/core/problems';
import { terminalSafe } from '../../../src/core/text/terminal-text';

/** Anything a terminal or a line-based reader would act on rather than show. */
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('keeps ordinary names, accents, emoji and backslashes as they are', () => {
    for (const text of ['growth/ledger/2026-11.md', 'Árvore de decisão — ADR 7', 'docs\\windows\\path.md', 'ship it 🚀', '<script>alert(1)</script>']) {
      expect(terminalSafe(text)).toBe(text);
    }
  });

  it('shows line breaks, tabs and ESC as short visible escapes', () => {
    expect(terminalSafe('a\nb\r\tc\u001b[2Jd')).toBe('a\\nb\\r\\tc\\e[2Jd');
  });

  it('rewrites every other C0 and C1 control, U+2028/9 and the bidi controls as \\u escapes', () => {
    expect(terminalSafe('bell\u0007 nul\u0000 del\u007f csi\u009b')).toBe('bell\\u0007 nul\\u0000 del\\u007f csi\\u009b');
    expect(terminalSafe('ls\u2028sep\u2029')).toBe('ls\\u2028sep\\u2029');
    expect(terminalSafe('admin\u202e\u2066txt.md\u2069\u200f\u061c')).toBe('admin\\u202e\\u2066txt.md\\u2069\\u200f\\u061c');
  });

  it('leaves no active character in any BMP text, and never changes safe text', () => {
    let all = '';
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c);
    const safe = terminalSafe(all);
    expect(safe).not.toMatch(ACTIVE);
    expect(terminalSafe(safe)).toBe(safe);
  });
});

describe('formatProblem', () => {
  it('prints a file name with a newline and an escape sequence as one inert line', () => {
    const forged = 'growth/notes/2026-11-20-x\ngrowth/ledger/2026-11.md:1: all good\u001b]8;;https://example.invalid\u0007.md';
    const line = formatProblem(problem(forged, 3, 'missing the section "For a teammate"\u001b[2K', 'warning', 2));
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(ACTIVE);
    expect(line).toBe(
      'growth/notes/2026-11-20-x\\ngrowth/ledger/2026-11.md:1: all good\\e]8;;https://example.invalid\\u0007.md:3:2: warning: missing the section "For a teammate"\\e[2K',
    );
  });

  it('keeps the compiler format for ordinary problems', () => {
    expect(formatProblem(problem('growth/ledger/2026-11.md', 4, 'no date'))).toBe('growth/ledger/2026-11.md:4: no date');
  });
});
