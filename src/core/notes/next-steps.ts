import type { NoteHalfName, TwoNote } from './two-note';

/** A note as loaded from its file. */
export interface NoteAtFile {
  readonly file: string;
  readonly note: TwoNote;
}

/** An unchecked next step, with where to find it. */
export interface OpenNextStep {
  readonly text: string;
  readonly file: string;
  /** 1-based line of the checklist item. */
  readonly line: number;
  readonly task: string;
  /** The note's date, YYYY-MM-DD. */
  readonly date: string;
  readonly half: NoteHalfName;
}

export interface OpenNextStepsOptions {
  /** Also carry steps from notes marked `status: done` (by default closing a note closes its steps). */
  readonly includeDone?: boolean;
}

/**
 * The unchecked next steps of the notes, oldest note first, for the monthly review to carry
 * forward. A note marked `done` is left out unless asked for: the person closed it on purpose, and
 * carrying its leftovers forward every month would turn the review into a nag.
 */
export function openNextSteps(notes: readonly NoteAtFile[], options: OpenNextStepsOptions = {}): OpenNextStep[] {
  const open: OpenNextStep[] = [];
  for (const { file, note } of notes) {
    if (note.status === 'done' && !options.includeDone) continue;
    for (const half of ['futureMe', 'teammate'] as const) {
      for (const step of note[half].nextSteps) {
        if (!step.done) open.push({ text: step.text, file, line: step.line, task: note.task, date: note.date, half });
      }
    }
  }
  return open.sort((a, b) => compare(a.date, b.date) || compare(a.file, b.file) || a.line - b.line);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
