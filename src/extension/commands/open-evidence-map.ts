import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import { EvidenceMapPanel, type EvidenceMapDeps } from '../evidence-map/evidence-map-panel';

/**
 * Open Evidence Map: shows the one Evidence Map panel (or brings it forward). Given an evidence
 * item id (from the Evidence tree's "Reveal in Evidence Map"), it also selects and scrolls to it.
 */
export class OpenEvidenceMapCommand implements Command {
  readonly id = COMMAND_IDS.openEvidenceMap;

  constructor(private readonly deps: () => EvidenceMapDeps) {}

  async execute(itemId?: unknown): Promise<void> {
    const panel = EvidenceMapPanel.show(this.deps());
    if (typeof itemId === 'string' && itemId.length > 0 && itemId.length <= 512) await panel.reveal(itemId);
  }
}
