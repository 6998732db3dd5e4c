/** One CLI run of a corpus case, and what it must print. */
export interface CorpusRun {
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout?: readonly RegExp[];
  readonly stderr?: readonly RegExp[];
  /** Patterns that must appear in neither stdout nor stderr. */
  readonly absent?: readonly RegExp[];
  /** Set when another branch fixes this run: the suite reports it instead of failing. */
}

/** One hostile case: a repository (or growth folder) built in `dir`, and the runs to make there. */
export interface CorpusCase {
  readonly id: string;
  readonly title: string;
  readonly dir: string;
  readonly runs: readonly CorpusRun[];
}

/** Builds every case under `sandbox` (marker programs write to `<sandbox>/markers/ran`). */
export function buildCorpus(sandbox: string): CorpusCase[];
