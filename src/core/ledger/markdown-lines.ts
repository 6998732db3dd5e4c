/**
 * Line-level Markdown structure, just enough to find headings reliably: code fences and HTML
 * comments are verbatim, so a `## ` line inside them is text, not a heading. Shared by the ledger
 * parser, the ledger writer and the two-note parser so that they always agree.
 */

/** A code fence or HTML comment that is open at some line. */
export interface OpenBlock {
  readonly type: 'fence' | 'comment';
  /** 0-based index of the line that opened it. */
  readonly index: number;
  /** A line that closes it (e.g. "```" for a three-backtick fence, "-->" for a comment). */
  readonly closer: string;
}

/** Splits text into lines, dropping a leading BOM; CRLF, LF and lone CR all end a line. */
export function splitLines(text: string): string[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.slice(start).split(/\r\n|\n|\r/);
}

/** Follows fences and HTML comments line by line. */
export class VerbatimTracker {
  private block: OpenBlock | undefined;
  private fenceChar = '';
  private fenceLength = 0;

  /** The block still open after the lines fed so far. */
  get open(): OpenBlock | undefined {
    return this.block;
  }

  /**
   * Feeds the next line. Returns true when the line belongs to a fence or comment (its delimiters
   * included), so it must not be read as a heading, a tag line or a link line.
   */
  step(line: string, index: number): boolean {
    if (this.block?.type === 'fence') {
      if (this.closesFence(line)) this.block = undefined;
      return true;
    }
    if (this.block?.type === 'comment') {
      if (line.includes('-->')) this.block = undefined;
      return true;
    }
    const indent = leadingSpaces(line);
    if (indent > 3) return false;
    const ch = line.charAt(indent);
    if (ch === '`' || ch === '~') {
      const run = runLength(line, indent, ch);
      // A backtick fence's info string may not contain backticks (CommonMark), else it is inline code.
      if (run >= 3 && (ch === '~' || !line.includes('`', indent + run))) {
        this.fenceChar = ch;
        this.fenceLength = run;
        this.block = { type: 'fence', index, closer: ch.repeat(run) };
        return true;
      }
      return false;
    }
    if (line.startsWith('<!--', indent)) {
      if (!line.includes('-->', indent + 4)) this.block = { type: 'comment', index, closer: '-->' };
      return true;
    }
    return false;
  }

  private closesFence(line: string): boolean {
    const indent = leadingSpaces(line);
    if (indent > 3 || line.charAt(indent) !== this.fenceChar) return false;
    const run = runLength(line, indent, this.fenceChar);
    return run >= this.fenceLength && line.slice(indent + run).trim() === '';
  }
}

/** An ATX heading (`## Title`): its level and its text without the optional closing `#`s. */
export interface AtxHeading {
  readonly level: number;
  readonly text: string;
}

/** Reads a line as an ATX heading, or returns undefined. Loops instead of regexes keep it linear on odd lines. */
export function atxHeading(line: string): AtxHeading | undefined {
  const indent = leadingSpaces(line);
  if (indent > 3 || line.charAt(indent) !== '#') return undefined;
  const level = runLength(line, indent, '#');
  if (level > 6) return undefined;
  const after = line.charAt(indent + level);
  if (after !== '' && after !== ' ' && after !== '\t') return undefined;
  let text = line.slice(indent + level).trim();
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && (text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\t')) text = text.slice(0, end).trim();
  return { level, text };
}

/** True for a line with nothing but whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** The line ending a text uses: CRLF when its first line break is one, LF otherwise. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charAt(lf - 1) === '\r' ? '\r\n' : '\n';
}

function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && line.charAt(i) === ' ') i++;
  return i;
}

function runLength(line: string, from: number, ch: string): number {
  let i = from;
  while (i < line.length && line.charAt(i) === ch) i++;
  return i - from;
}
