import type { GrowthFileStore } from '../ports';
import type { Problem } from '../problems';

/** Tries past this many taken names are a sign of something wrong, not of a busy day. */
const MAX_TRIES = 500;

/**
 * Creates `<stem>.md`, or `<stem>-2.md`, `<stem>-3.md` … when the name is taken. Never overwrites
 * (the store's `create` refuses existing files); resolves the path written.
 */
export async function createWithFreshName(store: GrowthFileStore, stem: string, text: string): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const path = n === 1 ? `${stem}.md` : `${stem}-${n}.md`;
    if (await store.create(path, text)) return path;
  }
  throw new Error(`${stem}.md and ${MAX_TRIES - 1} numbered variants already exist; move some of them away`);
}

/** A generated document and what the person should know about how it was made. */
export interface GeneratedDocument {
  readonly path: string;
  /** False when the file already existed and was left as it is (reviews and the plan open it instead). */
  readonly created: boolean;
  /** The team template's problems (it was broken: the built-in one was used). */
  readonly problems: readonly Problem[];
}
