import type { LedgerLink } from './ledger-entry';

/** `- link: …`, `- commit: …`, `- file: …` (any bullet, any case). */
const LINK_LINE = /^ {0,3}[-*+][ \t]+(link|commit|file)[ \t]*:[ \t]*(\S.*)?$/i;
const COMMIT = /^[0-9a-f]{4,40}$/i;
/** `[text](target)` or `[text](<target> "title")`, not preceded by `!` (an image). */
const MARKDOWN_LINK = /(!?)\[[^\]\n]*\]\([ \t]*(<[^>\n]*>|[^\s()]+)(?:[ \t]+"[^"\n]*")?[ \t]*\)/g;
const INLINE_CODE = /`[^`\n]*`/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A structured link line: the link, or why it could not be read. */
export type LinkLine = { readonly link: LedgerLink } | { readonly error: string };

/** Reads `- link: path`, `- commit: sha` and `- file: path:line` lines; undefined for any other line. */
export function readLinkLine(line: string): LinkLine | undefined {
  const m = LINK_LINE.exec(line);
  if (!m) return undefined;
  const type = (m[1] ?? '').toLowerCase() as LedgerLink['type'];
  const value = (m[2] ?? '').trim();
  if (value === '') return { error: `\`- ${type}:\` has nothing after it` };
  if (type === 'commit') {
    const sha = value.split(/\s/)[0] ?? '';
    return COMMIT.test(sha)
      ? { link: { type, target: sha.toLowerCase() } }
      : { error: `\`- commit:\` expects a commit hash such as 3f2a9c1, not "${sha}"` };
  }
  const target = unwrap(value);
  if (type === 'file') return { link: fileLink(target) };
  const located = splitFragment(target);
  return { link: located };
}

/**
 * Markdown links to relative paths in a line of prose, resolved the way Markdown renderers do:
 * against `baseDir`, the folder of the file they are written in (`../notes/x.md` in
 * `growth/ledger/2026-11.md` is `growth/notes/x.md`). Links to web pages and anchors are not
 * evidence of a file and are skipped.
 */
export function markdownLinks(line: string, baseDir: string): LedgerLink[] {
  if (!line.includes('](')) return [];
  const prose = line.replace(INLINE_CODE, (code) => ' '.repeat(code.length));
  const links: LedgerLink[] = [];
  for (const m of prose.matchAll(MARKDOWN_LINK)) {
    if (m[1] === '!') continue;
    const raw = unwrap(m[2] ?? '');
    if (raw === '' || raw.startsWith('#') || raw.startsWith('//') || SCHEME.test(raw)) continue;
    const link = splitFragment(raw);
    links.push({ ...link, target: resolvePath(baseDir, link.target) });
  }
  return links;
}

/** `dir` + a relative path, normalised; a path starting with `/` is from the repository root. Kept as written if it climbs out of the repository. */
function resolvePath(dir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dir.split('/').filter((p) => p !== '' && p !== '.');
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return target;
  }
  return parts.join('/');
}

/** Identifies a link by type, target and line, so an entry lists each place once. */
export function linkKey(link: LedgerLink): string {
  return `${link.type}\u0000${link.target}\u0000${link.line ?? ''}`;
}

/** `src/retry.ts:42`, `src/retry.ts:42:7`, `src/retry.ts#L42` → path and line. */
function fileLink(target: string): LedgerLink {
  const colon = /^(.+?):(\d+)(?::\d+)?(?:-\d+)?$/.exec(target);
  if (colon) return withLine('file', colon[1] ?? target, Number(colon[2]));
  const { target: path, line } = splitFragment(target);
  return line === undefined ? { type: 'file', target: path } : withLine('file', path, line);
}

/** Drops `?query` and `#fragment` from a relative path, keeping a GitHub-style `#L42` as the line. */
function splitFragment(target: string): LedgerLink {
  if (SCHEME.test(target)) return { type: 'link', target };
  const hash = target.indexOf('#');
  const query = target.indexOf('?');
  const cut = [hash, query].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), target.length);
  const path = target.slice(0, cut);
  const line = hash >= 0 ? /^L(\d+)/.exec(target.slice(hash + 1))?.[1] : undefined;
  return line === undefined ? { type: 'link', target: path } : withLine('link', path, Number(line));
}

function withLine(type: LedgerLink['type'], target: string, line: number): LedgerLink {
  return line >= 1 ? { type, target, line } : { type, target };
}

/** `<path with spaces>` and `[text](path)` as written after `- link:` → the path. */
function unwrap(value: string): string {
  const md = /^\[[^\]]*\]\((.*)\)$/.exec(value);
  const inner = md ? (md[1] ?? '').trim().split(/\s+/)[0] ?? '' : value;
  return inner.startsWith('<') && inner.endsWith('>') ? inner.slice(1, -1).trim() : inner;
}
