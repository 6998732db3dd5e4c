import { formatPerson, parsePerson, type BotRule, type IdentityMatcher, type NamedPerson } from '../../git/identity';
import type { PersonName } from '../../git/mailmap';
import type { DocumentClassifier } from './document-kinds';
import type { DocumentHeader } from './document-header';
import type { DateWindow } from '../../evidence/evidence-window';

// The window rule lives with the evidence window; classification rules use it from here too.
export { inWindow, type DateWindow } from '../../evidence/evidence-window';


/** Facts about file contents, keyed by blob ids, so they are read once per content and cached. */
export interface BlobFacts {
  readonly headers: Map<string, DocumentHeader>;
  /** Lines added by an edit, keyed by `diffKey(old, new)`. */
  readonly addedLines: Map<string, number>;
}

/** The key of an edit (old blob → new blob) in `BlobFacts.addedLines`. */
export function diffKey(oldBlob: string, newBlob: string): string {
  return `${oldBlob}..${newBlob}`;
}

/** Blob facts with nothing known yet. */
export function emptyBlobFacts(): BlobFacts {
  return { headers: new Map(), addedLines: new Map() };
}

/**
 * Everything the classifiers need to decide what counts for one person in one repository. The
 * person test is memoised per author object (authors are interned), so 100k commits by a few
 * hundred people cost a few hundred identity checks.
 */
export class ClassifyContext {
  private readonly personMemo = new Map<PersonName, boolean>();
  private readonly botMemo = new Map<PersonName, boolean>();
  private readonly namedMemo = new Map<string, NamedPerson>();
  private readonly namesMemo = new Map<NamedPerson, boolean>();
  private readonly namedBotMemo = new Map<NamedPerson, boolean>();
  private readonly trailerMemo = new WeakMap<object, { readonly named: NamedPerson; readonly person: boolean }>();

  constructor(
    /** Repository name used in ids and items. */
    readonly repo: string,
    readonly identities: IdentityMatcher,
    readonly bots: BotRule,
    readonly documents: DocumentClassifier,
    readonly window: DateWindow,
    /** Areas never summarised as the person's work (the growth folder). */
    readonly ignoredAreas: readonly string[] = [],
  ) {}

  /** The commit author is the person (and not a bot using one of the person's addresses). */
  isPersonAuthor(author: PersonName): boolean {
    let v = this.personMemo.get(author);
    if (v === undefined) {
      v = !this.isBotAuthor(author) && this.identities.isPerson(author);
      this.personMemo.set(author, v);
    }
    return v;
  }

  isBotAuthor(author: PersonName): boolean {
    let v = this.botMemo.get(author);
    if (v === undefined) {
      v = this.bots.isBot(author);
      this.botMemo.set(author, v);
    }
    return v;
  }

  /** A trailer value or header entry that names the person (bots never do). Memoised per parsed value. */
  namesPerson(named: NamedPerson): boolean {
    let v = this.namesMemo.get(named);
    if (v === undefined) {
      v = !this.bots.isBot(named) && this.identities.isPerson(named);
      this.namesMemo.set(named, v);
    }
    return v;
  }

  /** Whether someone named in a trailer or header is a bot. */
  isNamedBot(named: NamedPerson): boolean {
    let v = this.namedBotMemo.get(named);
    if (v === undefined) {
      v = this.bots.isBot(named);
      this.namedBotMemo.set(named, v);
    }
    return v;
  }

  parseNamed(text: string, parse: (t: string) => NamedPerson): NamedPerson {
    let p = this.namedMemo.get(text);
    if (!p) {
      p = parse(text);
      this.namedMemo.set(text, p);
    }
    return p;
  }

  /** Who a trailer names, and whether that is the person: memoised per (shared) trailer object. */
  trailerNames(t: { readonly value: string }): { readonly named: NamedPerson; readonly person: boolean } {
    let v = this.trailerMemo.get(t);
    if (!v) {
      const named = this.parseNamed(t.value, parsePerson);
      v = { named, person: this.namesPerson(named) };
      this.trailerMemo.set(t, v);
    }
    return v;
  }

  /** `Bob Stone <bob@example.com>` as shown in reasons. */
  who(p: NamedPerson): string {
    return formatPerson(p);
  }
}

/** First seven characters of a sha, as people quote commits. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
