import { DEFAULT_KIND, type LedgerLink } from './ledger-entry';
import { isIsoDate, monthTitle } from '../time/calendar';
import { normaliseTag } from './ledger-tags';
import { atxHeading, isBlank, lineEndingOf, splitLines, VerbatimTracker } from './markdown-lines';

/** What a new entry is made of; `renderEntry` turns it into Markdown the parser reads back. */
export interface NewLedgerEntry {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly title: string;
  readonly kind: string;
  readonly criteria: readonly string[];
  readonly tags?: readonly string[];
  /** Free Markdown; wrap code with `codeBlock` first. */
  readonly body?: string;
  readonly links?: readonly LedgerLink[];
}

/** What to add to a ledger file: `text` goes at its end; `header` starts the file when it does not exist yet. */
export interface LedgerAddition {
  readonly header?: string;
  readonly text: string;
}

/**
 * Renders one entry (LF line ends, ending with one newline). The kind tag always comes first, even
 * `#other`: were it left out, a criterion that is also a kind (`#mentoring`) would become the kind
 * when the entry is read back.
 */
export function renderEntry(e: NewLedgerEntry): string {
  if (!isIsoDate(e.date)) throw new RangeError(`"${e.date}" is not a date; write it as YYYY-MM-DD`);
  const kind = normaliseTag(e.kind) ?? DEFAULT_KIND;
  const tags: string[] = [kind];
  for (const word of [...e.criteria, ...(e.tags ?? [])]) {
    const tag = normaliseTag(word);
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  }
  const title = entryTitle(e.title);
  const out = [`## ${e.date}${title === '' ? '' : ` ${title}`}`, tags.map((t) => `#${t}`).join(' ')];
  const body = safeBody(e.body ?? '');
  if (body !== '') out.push('', body);
  const links = (e.links ?? []).map(linkLine).filter((l) => l !== '');
  if (links.length > 0) out.push('', ...links);
  return `${out.join('\n')}\n`;
}

/**
 * What to append so that the entry lands after everything already in the file. The existing text
 * is never touched (it stays a byte-for-byte prefix of `existing + text`); the addition supplies
 * whatever line breaks are missing so one blank line precedes the entry (a file that already ends
 * with several blank lines keeps them: removing them would rewrite the person's text). A fence or
 * HTML comment left open at the end of the file is closed first, or it would swallow the entry.
 * The addition uses the file's line ending. An empty `entryText` gives just the header for a new file.
 */
export function ledgerAppend(existing: string | undefined, entryText: string, month: string): LedgerAddition {
  const header = existing === undefined ? ledgerHeader(month) : undefined;
  const before = existing ?? header ?? '';
  const eol = existing === undefined ? '\n' : lineEndingOf(existing);
  const entry = entryText.replace(/\r\n|\r/g, '\n').replace(/^\n+|\n+$/g, '');
  if (entry.trim() === '') return header === undefined ? { text: '' } : { header, text: '' };

  const parts: string[] = [];
  let tail = before;
  if (before !== '' && !/[\r\n]$/.test(before)) {
    parts.push(eol);
    tail += eol;
  }
  const openBlock = openBlockAtEnd(before);
  if (openBlock !== undefined) {
    parts.push(openBlock, eol);
    tail += `${openBlock}${eol}`;
  }
  if (tail !== '' && !endsWithBlankLine(tail)) parts.push(eol);
  parts.push(entry.replace(/\n/g, eol), eol);
  const text = parts.join('');
  return header === undefined ? { text } : { header, text };
}

/** The first lines of a new month file: its title and a reminder of the entry format. */
export function ledgerHeader(month: string): string {
  return [
    `# Learning ledger — ${monthTitle(month)}`,
    '',
    'One entry per `## YYYY-MM-DD Title` heading, then a line of tags (a kind such as #mentoring or #incident, and criteria), then what happened and why it mattered.',
    '',
  ].join('\n');
}

/**
 * Fences code for an entry body with a backtick fence longer than any backtick run inside it, so
 * the code can neither close the fence early nor be read as headings.
 */
export function codeBlock(text: string, languageId = ''): string {
  const code = text.replace(/\r\n|\r/g, '\n').replace(/\n+$/, '');
  const longest = (code.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const language = languageId.replace(/[^A-Za-z0-9_+.#-]/g, '');
  return `${fence}${language}\n${code}\n${fence}`;
}

/** A title on one line: line breaks collapsed, heading marks at either end removed. */
function entryTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/^[\s:—–-]+/, '')
    .replace(/\s#+$/, '')
    .trim();
}

/**
 * The body with every line that would open a level-1 or level-2 heading demoted to `###`, outside
 * fences, so nothing in it can end the entry or start a new one. A fence or comment left open is
 * closed, so it cannot swallow the link lines or the next entry.
 */
function safeBody(body: string): string {
  const lines = splitLines(body.replace(/^\uFEFF/, ''));
  const tracker = new VerbatimTracker();
  const out = lines.map((line, i) => {
    if (tracker.step(line, i)) return line;
    const heading = atxHeading(line);
    return heading && heading.level <= 2 ? line.replace(/#{1,2}/, '###') : line;
  });
  if (tracker.open) out.push(tracker.open.closer);
  let from = 0;
  let to = out.length;
  while (from < to && isBlank(out[from] ?? '')) from++;
  while (to > from && isBlank(out[to - 1] ?? '')) to--;
  return out.slice(from, to).join('\n');
}

function linkLine(link: LedgerLink): string {
  const target = link.target.replace(/\s+/g, ' ').trim();
  if (target === '') return '';
  if (link.type === 'commit') return `- commit: ${target}`;
  if (link.type === 'file') return `- file: ${target}${link.line === undefined ? '' : `:${link.line}`}`;
  return `- link: ${target}${link.line === undefined ? '' : `#L${link.line}`}`;
}

/** The kind of block (if any) still open at the end of a file, as the line that closes it. */
function openBlockAtEnd(text: string): string | undefined {
  const tracker = new VerbatimTracker();
  splitLines(text).forEach((line, i) => tracker.step(line, i));
  return tracker.open?.closer;
}

/** True when the text ends with a line break after an empty (or whitespace-only) line, or is just one. */
function endsWithBlankLine(text: string): boolean {
  let i = text.length;
  const skipBreak = (): boolean => {
    if (text.charAt(i - 1) === '\n') i -= text.charAt(i - 2) === '\r' ? 2 : 1;
    else if (text.charAt(i - 1) === '\r') i -= 1;
    else return false;
    return true;
  };
  const skipSpaces = () => {
    while (i > 0 && (text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t')) i--;
  };
  if (!skipBreak()) return false;
  skipSpaces();
  return i === 0 || skipBreak();
}
