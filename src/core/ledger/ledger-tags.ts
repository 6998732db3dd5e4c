import { DEFAULT_KIND, type LedgerVocabulary } from './ledger-entry';

/** A tag as written: `#` then a word of letters, digits, `-` or `_`, starting with a letter. */
const TAG_TOKEN = /^#[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * The tags of a tag line, or undefined when the line is prose. A tag line holds nothing but tags
 * (separated by spaces or commas), so `Fixed #123 after the #incident review` is never read as one.
 */
export function readTagLine(line: string): string[] | undefined {
  const tokens = line.trim().split(/[\s,]+/).filter((t) => t !== '');
  if (tokens.length === 0 || !tokens.every((t) => TAG_TOKEN.test(t))) return undefined;
  const tags: string[] = [];
  for (const token of tokens) {
    const tag = normaliseTag(token);
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * A word as a kebab-case tag without `#` (`On_Call` → `on-call`), or undefined when nothing is left.
 * People type tags by hand; matching them case-insensitively is kinder than reporting them.
 */
export function normaliseTag(word: string): string | undefined {
  const tag = word
    .toLowerCase()
    .replace(/^#+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(tag) ? tag : undefined;
}

/** What an entry's tags mean. */
export interface TagMeaning {
  readonly kind: string;
  readonly criteria: string[];
  readonly tags: string[];
}

/**
 * Sorts tags into the entry's kind, its criteria and free tags. The first kind tag wins; a tag can be
 * both a kind and a criterion (`#mentoring`), and then it is both. A later kind tag that is not a
 * criterion is kept as a free tag so nothing the person wrote is lost.
 */
export function classifyTags(tags: readonly string[], vocab: LedgerVocabulary): TagMeaning {
  let kind: string | undefined;
  const criteria: string[] = [];
  const free: string[] = [];
  for (const tag of tags) {
    let used = false;
    if (kind === undefined && vocab.kinds.has(tag)) {
      kind = tag;
      used = true;
    }
    if (vocab.criteria.has(tag)) {
      if (!criteria.includes(tag)) criteria.push(tag);
      used = true;
    }
    if (!used && !free.includes(tag)) free.push(tag);
  }
  return { kind: kind ?? DEFAULT_KIND, criteria, tags: free };
}
