/**
 * How untrusted text (commit subjects, file names, ledger titles, template data) becomes Markdown.
 *
 * The rule, decided once for packets, reviews and plans: text from a repository may never turn
 * into HTML, a link, an image or a table cell break. So `&`, `<` and `>` become entities (no tag,
 * no script, no comment can form), `[`, `]`, `|`, `` ` `` and `\` are backslash-escaped (no link or
 * image syntax, no broken table, no code span swallowing the line), and line breaks and control
 * characters become spaces (an item stays on its line and cannot start a heading). Everything else
 * is kept, so the draft stays readable both as source and rendered.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '`': '\\`',
  '\\': '\\\\',
};

// eslint-disable-next-line no-control-regex
const UNSAFE = /[&<>[\]|`\\]|[\u0000-\u001f\u007f\u2028\u2029]/g;

// eslint-disable-next-line no-control-regex
const ANY_UNSAFE = /[&<>[\]|`\\\u0000-\u001f\u007f\u2028\u2029]/;

/** Untrusted text as inert, single-line Markdown. */
export function markdownText(text: string): string {
  // Most titles need nothing: testing first keeps a 20,000-item packet fast.
  return ANY_UNSAFE.test(text) ? text.replace(UNSAFE, (c) => ESCAPES[c] ?? ' ') : text;
}

/**
 * Markdown that the generator built itself from escaped parts (a link whose label went through
 * {@link markdownText} and whose target through {@link linkTarget}). Template data escapes every
 * plain string; only values wrapped in this type pass through as they are.
 */
export interface TrustedMarkdown {
  readonly trustedMarkdown: string;
}

export function trusted(markdown: string): TrustedMarkdown {
  return { trustedMarkdown: markdown };
}

export function isTrusted(value: unknown): value is TrustedMarkdown {
  return typeof value === 'object' && value !== null && typeof (value as { trustedMarkdown?: unknown }).trustedMarkdown === 'string';
}

/** Relative paths, anchors and http(s) URLs made only of characters that need no encoding. */
const PLAIN_TARGET = /^(?:https?:\/\/|\/|#|[A-Za-z0-9._~-])[A-Za-z0-9._~/#:?=&%+-]*$/;

/**
 * A link target that cannot end the link early or smuggle a scheme: spaces, parentheses, angle
 * brackets and non-ASCII are percent-encoded; only relative paths, `#` anchors and http(s) URLs
 * are accepted (anything else gives `undefined`, and the caller shows the text without a link).
 */
export function linkTarget(target: string): string | undefined {
  if (PLAIN_TARGET.test(target)) return target;
  if (!/^(https?:\/\/|\/|#|[A-Za-z0-9._~-])/.test(target)) return undefined;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) && !/^https?:\/\//.test(target)) return undefined;
  return encodeURI(target).replace(/[()<>[\]`'"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](target)` with the label escaped, or the escaped label alone when the target is refused. */
export function markdownLink(label: string, target: string): string {
  const href = linkTarget(target);
  return href === undefined ? markdownText(label) : `[${markdownText(label)}](${href})`;
}
