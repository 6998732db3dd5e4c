import { LONGEST_LINE } from './text-limits';

/**
 * `.mailmap` (gitmailmap(5)) read and applied by this project, so that raw author names and emails
 * can be cached and the mapping applied afterwards: editing `.mailmap` needs no re-mining.
 */

/** One `.mailmap` line: who a commit name/email really is. */
export interface MailmapEntry {
  readonly properName?: string;
  readonly properEmail?: string;
  readonly commitName?: string;
  /** Lower case. */
  readonly commitEmail: string;
}

/** A person as a commit or trailer names them. */
export interface PersonName {
  readonly name: string;
  readonly email: string;
}

/** A parsed `.mailmap`. */
export interface Mailmap {
  readonly entries: readonly MailmapEntry[];
  /** The canonical name and email for a raw pair (unchanged when no entry applies). */
  resolve(name: string, email: string): PersonName;
}

/**
 * Parses `.mailmap` text. Lines it cannot read are skipped, as git does; so are lines longer than
 * LONGEST_LINE, which no real entry is (a `.mailmap` comes with the repository, so it is untrusted).
 */
export function parseMailmap(text: string | undefined): Mailmap {
  const entries: MailmapEntry[] = [];
  for (const raw of (text ?? '').split(/\r?\n/)) {
    if (raw.length > LONGEST_LINE) continue;
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const [first, second] = addressParts(line);
    if (!first) continue;
    if (!second) {
      // `Proper Name <commit@email>`: only the name is replaced.
      if (first.name !== '') entries.push({ properName: first.name, commitEmail: first.email.toLowerCase() });
      continue;
    }
    entries.push({
      ...(first.name !== '' ? { properName: first.name } : {}),
      ...(first.email !== '' ? { properEmail: first.email } : {}),
      ...(second.name !== '' ? { commitName: second.name } : {}),
      commitEmail: second.email.toLowerCase(),
    });
  }
  return createMailmap(entries);
}

/**
 * The first two `Name <email>` parts of a line (the name may be empty). Index searches, not a
 * global `([^<>]*)<([^<>]*)>` pattern, whose retries from every position were quadratic on a
 * long line without brackets.
 */
function addressParts(line: string): PersonName[] {
  const parts: PersonName[] = [];
  let pos = 0;
  while (parts.length < 2) {
    const close = line.indexOf('>', pos);
    if (close < 0) break;
    const open = line.lastIndexOf('<', close);
    if (open >= pos) {
      // A name holds no `<`: it starts after any earlier stray one.
      const stray = open > pos ? line.lastIndexOf('<', open - 1) : -1;
      const nameStart = Math.max(pos, stray + 1);
      parts.push({ name: line.slice(nameStart, open).trim(), email: line.slice(open + 1, close).trim() });
    }
    pos = close + 1;
  }
  return parts;
}

function createMailmap(entries: readonly MailmapEntry[]): Mailmap {
  const byEmail = new Map<string, MailmapEntry[]>();
  for (const e of entries) {
    const list = byEmail.get(e.commitEmail) ?? [];
    list.push(e);
    byEmail.set(e.commitEmail, list);
  }
  return {
    entries,
    resolve(name, email) {
      const candidates = byEmail.get(email.toLowerCase());
      if (!candidates) return { name, email };
      const lname = name.toLowerCase();
      // An entry naming the commit name is more specific than one that does not; later lines win, as in git.
      let hit: MailmapEntry | undefined;
      for (const c of candidates) if (c.commitName !== undefined && c.commitName.toLowerCase() === lname) hit = c;
      if (!hit) for (const c of candidates) if (c.commitName === undefined) hit = c;
      if (!hit) return { name, email };
      return { name: hit.properName ?? name, email: hit.properEmail ?? email };
    },
  };
}

/** A mailmap that maps nothing. */
export const EMPTY_MAILMAP: Mailmap = createMailmap([]);
