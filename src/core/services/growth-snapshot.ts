import type { GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { problem, type Problem } from '../problems';
import { loadGrowthModel, type GrowthModel } from '../model/growth-model';
import { criteriaIndex } from '../framework/criteria-index';
import { parseLedger } from '../ledger/ledger-parser';
import type { LedgerEntry } from '../ledger/ledger-entry';
import { parseTwoNote } from '../notes/two-note-parser';
import type { TwoNote } from '../notes/two-note';

export interface LedgerFile {
  readonly file: string;
  /** `2026-11` */
  readonly month: string;
  readonly entries: readonly LedgerEntry[];
}

export interface NoteFile {
  readonly file: string;
  readonly note: TwoNote;
}

/** Everything in the growth folder, parsed, with every problem found on the way. */
export interface GrowthSnapshot {
  readonly model: GrowthModel;
  readonly ledger: readonly LedgerFile[];
  readonly notes: readonly NoteFile[];
  readonly problems: readonly Problem[];
}

const MONTH_FILE = /^(\d{4}-(0[1-9]|1[0-2]))\.md$/;

/**
 * Reads the whole growth folder. A file that cannot be read or parsed becomes a problem at its
 * place; everything else still loads.
 */
export async function loadGrowthSnapshot(store: GrowthFileStore, layout: GrowthLayout): Promise<GrowthSnapshot> {
  const model = await loadGrowthModel(store, layout);
  const problems: Problem[] = [...model.problems];
  const vocab = criteriaIndex(model.framework);
  const ledger: LedgerFile[] = [];
  for (const name of await listSafely(store, layout.ledgerDir, problems)) {
    if (!name.endsWith('.md')) continue;
    const file = `${layout.ledgerDir}/${name}`;
    const month = MONTH_FILE.exec(name)?.[1];
    if (!month) {
      problems.push(problem(file, 1, `ledger files are named by month, e.g. 2026-11.md; ${name} is not read`, 'warning'));
      continue;
    }
    const text = await readSafely(store, file, problems);
    if (text === undefined) continue;
    const parsed = guard(file, problems, () => parseLedger(text, file, { kinds: vocab.knownKinds, criteria: vocab.knownCriteria }));
    if (!parsed) continue;
    // One push per item: spreading 100,000 problems into push() overflows the call stack.
    for (const p of parsed.problems) problems.push(p);
    ledger.push({ file, month, entries: parsed.value });
  }
  const notes: NoteFile[] = [];
  for (const name of await listSafely(store, layout.notesDir, problems)) {
    if (!name.endsWith('.md')) continue;
    const file = `${layout.notesDir}/${name}`;
    const text = await readSafely(store, file, problems);
    if (text === undefined) continue;
    const parsed = guard(file, problems, () => parseTwoNote(text, file));
    if (!parsed) continue;
    // One push per item: spreading 100,000 problems into push() overflows the call stack.
    for (const p of parsed.problems) problems.push(p);
    notes.push({ file, note: parsed.value });
  }
  return { model, ledger, notes, problems };
}

/** Runs one file's parser; an unexpected failure becomes a problem on that file instead of emptying every view. */
function guard<T>(file: string, problems: Problem[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    problems.push(problem(file, 1, `could not be read: ${e instanceof Error ? e.message : String(e)}`));
    return undefined;
  }
}

async function listSafely(store: GrowthFileStore, dir: string, problems: Problem[]): Promise<string[]> {
  try {
    return await store.list(dir);
  } catch (e) {
    problems.push(problem(dir, 1, e instanceof Error ? e.message : String(e)));
    return [];
  }
}

async function readSafely(store: GrowthFileStore, file: string, problems: Problem[]): Promise<string | undefined> {
  let text: string | undefined;
  try {
    text = await store.read(file);
  } catch (e) {
    problems.push(problem(file, 1, e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  if (text === undefined) return undefined;
  if (text.includes('\u0000')) {
    problems.push(problem(file, 1, 'this looks like a binary file, not Markdown; it is not read'));
    return undefined;
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    problems.push(problem(file, line, 'the file has bytes that are not valid UTF-8 (shown as �); save it as UTF-8', 'warning'));
  }
  return text;
}

/** Entries of one month, for the status bar. */
export function entriesInMonth(snapshot: GrowthSnapshot, month: string): number {
  return snapshot.ledger.filter((l) => l.month === month).reduce((n, l) => n + l.entries.length, 0);
}
