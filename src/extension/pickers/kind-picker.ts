import * as vscode from 'vscode';

/** One line each, in the words of the seeds, so the person picks the right kind without a manual. */
const KIND_DETAILS: Readonly<Record<string, string>> = {
  conversation: 'A tough or important conversation you led',
  doc: 'A document you published',
  rfc: 'An RFC you wrote or drove',
  adr: 'An architecture decision record',
  'design-doc': 'A design document',
  review: 'A review you gave (code, design, document)',
  mentoring: 'Time spent growing someone else',
  pairing: 'Pairing or working closely with a teammate',
  incident: 'An incident you coordinated or helped resolve',
  talk: 'A talk, brown bag or demo you gave',
  project: 'A project milestone you owned',
  feedback: 'Feedback you gave or received',
  learning: 'Something you learned',
  recognition: 'Recognition from others',
  other: 'Anything else worth remembering',
};

/** Quick pick of an evidence kind; resolves undefined when the person cancels. */
export async function pickKind(kinds: readonly string[], step: { step: number; total: number }): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    kinds.map((kind) => ({ label: kind, detail: KIND_DETAILS[kind] })),
    {
      title: `Log Entry (${step.step}/${step.total}): kind`,
      placeHolder: 'What kind of evidence is this?',
      matchOnDetail: true,
      ignoreFocusOut: true,
    },
  );
  return picked?.label;
}
