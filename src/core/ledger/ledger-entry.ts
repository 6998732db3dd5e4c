/**
 * A learning-ledger entry as read from `growth/ledger/YYYY-MM.md` (SPEC §2): a level-2 heading that
 * starts with an ISO date, an optional line of hashtags, then free Markdown.
 */

/** Where an entry points: a file or page (`- link:`), a commit (`- commit:`), or a place in code (`- file: path:line`). */
export interface LedgerLink {
  readonly type: 'link' | 'commit' | 'file';
  /**
   * A commit hash, a URL (`- link:` only), or a path from the repository root. Link lines are
   * written from the root (`- link: docs/adr/0014.md`); Markdown links are resolved from the
   * ledger file's folder, as any Markdown viewer resolves them.
   */
  readonly target: string;
  /** 1-based line in `target`, when the link names one (`path:42`, `path#L42`). */
  readonly line?: number;
}

export interface LedgerEntry {
  /** ISO date from the heading, YYYY-MM-DD (always a real calendar date). */
  readonly date: string;
  readonly title: string;
  /** The first tag naming a known kind; `other` when no tag does. */
  readonly kind: string;
  /** Criteria ids named by tags, in the order written. */
  readonly criteria: readonly string[];
  /** Every other tag, unknown ones included, lower-case, without `#`. */
  readonly tags: readonly string[];
  /** The entry's Markdown without its heading, tag line and `- link:`/`- commit:`/`- file:` lines; LF line ends. */
  readonly body: string;
  readonly links: readonly LedgerLink[];
  /** 1-based line of the heading. */
  readonly line: number;
  /** 1-based last non-blank line of the entry. */
  readonly endLine: number;
}

/** The words a tag can mean something by: evidence kinds, and the framework's criteria ids. */
export interface LedgerVocabulary {
  readonly kinds: ReadonlySet<string>;
  readonly criteria: ReadonlySet<string>;
}

/** The kind an entry gets when none of its tags names one. */
export const DEFAULT_KIND = 'other';
