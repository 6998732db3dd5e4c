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

const PART = /([^<>]*)<([^<>]*)>/g;

/** Parses `.mailmap` text. Lines it cannot read are skipped, as git does. */
export function parseMailmap(text: string | undefined): Mailmap {
  const entries: MailmapEntry[] = [];
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const parts = [...line.matchAll(PART)].map((m) => ({ name: (m[1] ?? '').trim(), email: (m[2] ?? '').trim() }));
    const first = parts[0];
    const second = parts[1];
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
