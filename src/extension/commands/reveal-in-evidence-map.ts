import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import { evidenceIdOf } from '../evidence/evidence-target';
import type { OpenEvidenceMapCommand } from './open-evidence-map';

/** Reveal in Evidence Map: from an evidence item's context menu, opens the map on that item. */
export class RevealInEvidenceMapCommand implements Command {
  readonly id = COMMAND_IDS.revealInEvidenceMap;

  constructor(private readonly open: OpenEvidenceMapCommand) {}

  async execute(target?: unknown): Promise<void> {
    // Refuses anything that is not an evidence item, with a message, before opening anything.
    evidenceIdOf(target);
    await this.open.execute(target);
  }
}
