import type { Clock } from '../core/ports';

/** What a CLI command may touch, so commands can be run in-process by tests. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The clock (tests pass a fixed one; default: the system's). */
  readonly clock?: Clock;
}

/**
 * A failure the user can act on: printed as one line on stderr, with the exit code.
 * Exit codes follow Unix habits: 1 for a failed check or bad data, 2 for bad usage.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 1) {
    super(message);
    this.name = 'CliError';
  }
}
