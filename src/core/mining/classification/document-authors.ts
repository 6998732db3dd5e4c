import { LONGEST_LINE } from '../../git/text-limits';

/**
 * How documents write the names of their authors: lists split into people, helper phrases that
 * name people who are not authors, Markdown hard line breaks, and bylines under a title. Every
 * step is a split, an index search or an anchored pattern: linear on any text.
 */

/** Values that stand for nobody: template placeholders. */
export const PLACEHOLDER =
  /^(?:tbd|tba|todo|n\/?a|none|unknown|anonymous|name|author|authors|your name|your-name|see below|see above|\?+|-+|…|\.\.\.|<[^<>]*>|\[[^\]]*\])$/i;

/**
 * Phrases after which an author line names helpers, not authors ("Ana Lima, with input from Bob
 * Stone"). Everything from the first of them to the end of the value is left out.
 */
export const HELPER_PHRASES: readonly string[] = [
  'with substantial input from',
  'with input from',
  'with help from',
  'with contributions from',
  'with feedback from',
  'based on discussions with',
  'based on discussion with',
  'based on a discussion with',
  'thanks to',
];

/** A Markdown hard line break at the end of a line: a backslash, two or more spaces, or `<br>`. */
export function endsWithHardBreak(line: string): boolean {
  return line.endsWith('\\') || line.endsWith('  ') || /<br\s*\/?>\s*$/i.test(line);
}

/** The line without a trailing hard line break marker and surrounding space. */
export function withoutHardBreak(line: string): string {
  let t = line.trim();
  if (t.endsWith('\\')) t = t.slice(0, -1).trimEnd();
  const br = t.toLowerCase().lastIndexOf('<br');
  if (br >= 0 && /^<br\s*\/?>$/i.test(t.slice(br))) t = t.slice(0, br).trimEnd();
  return t;
}

/** An author value cut before the first helper phrase (`Ana Lima (with help from Bob)` → `Ana Lima`). */
export function withoutHelpers(value: string): string {
  const lower = value.toLowerCase();
  let cut = -1;
  for (const phrase of HELPER_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      // Only as whole words: "thanks to" inside "Athanks tobias" is not the phrase.
      const before = at === 0 ? ' ' : (lower[at - 1] ?? ' ');
      if (/[\s(,;—–-]/.test(before) && (cut < 0 || at < cut)) {
        cut = at;
        break;
      }
    }
  }
  if (cut < 0) return value;
  let end = cut;
  while (end > 0 && /[\s(,;—–-]/.test(value[end - 1] ?? '')) end--;
  return value.slice(0, end);
}

/** Someone an author line names after a helper phrase: not an author, but credited as a contributor. */
export interface HelperMention {
  /** The phrase as listed in HELPER_PHRASES (`with input from`). */
  readonly phrase: string;
  readonly name: string;
}

/** The people named after helper phrases in an author value (`Ana Lima, with input from Bob and Carol` → Bob, Carol). */
export function helperMentions(value: string): HelperMention[] {
  const lower = value.toLowerCase();
  const found: { at: number; phrase: string }[] = [];
  for (const phrase of HELPER_PHRASES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      if (at === 0 || /[\s(,;—–-]/.test(lower[at - 1] ?? '')) found.push({ at, phrase });
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.at - b.at);
  const out: HelperMention[] = [];
  found.forEach(({ at, phrase }, i) => {
    const end = found[i + 1]?.at ?? value.length;
    // `(with help from Bob Stone)`: the closing bracket belongs to the phrase, not to the name.
    const names = value.slice(Math.min(at + phrase.length, end), end).replace(/[()]/g, ' ');
    for (const name of splitAuthors(names)) out.push({ phrase, name });
  });
  return out;
}

/** `text` without emphasis markers (`*`, `_`) around it; index loops, since `[*_]+$` backtracks quadratically over a long run. */
function withoutEmphasisMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '*' || text[start] === '_')) start++;
  while (end > start && (text[end - 1] === '*' || text[end - 1] === '_')) end--;
  return text.slice(start, end).trim();
}

/**
 * `Ana Lima, Bob Stone and Erin Moss (Example Corp)` → one string per person, affiliations dropped.
 * Split on `,` and `;`, then word by word on a lone `and` or `&`: the single pattern this replaced
 * (`\s*(?:…|\sand\s)\s*`) was quadratic on long runs of spaces. Helper phrases and hard line
 * breaks are removed first.
 */
export function splitAuthors(value: string): string[] {
  const out: string[] = [];
  const text = withoutHelpers(value.replace(/<br\s*\/?>/gi, ' ').replace(/\\(?=\s*(?:[,;]|$))/g, ''));
  for (const piece of text.replace(/\*\*|__/g, '').split(/[,;]/)) {
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
export function withoutAffiliation(author: string): string {
  if (!author.endsWith(')')) return author;
  const open = author.lastIndexOf('(');
  if (open < 0 || author[open + 1] === '@' || author[open - 1] === ']' || author.slice(open + 1, -1).includes(')')) return author;
  return author.slice(0, open).trim();
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;
const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'del', 'di', 'du', 'la', 'le', 'bin', 'al', 'y']);

/**
 * Whether a piece of a byline reads as a person: an email, a handle, a profile link, or one to
 * five words that each start with a capital letter (name particles such as `van` aside). "By
 * default, the cache…" is prose, not a byline.
 */
export function isNameLike(author: string): boolean {
  if (/^@[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(author) || /^\[[^\]]+\]\(https?:\/\/\S+\)$/.test(author) || EMAIL.test(author)) return true;
  // `Name <email>`: the address is cut with an index search, not a pattern that backtracks.
  const open = author.endsWith('>') ? author.lastIndexOf('<') : -1;
  const name = open > 0 && EMAIL.test(author.slice(open + 1, -1)) ? author.slice(0, open).trim() : author;
  const words = name.split(/\s+/);
  if (name === '' || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) || PARTICLES.has(w));
}

/** A short line that is a date: `2024-03-01`, `March 2024`, `1 March 2024`, `Last updated: 2024-03-01`. */
export function isDateLine(line: string): boolean {
  const t = withoutEmphasisMarks(withoutHardBreak(line));
  return t.length <= 40 && /\b(?:19|20)\d\d\b/.test(t) && t.split(/\s+/).length <= 5;
}

/**
 * The authors a byline declares: `By Ana Lima and Bob Stone` (also italic or bold), or one or
 * more lines of names, each ending in a hard line break or followed by a date line. `paragraph` is
 * the first paragraph under the title; anything that is not names through and through declares
 * nobody.
 */
export function bylineAuthors(paragraph: readonly string[]): string[] {
  const first = withoutEmphasisMarks(withoutHardBreak(paragraph[0] ?? ''));
  const by = /^by:?\s/i.exec(first);
  if (by && paragraph.length <= 2) {
    const authors = splitAuthors(first.slice(by[0].length));
    return authors.length > 0 && authors.every(isNameLike) ? authors : [];
  }
  const last = paragraph[paragraph.length - 1] ?? '';
  const dated = paragraph.length > 1 && isDateLine(last);
  const names = dated ? paragraph.slice(0, -1) : paragraph;
  if (names.length === 0 || names.length > 8) return [];
  // Without a date line, every name line but the last must end in a hard line break, and there must be two of them.
  if (!dated && (names.length < 2 || !names.slice(0, -1).every(endsWithHardBreak))) return [];
  const authors: string[] = [];
  for (const line of names) {
    const people = splitAuthors(line);
    if (people.length === 0 || !people.every(isNameLike)) return [];
    authors.push(...people);
  }
  return authors;
}
