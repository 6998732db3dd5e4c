// What the hostile integration fixture (hostile-fixture.mjs) plants, shared with the tests that
// check it from inside the extension host (test/integration/hostile-*.test.ts). Fixed dates, so the
// names do not depend on the day the suite runs.

/** HTML and script the fixture puts in a commit subject, an author name, a reviewer and a file name. */
export const HOSTILE_HTML = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/** The subject of Sam's commit that Dana reviewed: her review item is titled with it. */
export const HOSTILE_SUBJECT = `fix: settle ${HOSTILE_HTML}`;

/** A document Dana wrote, named with HTML (a file name holds no `/`); its heading holds the HTML too. */
export const HOSTILE_DOC = 'docs/adr/<img src=x onerror=alert(1)>.md';

/**
 * Each broken growth file, the 1-based line its problem is reported at, and what the message says.
 * `pattern` is a RegExp source (the list crosses from a script into the test bundle as data).
 */
export const HOSTILE_GROWTH_FILES = [
  { file: 'growth/notes/2025-01-05-front-matter-js.md', line: 1, pattern: 'front matter in "js" is not allowed and was not run', what: '---js front matter' },
  { file: 'growth/notes/2025-01-06-image.md', line: 1, pattern: 'binary|not text', what: 'a PNG where a two-note is expected' },
  { file: 'growth/ledger/2025-01.md', line: 1, pattern: 'symbolic link', what: 'a ledger month linked to a file outside the repository' },
  { file: 'growth/framework.yml', line: null, pattern: 'alias', what: 'a YAML alias bomb' },
];
