import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import { EvidenceMapPanel, type EvidenceMapDeps } from '../evidence-map/evidence-map-panel';
import { evidenceIdOf } from '../evidence/evidence-target';

/**
 * Open Evidence Map: shows the one Evidence Map panel (or brings it forward). From an evidence
 * item's context menu in the Evidence tree it also selects the item's criterion and scrolls to it.
 */
export class OpenEvidenceMapCommand implements Command {
  readonly id = COMMAND_IDS.openEvidenceMap;

  constructor(private readonly deps: () => EvidenceMapDeps) {}

  /** From the palette: no argument. From an Evidence tree item's context menu: the item's node. */
  async execute(target?: unknown): Promise<void> {
    const panel = EvidenceMapPanel.show(this.deps());
    const id = revealedId(target);
    if (id) await panel.reveal(id);
  }
}

/** The evidence id to reveal, from a tree node (`{ item: { id } }`) or a plain id; anything else reveals nothing. */
function revealedId(target: unknown): string | undefined {
  if (target === undefined) return undefined;
  try {
    return typeof target === 'string' ? evidenceIdOf({ id: target }) : evidenceIdOf(target);
  } catch {
    return undefined;
  }
}
