/**
 * The oldest git this project runs, and the check that enforces it once per git executable.
 *
 * 2.30.0 is the first release whose `rev-parse` accepts `--end-of-options`, which every revision
 * read here puts before revisions so that a hostile ref name is never read as an option. The
 * other features relied on are older: `protocol.<name>.allow` (2.12), `--is-shallow-repository`
 * (2.15), `rev-list --missing` (2.17). Protection against lazy fetches in partial clones does not
 * rest on `GIT_NO_LAZY_FETCH` (2.44): every transport is refused on the command line instead.
 */

/** The minimum version, as numbers and as people read it. */
export const MINIMUM_GIT: readonly [number, number, number] = [2, 30, 0];
export const MINIMUM_GIT_TEXT = MINIMUM_GIT.join('.');

/** `[major, minor, patch]` from `git version` output ("git version 2.39.5", "… 2.43.0.windows.1", "… (Apple Git-146)"), or undefined. */
export function parseGitVersion(output: string): [number, number, number] | undefined {
  const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** Whether `version` is at least MINIMUM_GIT. */
export function isSupportedGit(version: readonly [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) {
    const a = version[i] ?? 0;
    const b = MINIMUM_GIT[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** What the person reads when their git is too old (or its version cannot be read). */
export function tooOldMessage(found: string | undefined): string {
  const what = found === undefined ? 'a git whose version could not be read' : `git ${found}`;
  return `Growth Ledger needs git ${MINIMUM_GIT_TEXT} or newer and found ${what}: install a current git (https://git-scm.com/downloads, or your system's package manager), then try again`;
}
