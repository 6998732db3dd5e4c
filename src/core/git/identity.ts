import picomatch from 'picomatch';
import { EMPTY_MAILMAP, type Mailmap } from './mailmap';
import { LONGEST_LINE } from './text-limits';

/**
 * Who "the person" is in a repository's history: the profile's identities (names and emails) plus
 * the repository's `.mailmap`, compared case-insensitively; and who is a bot, never credited.
 */

/** Someone named in a commit, a trailer or a document header. Any part may be empty. */
export interface NamedPerson {
  readonly name: string;
  readonly email: string;
  /** A code-host handle without the `@` (`@ana` in a KEP's `authors:` list, a GitHub profile link). */
  readonly handle?: string;
}

const BARE_EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;
const HANDLE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PROFILE_LINK = /^\[([^\]]*)\]\(https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/([A-Za-z0-9_.-]+)\/?\)$/;
const NOBODY: NamedPerson = Object.freeze({ name: '', email: '' });

/**
 * Reads `Ana Lima <ana@example.com>`, `ana@example.com`, `@ana`, `Ana Lima (@ana)`,
 * `[Ana](https://github.com/ana)` or a plain name. Text longer than LONGEST_LINE names nobody: no
 * one is called that, and refusing it keeps every step here linear. The angle-bracket and handle
 * forms are found with index searches rather than a lazy `(.*?)\s*…` pattern, which backtracks
 * quadratically over a long run of spaces.
 */
export function parsePerson(text: string): NamedPerson {
  const t = text.trim().replace(/^["']|["']$/g, '').trim();
  if (t.length > LONGEST_LINE) return NOBODY;
  const angle = angleAddress(t);
  if (angle) return { ...parsePerson(angle.before), email: angle.email };
  if (BARE_EMAIL.test(t)) return { name: '', email: t };
  if (t.startsWith('@') && HANDLE.test(t.slice(1))) return { name: '', email: '', handle: t.slice(1) };
  const m = PROFILE_LINK.exec(t);
  if (m) return { name: (m[1] ?? '').trim(), email: '', handle: m[2] ?? '' };
  const trailing = trailingHandle(t);
  if (trailing) return { name: trailing.before, email: '', handle: trailing.handle };
  return { name: t, email: '' };
}

/** `Name <email>`: the last `<…>` at the very end, holding no angle brackets. */
function angleAddress(t: string): { before: string; email: string } | undefined {
  if (!t.endsWith('>')) return undefined;
  const open = t.lastIndexOf('<');
  if (open < 0) return undefined;
  const email = t.slice(open + 1, -1);
  if (email.includes('>')) return undefined;
  return { before: t.slice(0, open), email: email.trim() };
}

/** `Name (@handle)` at the very end. */
function trailingHandle(t: string): { before: string; handle: string } | undefined {
  if (!t.endsWith(')')) return undefined;
  const open = t.lastIndexOf('(@');
  if (open < 0) return undefined;
  const handle = t.slice(open + 2, -1);
  return HANDLE.test(handle) ? { before: t.slice(0, open).trim(), handle } : undefined;
}

/** `Ana Lima <ana@example.com>`, or whichever part is known. */
export function formatPerson(p: NamedPerson): string {
  if (p.name && p.email) return `${p.name} <${p.email}>`;
  if (p.name) return p.name;
  if (p.email) return p.email;
  return p.handle ? `@${p.handle}` : 'someone';
}

/** Decides whether a name/email pair is the person. */
export interface IdentityMatcher {
  isPerson(person: NamedPerson): boolean;
}

/**
 * Builds a matcher from the profile's identities (an entry containing `@` is an email, anything else
 * a name or a handle) and the repository's mailmap. A raw pair matches when its own email or name,
 * or the canonical ones the mailmap gives it, is one of the identities; the identities' own emails
 * are canonicalised too, so listing any one address of a mailmapped person finds all of them.
 */
export function identityMatcher(identities: readonly string[], mailmap: Mailmap = EMPTY_MAILMAP): IdentityMatcher {
  const emails = new Set<string>();
  const names = new Set<string>();
  for (const raw of identities) {
    const id = raw.trim();
    if (id === '') continue;
    if (id.includes('@') && !id.startsWith('@')) {
      const p = parsePerson(id);
      const email = (p.email || id).toLowerCase();
      emails.add(email);
      emails.add(mailmap.resolve(p.name, email).email.toLowerCase());
      if (p.name) names.add(p.name.toLowerCase());
    } else {
      names.add(id.replace(/^@/, '').toLowerCase());
    }
  }
  return {
    isPerson(person) {
      const email = person.email.toLowerCase();
      const name = person.name.toLowerCase();
      if (email !== '' && emails.has(email)) return true;
      if (name !== '' && names.has(name)) return true;
      if (person.handle && names.has(person.handle.toLowerCase())) return true;
      if (email === '') return false;
      const canonical = mailmap.resolve(person.name, person.email);
      return emails.has(canonical.email.toLowerCase()) || (canonical.name !== '' && names.has(canonical.name.toLowerCase()));
    },
  };
}

/**
 * Built-in bot patterns (SPEC §3), besides any name or email containing `[bot]` (GitHub apps):
 * CI robots. Matched against names, emails and email local parts.
 */
export const DEFAULT_BOT_PATTERNS: readonly string[] = ['*-robot', '*-ci-bot'];

/** Decides whether a name/email pair is a bot; bots are never credited with anything. */
export interface BotRule {
  isBot(person: NamedPerson): boolean;
}

/** The built-in bot patterns plus the profile's globs (picomatch syntax, case-insensitive). */
export function botRule(extraPatterns: readonly string[] = []): BotRule {
  const patterns = [...DEFAULT_BOT_PATTERNS, ...extraPatterns.filter((p) => p.trim() !== '')];
  // One regular expression for all globs: this runs for every distinct author and trailer value.
  const re = new RegExp(patterns.map((p) => picomatch.makeRe(p, { nocase: true, dot: true }).source).join('|'), 'i');
  // Slashes would make a glob treat a name as a path; no name or email needs them.
  const test = (s: string) => s !== '' && (s.toLowerCase().includes('[bot]') || re.test(s.replace(/[\\/]/g, '_')));
  return {
    isBot(person) {
      const at = person.email.indexOf('@');
      return test(person.name) || test(person.email) || (at > 0 && test(person.email.slice(0, at))) || test(person.handle ?? '');
    },
  };
}
