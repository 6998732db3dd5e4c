/**
 * The one table of fields read from `git log`. The format string, the parser's field order and the
 * benchmark's baseline command all come from here. Adding a field means a row here and its use in
 * the parser's `flush()`, which reads fields by their index in this table.
 */

/** Field names of a commit header, in the order git prints them. */
export type LogFieldName = 'sha' | 'parents' | 'authorName' | 'authorEmail' | 'authorDate' | 'committerEmail' | 'subject' | 'body';

/** A row of the field table: a field name and the `--format` placeholder that prints it. */
export interface LogField {
  readonly name: LogFieldName;
  /** The `--format` placeholder. Raw author fields (`%an`, not `%aN`): the mailmap is applied later, so the cache stays valid when `.mailmap` changes. */
  readonly placeholder: string;
}

/** The fields read for every commit, in output order. */
export const LOG_FIELDS: readonly LogField[] = [
  { name: 'sha', placeholder: '%H' },
  { name: 'parents', placeholder: '%P' },
  { name: 'authorName', placeholder: '%an' },
  { name: 'authorEmail', placeholder: '%ae' },
  { name: 'authorDate', placeholder: '%aI' },
  // Only to recognise a forge's own squash and rebase merges (`noreply@github.com`).
  { name: 'committerEmail', placeholder: '%ce' },
  { name: 'subject', placeholder: '%s' },
  { name: 'body', placeholder: '%b' },
];

/** Fields are separated by NUL; with `-z` git ends each commit header with another NUL. */
export const LOG_FORMAT = LOG_FIELDS.map((f) => f.placeholder).join('%x00');

/** Which commits to read: everything reachable from `include` and not from `exclude`. */
export interface CommitRange {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * Which changes a history read lists. `renames`: every change, renames found by similarity (needs
 * the blobs of added and deleted files). `exact-renames`: every change, renames only when the
 * content is unchanged (needs no blob: a partial clone without blobs). `none`: no changes at all
 * (needs no tree: a partial clone without trees).
 */
export type ChangeDetail = 'renames' | 'exact-renames' | 'none';

/**
 * Arguments after `git` for one streaming history read. `--raw --no-abbrev` rather than
 * `--name-status`: the same tree diff, plus the blob ids the document reader needs (full ids also
 * spare git the work of abbreviating them). `-M` follows renames; merges print no diff, so a file
 * is credited to the commit that really changed it. Revisions come after `--end-of-options` so a
 * hostile ref name can never be read as an option.
 */
export function logArguments(range: CommitRange, detail: ChangeDetail = 'renames'): string[] {
  const changes = detail === 'none' ? [] : ['--raw', '--no-abbrev', detail === 'renames' ? '-M' : '-M100%'];
  return [
    'log',
    '-z',
    `--format=${LOG_FORMAT}`,
    ...changes,
    '--no-color',
    '--no-textconv',
    '--no-ext-diff',
    '--no-show-signature',
    '--no-notes',
    '--end-of-options',
    ...range.include,
    ...range.exclude.map((sha) => `^${sha}`),
    '--',
  ];
}
