import { parseFrontMatter } from '../../yaml/front-matter';
import { isRecord, parseYaml } from '../../yaml/yaml-document';
import { LONGEST_LINE } from '../../git/text-limits';

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
const PLACEHOLDER =
  /^(?:tbd|tba|todo|n\/?a|none|unknown|anonymous|name|author|authors|your name|your-name|see below|see above|\?+|-+|…|\.\.\.|<[^<>]*>|\[[^\]]*\])$/i;

/** Reads the header of a document (or a `kep.yaml`) at `path`. Never throws: unreadable front matter just declares nothing. */
export function readDocumentHeader(text: string, path: string): DocumentHeader {
  const lines = countNonBlank(text);
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'kep.yaml' || name === 'kep.yml') {
    const data = parseYaml(text, path).data;
    const authors = isRecord(data) ? authorList(data.authors) : [];
    const title = isRecord(data) && typeof data.title === 'string' ? data.title.trim() : undefined;
    return { authors, ...(authors.length > 0 ? { declaredIn: 'kep.yaml `authors`' } : {}), ...(title ? { title } : {}), lines };
  }
  let content = text;
  let title: string | undefined;
  if (/^\uFEFF?---/.test(text)) {
    const fm = parseFrontMatter(text, path);
    content = fm.content;
    const t = fm.data.title;
    if (typeof t === 'string' && t.trim() !== '') title = t.trim();
    for (const key of ['authors', 'author']) {
      const authors = authorList(fm.data[key]);
      if (authors.length > 0) return { authors, declaredIn: `front matter \`${key}\``, ...headingTitle(content, title), lines };
    }
  }
  const head = content.replace(/\r\n?/g, '\n').split('\n').slice(0, HEADER_LINES);
  const declared = headerAuthors(head);
  return { authors: declared?.authors ?? [], ...(declared ? { declaredIn: declared.where } : {}), ...headingTitle(content, title), lines };
}

function headerAuthors(lines: readonly string[]): { authors: string[]; where: string } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > LONGEST_LINE) continue;
    if (/^#{2,}\s/.test(line)) break;
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
    if (authors.length > 0) return { authors, where: `\`${capitalise(key)}:\` line` };
  }
  return undefined;
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

/**
 * `Ana Lima, Bob Stone and Erin Moss (Example Corp)` → one string per person, affiliations dropped.
 * Split on `,` and `;`, then word by word on a lone `and` or `&`: the single pattern this replaced
 * (`\s*(?:…|\sand\s)\s*`) was quadratic on long runs of spaces.
 */
function splitAuthors(value: string): string[] {
  const out: string[] = [];
  for (const piece of value.replace(/\*\*|__/g, '').split(/[,;]/)) {
    let words: string[] = [];
    const flush = () => {
      const author = withoutAffiliation(words.join(' '));
      if (author !== '' && author.length <= LONGEST_LINE && !PLACEHOLDER.test(author)) out.push(author);
      words = [];
    };
    for (const word of piece.split(/\s+/)) {
      if (word === '') continue;
      if (word === '&' || word.toLowerCase() === 'and') flush();
      else words.push(word);
    }
    flush();
  }
  return out;
}

/** Drops a trailing `(Example Corp)`, but keeps `(@handle)` and the `(url)` of a Markdown link. */
function withoutAffiliation(author: string): string {
  if (!author.endsWith(')')) return author;
  const open = author.lastIndexOf('(');
  if (open < 0 || author[open + 1] === '@' || author[open - 1] === ']' || author.slice(open + 1, -1).includes(')')) return author;
  return author.slice(0, open).trim();
}

/** The first title a document gives itself: an ATX `# heading`, a `Title:` field, or a setext/RST underlined line. */
function headingTitle(content: string, fromFrontMatter: string | undefined): { title?: string } {
  if (fromFrontMatter) return { title: fromFrontMatter };
  const lines = content.replace(/\r\n?/g, '\n').split('\n').slice(0, HEADER_LINES);
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
