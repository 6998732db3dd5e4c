/** The codicon for each evidence kind, shared by the Evidence view and anything else that lists evidence. */
const ICONS: Readonly<Record<string, string>> = {
  rfc: 'file-text',
  'design-doc': 'symbol-structure',
  adr: 'law',
  doc: 'book',
  review: 'eye',
  mentoring: 'mortar-board',
  pairing: 'live-share',
  commits: 'git-commit',
  incident: 'flame',
  talk: 'megaphone',
  conversation: 'comment-discussion',
  project: 'project',
  feedback: 'feedback',
  learning: 'lightbulb',
  recognition: 'star-full',
  'two-note': 'notebook',
};

export function iconForKind(kind: string): string {
  return ICONS[kind] ?? 'circle-small-filled';
}
