/**
 * The side effects the core needs, as small interfaces. Real implementations live in
 * `src/adapters` (Node file system) and `src/extension` (the editor's buffers); fakes live in
 * `test/`. All paths are relative to the repository root and use forward slashes.
 */

/** Reads and writes the person's growth files without ever rewriting what they wrote. */
export interface GrowthFileStore {
  /** The file's text, or `undefined` when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /** Names (not paths) of the entries directly inside `dir`; empty when it does not exist. */
  list(dir: string): Promise<string[]>;
  /**
   * Creates a file atomically. Never overwrites: resolves `false` when the file already exists,
   * so callers can pick another name.
   */
  create(path: string, text: string): Promise<boolean>;
  /**
   * Adds `text` at the end of the file (creating it with `header` first when it is missing).
   * An editor implementation goes through an open, unsaved buffer instead of around it.
   */
  append(path: string, text: string, header?: string): Promise<void>;
  /** Inserts `text` at a character offset of the current text; used to add an item to a YAML list. */
  insert(path: string, offset: number, text: string, expectedText: string): Promise<void>;
  /**
   * Replaces the whole text of a file the core edited structurally (e.g. `evidence.yml`, through
   * the YAML document API so comments survive), but only if it still reads `expectedText`:
   * otherwise it throws and writes nothing, so a concurrent edit is never lost. `expectedText`
   * `undefined` means the file must not exist yet. Writes are atomic; an editor implementation
   * goes through an open, unsaved buffer instead of around it.
   */
  update(path: string, expectedText: string | undefined, newText: string): Promise<void>;
}

/** The current time, injectable so that tests and packets are reproducible. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
