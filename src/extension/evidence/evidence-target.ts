import type { EvidenceItem } from '../../core/evidence/evidence-item';

/** The longest evidence id accepted from a command argument (ids are repository, sha and kind). */
const MAX_ID = 600;

/**
 * The evidence id a context-menu command is about. VS Code passes the tree node that was clicked;
 * another extension or a keybinding may pass `{ id }`. Anything else is refused.
 */
export function evidenceIdOf(raw: unknown): string {
  const node = raw as { item?: Partial<EvidenceItem>; id?: unknown } | undefined;
  const id = node?.item?.id ?? node?.id;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID || /[\n\r]/.test(id)) {
    throw new Error('pick an evidence item in the Evidence view first');
  }
  return id;
}
