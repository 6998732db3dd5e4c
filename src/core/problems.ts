import { terminalSafe } from './text/terminal-text';

/** How serious a problem found in a growth file is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Something wrong with a file the person keeps, reported at its place so the editor can show it in
 * the Problems panel and the CLI can print it as `file:line: message`. The rest of the file keeps
 * loading: a problem never stops other data from being read.
 */
export interface Problem {
  /** Path relative to the repository root, with forward slashes (e.g. `growth/ledger/2026-11.md`). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, when known. */
  readonly column?: number;
  readonly severity: Severity;
  /** What is wrong and, where possible, what to do about it. */
  readonly message: string;
}

export function problem(file: string, line: number, message: string, severity: Severity = 'error', column?: number): Problem {
  return column === undefined ? { file, line, severity, message } : { file, line, column, severity, message };
}

/**
 * Formats a problem the way compilers do, so terminals and editors can link it. The file name and
 * the message come from the repository (a message quotes what it found), so both pass through
 * `terminalSafe`: one problem is always exactly one line, and it cannot drive the terminal.
 */
export function formatProblem(p: Problem): string {
  const where = p.column === undefined ? `${terminalSafe(p.file)}:${p.line}` : `${terminalSafe(p.file)}:${p.line}:${p.column}`;
  return `${where}: ${p.severity === 'error' ? '' : `${p.severity}: `}${terminalSafe(p.message)}`;
}

/** A parse result that always carries whatever could be read, plus the problems found on the way. */
export interface Parsed<T> {
  readonly value: T;
  readonly problems: readonly Problem[];
}
