/**
 * A two-note (SPEC §2, the seeds' "two-note practice"): for one task, a note for your future self and
 * one for a teammate, each with Intent, Tradeoffs and Next steps. Kept in `growth/notes/`.
 */

/** `done` closes the note: its unchecked steps are no longer carried forward. */
export type NoteStatus = 'open' | 'done';

/** One `- [ ]` / `- [x]` item under **Next steps**. */
export interface NextStep {
  readonly text: string;
  readonly done: boolean;
  /** 1-based line in the note file. */
  readonly line: number;
}

/** One half of a two-note. Texts are the Markdown under each label, trimmed, with HTML comments (prompts) removed. */
export interface NoteHalf {
  readonly intent: string;
  readonly tradeoffs: string;
  readonly nextSteps: readonly NextStep[];
}

export interface TwoNote {
  readonly task: string;
  /** YYYY-MM-DD; empty only when neither the front matter nor the file name gives a date (a problem says so). */
  readonly date: string;
  readonly branch?: string;
  readonly criteria: readonly string[];
  readonly status: NoteStatus;
  readonly futureMe: NoteHalf;
  readonly teammate: NoteHalf;
}

/** Which half of a note something is in. */
export type NoteHalfName = 'futureMe' | 'teammate';
