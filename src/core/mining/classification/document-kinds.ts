import picomatch from 'picomatch';
import type { DocPathOverrides } from '../../model/types';

/** The document kinds git evidence knows, most specific first: a path is given the first kind whose globs match. */
import { DOCUMENT_KINDS } from '../../model/types';

// The vocabulary lives with the other evidence kinds; the path rules for it live here.
export { DOCUMENT_KINDS };
/** `rfc`, `adr`, `design-doc` or `doc`. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Default path globs per kind (picomatch syntax, case-insensitive, matched against paths relative
 * to the repository root). A kind listed in the profile's `paths` replaces its defaults entirely.
 * Only files with document extensions (Markdown, reStructuredText, AsciiDoc, text, Org) are ever
 * considered, so `docs/logo.png` is not a document.
 */
export const DEFAULT_DOCUMENT_GLOBS: Readonly<Record<DocumentKind, readonly string[]>> = {
  rfc: ['**/rfcs/**', '**/rfc/**', 'text/**', '**/rfc-*', '**/rfc_*'],
  adr: ['**/adr/**', '**/adrs/**', '**/decisions/**', '**/decision-records/**', '**/architecture-decisions/**', '**/adr-*'],
  'design-doc': ['**/design/**', '**/designs/**', '**/design-docs/**', '**/design-doc/**', '**/proposals/**', '**/keps/**'],
  doc: ['**/docs/**', '**/doc/**', '**/documentation/**', '**/*.md', '**/*.markdown', '**/*.mdx', '**/*.rst', '**/*.adoc', '**/*.asciidoc'],
};

/**
 * Paths that are never a person's documents even when a glob matches: test fixtures (sample
 * Markdown a parser is tested on), vendored trees, licences and changelogs (edited by tooling or
 * copied in), code-host templates. Callers add the growth folder itself, whose ledger files are
 * evidence of their own.
 */
export const DEFAULT_EXCLUDED_GLOBS: readonly string[] = [
  '**/test/**/fixtures/**',
  '**/tests/**/fixtures/**',
  '**/__fixtures__/**',
  '**/testdata/**',
  '**/node_modules/**',
  '**/vendor/**',
  '**/third_party/**',
  '**/third-party/**',
  '.github/**',
  '.gitlab/**',
  '**/CHANGELOG*',
  '**/CHANGES*',
  '**/HISTORY*',
  '**/LICENSE*',
  '**/LICENCE*',
  '**/COPYING*',
  '**/NOTICE*',
];

/** Decides a path's document kind; `globFor` names the glob that decided it (shown as a reason). */
export interface DocumentClassifier {
  kindOf(path: string): DocumentKind | undefined;
  globFor(path: string, kind: DocumentKind): string | undefined;
}

const GLOB_OPTIONS = { nocase: true, dot: true };

/**
 * Each kind's globs are compiled into one regular expression (an alternation of picomatch's own
 * translations), which is several times faster than testing globs one by one: a warm start
 * classifies every document path in the history.
 */
export function documentClassifier(overrides: DocPathOverrides = {}, excluded: readonly string[] = DEFAULT_EXCLUDED_GLOBS): DocumentClassifier {
  const excludedRe = combined(excluded);
  const kinds = DOCUMENT_KINDS.map((kind) => {
    const globs = overrides[kind] ?? DEFAULT_DOCUMENT_GLOBS[kind];
    return { kind, globs, re: combined(globs) };
  });
  const memo = new Map<string, DocumentKind | undefined>();
  return {
    kindOf(path) {
      if (memo.has(path)) return memo.get(path);
      let found: DocumentKind | undefined;
      if (!excludedRe?.test(path)) found = kinds.find((k) => k.re?.test(path))?.kind;
      memo.set(path, found);
      return found;
    },
    globFor(path, kind) {
      return kinds.find((k) => k.kind === kind)?.globs.find((g) => picomatch.makeRe(g, GLOB_OPTIONS).test(path));
    },
  };
}

function combined(globs: readonly string[]): RegExp | undefined {
  if (globs.length === 0) return undefined;
  return new RegExp(globs.map((g) => picomatch.makeRe(g, GLOB_OPTIONS).source).join('|'), 'i');
}
