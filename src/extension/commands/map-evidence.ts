import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { mapEvidenceTo } from '../../core/mapping/correction-service';
import type { Clock } from '../../core/ports';
import { localDay } from '../../core/time/calendar';
import { evidenceIdOf } from '../evidence/evidence-target';

/**
 * Map to Criterion…: the person decides which criteria an item counts toward. Written to
 * evidence.yml, where it wins over the framework's signals from then on.
 */
export class MapEvidenceCommand implements Command {
  readonly id = COMMAND_IDS.mapEvidence;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown, given?: unknown): Promise<vscode.Uri | undefined> {
    const id = evidenceIdOf(raw);
    const ws = await this.workspaces.require();
    const snapshot = await ws.snapshot();
    const framework = snapshot.model.framework;
    const known = new Set(framework.criteria.map((c) => c.id));
    let criteria: string[] | undefined;
    if (Array.isArray(given)) {
      criteria = given.filter((c): c is string => typeof c === 'string');
      const unknown = criteria.filter((c) => !known.has(c));
      if (unknown.length > 0 || criteria.length === 0) throw new Error(`unknown criteria ${unknown.join(', ') || '(none given)'}; known: ${[...known].join(', ')}`);
    } else {
      const current = new Set((raw as { item?: { criteria?: unknown } } | undefined)?.item?.criteria as string[] | undefined);
      const target = snapshot.model.profile?.targetLevel;
      const picked = await vscode.window.showQuickPick(
        framework.criteria.map((c) => ({
          label: c.name,
          description: c.area,
          detail: target && c.expectations[target] ? `${target} expects: ${c.expectations[target]}` : c.description,
          picked: current.has(c.id),
          id: c.id,
        })),
        { title: 'Map to Criterion', placeHolder: 'The criteria this evidence counts toward', canPickMany: true, ignoreFocusOut: true },
      );
      if (!picked || picked.length === 0) return undefined;
      criteria = picked.map((p) => p.id);
    }
    await mapEvidenceTo(ws.store, ws.layout, id, criteria, localDay(this.clock.now()));
    ws.invalidate();
    return ws.uri(ws.layout.evidence);
  }
}
