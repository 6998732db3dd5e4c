/**
 * One commit as `git log` printed it, before any interpretation. The parser produces these; the
 * fact extractor turns them into the identity-independent facts the cache keeps.
 */

/** `A`dded, `M`odified, `D`eleted, `R`enamed, `C`opied, `T`ype changed, `U`nmerged, `X` unknown, `B` broken pair. */
export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X' | 'B';

/** One line of `--raw` output. */
export interface FileChange {
  readonly status: ChangeStatus;
  /** Similarity percentage for renames and copies (`R087` → 87). */
  readonly score?: number;
  /** The path after the change (the new name for renames and copies). */
  readonly path: string;
  /** The path before a rename or copy. */
  readonly oldPath?: string;
  /** Blob ids, present with `--raw --no-abbrev`; the all-zero id is left out. */
  readonly oldBlob?: string;
  readonly newBlob?: string;
  /** File modes from `--raw` (`100644`, `120000` symlink, `160000` submodule). */
  readonly newMode?: string;
}

/** One commit record of `git log` output: the fields of LOG_FIELDS plus its file changes. */
export interface LogCommit {
  readonly sha: string;
  /** Empty for a root commit and for the boundary commits of a shallow clone. */
  readonly parents: readonly string[];
  readonly authorName: string;
  readonly authorEmail: string;
  /**
   * Strict ISO 8601 with the author's own offset (`%aI`), e.g. `2026-11-20T09:30:00+01:00`. A date
   * git could not read, or one outside years 1970–9999, is replaced by UNDATED (see `undated`).
   */
  readonly authorDate: string;
  /** Raw committer email (`%ce`): a forge's address marks its squash and rebase merges. */
  readonly committerEmail: string;
  /** True when the commit's own author date was unusable and `authorDate` is UNDATED instead. */
  readonly undated?: boolean;
  readonly subject: string;
  /** The message after the subject paragraph; trailers live at its end. */
  readonly body: string;
  /** Empty for merges (git shows no diff for them by default) and for empty commits. */
  readonly changes: readonly FileChange[];
}
