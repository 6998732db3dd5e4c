import { parseFrontMatter } from '../yaml/front-matter';
import { isRecord, parseYaml } from '../yaml/yaml-document';

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

const AUTHOR_LINE =
  /^\s*(?:[-*+]\s+)?(?::(author\(s\)|authors?):|(?:\*\*|__)?(author\(s\)|authors?|authored by|written by)(?:\*\*|__)?\s*:)\s*(?:\*\*|__)?\s*(.*)$/i;
const AUTHOR_TABLE_ROW = /^\s*\|\s*(?:\*\*)?(author\(s\)|authors?)(?:\*\*)?\s*\|\s*(.*?)\s*\|?\s*$/i;
const FIELD_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?[A-Za-z][A-Za-z0-9 ()-]*(?:\*\*|__)?\s*:/;
const LIST_ITEM = /^\s*[-*+]\s+(.*)$/;
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
    if (/^#{2,}\s/.test(line)) break;
    const row = AUTHOR_TABLE_ROW.exec(line);
    if (row) {
      const authors = splitAuthors(row[2] ?? '');
      if (authors.length > 0) return { authors, where: `\`${row[1]}\` table row` };
      continue;
    }
    const m = AUTHOR_LINE.exec(line);
    if (!m) continue;
    const key = m[1] ?? m[2] ?? 'Author';
    let value = m[3] ?? '';
    // Continuation lines: indented lines (RFC 822 style, as in PEP headers) or, after an empty value, list items.
    const listMode = value.trim() === '';
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (next.trim() === '' || FIELD_LINE.test(next)) break;
      const item = LIST_ITEM.exec(next);
      if (item && (listMode || /^\s/.test(next))) value += `, ${item[1] ?? ''}`;
      else if (!listMode && /^\s/.test(next)) value += ` ${next.trim()}`;
      else break;
    }
    const authors = splitAuthors(value);
    if (authors.length > 0) return { authors, where: `\`${capitalise(key)}:\` line` };
  }
  return undefined;
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
  return out.filter((a) => !PLACEHOLDER.test(a));
}

function splitAuthors(value: string): string[] {
  return value
    .replace(/\*\*|__/g, '')
    .split(/\s*(?:[,;]|\s&\s|\sand\s)\s*/i)
    .map((a) => a.trim().replace(/(?<!\])\s*\((?!@)[^)]*\)$/, '').trim())
    .filter((a) => a !== '' && !PLACEHOLDER.test(a));
}

function headingTitle(content: string, fromFrontMatter: string | undefined): { title?: string } {
  if (fromFrontMatter) return { title: fromFrontMatter };
  const lines = content.replace(/\r\n?/g, '\n').split('\n').slice(0, HEADER_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const atx = /^#\s+(.+?)\s*#*\s*$/.exec(line);
    if (atx) return { title: atx[1] ?? '' };
    const field = /^Title:\s+(.+)$/.exec(line);
    if (field) return { title: (field[1] ?? '').trim() };
    const under = lines[i + 1] ?? '';
    // Setext (Markdown) and reStructuredText titles: a line underlined with = (or - / ~ for RST).
    if (line.trim() !== '' && !/^[=\-~#*]+$/.test(line.trim()) && /^(=+|-{3,}|~{3,})\s*$/.test(under) && under.trim().length >= Math.min(3, line.trim().length)) {
      return { title: line.trim() };
    }
  }
  return {};
}

function countNonBlank(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') n++;
  return n;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
