import { detached } from '../../text/detached';
import { parseFrontMatter } from '../../yaml/front-matter';
import { isRecord, parseYaml } from '../../yaml/yaml-document';
import { LONGEST_LINE } from '../../git/text-limits';
import { bylineAuthors, helperMentions, PLACEHOLDER, splitAuthors, type HelperMention } from './document-authors';

/**
 * What a document says about itself in its header: who wrote it, its title, and how long it is.
 * Read once per blob (the cache keeps the result), so it must depend on the text alone.
 */
export interface DocumentHeader {
  /** Authors as declared, one string per person (`Ana Lima <ana@example.com>`, `@ana`, `Ana Lima`). Empty when none is declared. */
  readonly authors: readonly string[];
  /** Where the declaration was, for reasons: "front matter `authors`", "`Author(s):` line", "kep.yaml `authors`". */
  readonly declaredIn?: string;
  readonly title?: string;
  /**
   * A number the document declares for itself (`PEP 8`, `RFC PR 2585`, `kep-number 2000`): with the
   * title, what tells that a document deleted and added again under another name is the same one.
   */
  readonly number?: string;
  /** People an author line names after a helper phrase ("with input from …"): contributors, not authors. */
  readonly helpers?: readonly HelperMention[];
  /** Non-blank lines; the denominator of a "substantial" contribution. */
  readonly lines: number;
}

/** How far into a document a header may be: authors declared further down are body text, not a header. */
const HEADER_LINES = 60;

/*
 * Every pattern here runs on text from the repository, so each is linear: no two unbounded
 * quantifiers over the same characters sit side by side, and what follows a key is captured whole
 * and trimmed in code. Lines longer than LONGEST_LINE are skipped before any pattern sees them.
 */
const AUTHOR_LINE = /^\s*(?:[-*+]\s+)?(?::(author\(s\)|authors?):|(?:\*\*|__)?(author\(s\)|authors?|authored by|written by)(?:\*\*|__)?[ \t]*:)(.*)$/i;
const TABLE_KEY = /^(?:\*\*|__)?(author\(s\)|authors?)(?:\*\*|__)?$/i;
const FIELD_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?[A-Za-z][A-Za-z0-9 \t()-]*(?:(?:\*\*|__)[ \t]*)?:/;
const LIST_ITEM = /^\s*[-*+]\s(.*)$/;
/**
 * Reads the header of a document (or a `kep.yaml`) at `path`. Never throws: unreadable front
 * matter just declares nothing. Its strings are copies: headers are kept for the whole history,
 * the blob's text is not.
 */
export function readDocumentHeader(text: string, path: string): DocumentHeader {
  const h = parseHeader(text, path);
  return {
    ...h,
    authors: h.authors.map(detached),
    ...(h.declaredIn !== undefined ? { declaredIn: detached(h.declaredIn) } : {}),
    ...(h.title !== undefined ? { title: detached(h.title) } : {}),
    ...(h.number !== undefined ? { number: detached(h.number) } : {}),
    ...(h.helpers ? { helpers: h.helpers.map((m) => ({ phrase: detached(m.phrase), name: detached(m.name) })) } : {}),
  };
}

function parseHeader(text: string, path: string): DocumentHeader {
  const lines = countNonBlank(text);
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'kep.yaml' || name === 'kep.yml') {
    const data = parseYaml(text, path).data;
    const authors = isRecord(data) ? authorList(data.authors) : [];
    const title = isRecord(data) && typeof data.title === 'string' ? data.title.trim() : undefined;
    const number = isRecord(data) ? declaredNumber('kep-number', data['kep-number']) : undefined;
    return { authors, ...(authors.length > 0 ? { declaredIn: 'kep.yaml `authors`' } : {}), ...(title ? { title } : {}), ...(number ? { number } : {}), lines };
  }
  let content = text;
  let title: string | undefined;
  let number: string | undefined;
  if (/^\uFEFF?---/.test(text)) {
    const fm = parseFrontMatter(text, path);
    content = fm.content;
    const t = fm.data.title;
    if (typeof t === 'string' && t.trim() !== '') title = t.trim();
    for (const key of NUMBER_KEYS) number ??= declaredNumber(key, fm.data[key]);
    for (const key of ['authors', 'author']) {
      const authors = authorList(fm.data[key]);
      if (authors.length > 0) return { authors, declaredIn: `front matter \`${key}\``, ...headingTitle(content, title), ...(number ? { number } : {}), lines };
    }
  }
  const head = content.replace(/\r\n?/g, '\n').split('\n').slice(0, HEADER_LINES);
  const declared = headerAuthors(head);
  number ??= headerNumber(head);
  const helpers = declared?.helpers ?? [];
  return {
    authors: declared?.authors ?? [],
    ...(declared ? { declaredIn: declared.where } : {}),
    ...headingTitle(content, title),
    ...(number ? { number } : {}),
    ...(helpers.length > 0 ? { helpers } : {}),
    lines,
  };
}

/** Front matter keys and header fields that hold a document's own number. */
const NUMBER_KEYS: readonly string[] = ['number', 'rfc', 'pep', 'kep', 'kep-number', 'adr'];
const NUMBER_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(pep|kep|rfc|rfc pr|adr|number)(?:\*\*|__)?[ \t]*:(.*)$/i;

/** `PEP: 8`, `- RFC PR: [rust-lang/rfcs#2585](…/pull/2585)`: the key and the value's last run of digits. */
function headerNumber(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (line.length > LONGEST_LINE) continue;
    const m = NUMBER_LINE.exec(line);
    const n = m ? declaredNumber(m[1] ?? '', m[2] ?? '') : undefined;
    if (n) return n;
  }
  return undefined;
}

/** `RFC PR 2585` from a key and a value holding digits (the last run of them), or undefined. */
function declaredNumber(key: string, value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' && value.length <= LONGEST_LINE ? value : '';
  let end = text.length;
  while (end > 0 && !/\d/.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && /\d/.test(text[start - 1] ?? '')) start--;
  const label = key.toLowerCase() === 'kep-number' ? 'KEP' : key.toLowerCase() === 'number' ? 'Number' : key.toUpperCase();
  return end > start ? `${label} ${Number(text.slice(start, end))}` : undefined;
}

function headerAuthors(lines: readonly string[]): { authors: string[]; where: string; helpers?: HelperMention[] } | undefined {
  // A `##` heading starts the body once there is text before it, the title line aside: `## Title`
  // on line 1, or a plain title line followed by `## Metadata`, leaves the header open.
  let title = false;
  let text = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > LONGEST_LINE) continue;
    if (line.trim() === '' || isUnderline(line)) continue;
    const heading = /^#{1,6}\s/.test(line);
    if (!title) title = true;
    else if (heading && text && line[1] === '#') break;
    else if (!heading) text = true;
    if (heading) continue;
    const row = tableRow(line);
    if (row) {
      const authors = splitAuthors(row.value);
      if (authors.length > 0) return { authors, where: `\`${row.key}\` table row` };
      continue;
    }
    const m = AUTHOR_LINE.exec(line);
    if (!m) continue;
    const key = m[1] ?? m[2] ?? 'Author';
    let value = withoutEmphasis(m[3] ?? '');
    // Continuation lines: indented lines (RFC 822 style, as in PEP headers) or, after an empty value, list items.
    const listMode = value === '';
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (next.trim() === '' || next.length > LONGEST_LINE || FIELD_LINE.test(next)) break;
      const item = LIST_ITEM.exec(next);
      if (item && (listMode || /^\s/.test(next))) value += `, ${(item[1] ?? '').trim()}`;
      else if (!listMode && /^\s/.test(next)) value += ` ${next.trim()}`;
      else break;
    }
    const authors = splitAuthors(value);
    if (authors.length > 0) return { authors, where: `\`${capitalise(key)}:\` line`, helpers: helperMentions(value) };
  }
  const byline = bylineAuthors(paragraphUnderTitle(lines));
  return byline.length > 0 ? { authors: byline, where: 'byline under the title' } : undefined;
}

/**
 * The first paragraph after the document's title (an ATX heading of any level, or a setext /
 * reStructuredText underlined line), where a byline sits; empty when the document has no title.
 */
function paragraphUnderTitle(lines: readonly string[]): string[] {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const title = lines[i] ?? '';
  if (title.length > LONGEST_LINE) return [];
  if (/^#{1,6}\s/.test(title)) i++;
  else if (isUnderline(lines[i + 1] ?? '')) i += 2;
  else return [];
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const paragraph: string[] = [];
  for (; i < lines.length && (lines[i] ?? '').trim() !== '' && paragraph.length < 10; i++) {
    const line = lines[i] ?? '';
    if (line.length > LONGEST_LINE) return [];
    paragraph.push(line);
  }
  return paragraph;
}

function isUnderline(line: string): boolean {
  return line.length <= LONGEST_LINE && /^(=+|-{3,}|~{3,})\s*$/.test(line);
}

/** `| Author | Ana Lima, Bob Stone |`, read by splitting on `|` (a pattern over the whole row backtracked cubically on long rows). */
function tableRow(line: string): { key: string; value: string } | undefined {
  const t = line.trim();
  if (!t.startsWith('|')) return undefined;
  const cells = t.split('|');
  const key = TABLE_KEY.exec((cells[1] ?? '').trim())?.[1];
  return key === undefined ? undefined : { key, value: (cells[2] ?? '').trim() };
}

/** The value after an `Author:` key, without surrounding space and a bold or italic marker opening it. */
function withoutEmphasis(value: string): string {
  const v = value.trim();
  return v.startsWith('**') || v.startsWith('__') ? v.slice(2).trim() : v;
}

function authorList(value: unknown): string[] {
  if (typeof value === 'string') return splitAuthors(value);
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') out.push(...splitAuthors(item));
    else if (isRecord(item)) {
      const name = typeof item.name === 'string' ? item.name.trim() : '';
      const email = typeof item.email === 'string' ? item.email.trim() : '';
      const handle = [item.github, item.gitlab, item.handle].find((h): h is string => typeof h === 'string');
      if (name && email) out.push(`${name} <${email}>`);
      else if (name || email) out.push(name || email);
      if (handle) out.push(`@${handle.replace(/^@/, '')}`);
    }
  }
  return out.filter((a) => a.length <= LONGEST_LINE && !PLACEHOLDER.test(a));
}

/** The first title a document gives itself: an ATX `# heading`, a `Title:` field, or a setext/RST underlined line. */
function headingTitle(content: string, fromFrontMatter: string | undefined): { title?: string } {
  if (fromFrontMatter) return { title: fromFrontMatter };
  const lines = content.replace(/\r\n?/g, '\n').split('\n').slice(0, HEADER_LINES);
  // A heading of any level on the first line is the title (`## Retry budgets` opens some documents).
  const opening = lines.find((l) => l.trim() !== '') ?? '';
  if (opening.length <= LONGEST_LINE && /^#{2,6}\s/.test(opening)) {
    const t = atxTitle(opening.replace(/^#+/, '#'));
    if (t !== undefined) return { title: t };
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > LONGEST_LINE) continue;
    const atx = atxTitle(line);
    if (atx !== undefined) return { title: atx };
    if (line.startsWith('Title:') && /^\s/.test(line.slice(6)) && line.slice(6).trim() !== '') return { title: line.slice(6).trim() };
    const under = lines[i + 1] ?? '';
    // Setext (Markdown) and reStructuredText titles: a line underlined with = (or - / ~ for RST).
    if (
      under.length <= LONGEST_LINE &&
      line.trim() !== '' &&
      !/^[=\-~#*]+$/.test(line.trim()) &&
      /^(=+|-{3,}|~{3,})\s*$/.test(under) &&
      under.trim().length >= Math.min(3, line.trim().length)
    ) {
      return { title: line.trim() };
    }
  }
  return {};
}

/**
 * The text of a level-1 ATX heading (`# Title`, `# Title #`), or undefined. A loop, not a pattern:
 * `^#\s+(.+?)\s*#*\s*$` backtracked cubically on a heading padded with spaces. A closing run of
 * `#` counts only after a space (CommonMark), so `# C#` keeps its `#`.
 */
function atxTitle(line: string): string | undefined {
  if (line[0] !== '#' || !/^\s$/.test(line[1] ?? '')) return undefined;
  let text = line.slice(1).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || /\s/.test(text[end - 1] ?? '')) text = text.slice(0, end).trim();
  return text === '' ? undefined : text;
}

function countNonBlank(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') n++;
  return n;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
