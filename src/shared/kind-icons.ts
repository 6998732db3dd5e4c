/**
 * The codicon for each evidence kind: one table for the Evidence view (a ThemeIcon id) and the
 * Evidence Map (a `codicon-…` class), so both show the same picture for the same kind.
 */
const ICONS: Readonly<Record<string, string>> = {
  rfc: 'file-text',
  'design-doc': 'symbol-structure',
  adr: 'law',
  doc: 'book',
  review: 'eye',
  mentoring: 'mortar-board',
  pairing: 'people',
  commits: 'git-commit',
  incident: 'flame',
  talk: 'megaphone',
  conversation: 'comment-discussion',
  project: 'rocket',
  feedback: 'feedback',
  learning: 'lightbulb',
  recognition: 'star-full',
  'two-note': 'notebook',
};

/** A kind the table does not know (a framework's own) gets a plain dot. */
export function iconForKind(kind: string): string {
  return ICONS[kind] ?? 'circle-small-filled';
}
