import type { Clock, GrowthFileStore } from '../ports';
import { type GrowthLayout } from '../layout';
import { localDay } from '../time/calendar';
import { renderTwoNote, slugify } from '../notes/two-note-writer';

export interface NewTwoNoteInput {
  readonly task: string;
  readonly branch?: string;
  readonly criteria?: readonly string[];
  readonly date?: string;
}

export interface NewTwoNoteResult {
  readonly path: string;
  /** 0-based position of the first Intent, where the editor puts the cursor. */
  readonly cursor: { readonly line: number; readonly character: number };
}

/**
 * Creates the two-note file for a task. A second note for the same task on the same day gets a
 * numbered name (`…-2.md`): an existing note is never overwritten.
 */
export async function newTwoNote(store: GrowthFileStore, layout: GrowthLayout, clock: Clock, input: NewTwoNoteInput): Promise<NewTwoNoteResult> {
  const task = input.task.replace(/\s+/g, ' ').trim();
  if (task === '') throw new Error('a two-note needs a task');
  const date = input.date ?? localDay(clock.now());
  const rendered = renderTwoNote({ task, date, branch: input.branch, criteria: [...(input.criteria ?? [])] });
  const slug = slugify(task);
  for (let n = 1; n <= 100; n++) {
    const path = layout.noteFile(date, n === 1 ? slug : `${slug}-${n}`);
    if (await store.create(path, rendered.text)) return { path, cursor: rendered.cursor };
  }
  throw new Error(`there are already 100 notes named ${slug} today; choose another task name`);
}
