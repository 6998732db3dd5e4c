import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { Clock } from '../../core/ports';
import { writePacket } from '../../core/packet/packet-service';
import { planFile } from '../../core/plan/plan-service';
import { isIsoDate, localDay } from '../../core/time/calendar';
import { argumentObject, optionalText } from './command-args';
import { openGenerated, reportTemplateProblems, type GrowthDocumentSources } from './generate-packet-sources';

/**
 * Generate Promotion Packet: writes `growth/packets/DATE-LEVEL.md` (a second one the same day gets
 * `-2`; nothing is overwritten) for the profile's target level and window, and opens it.
 * Arguments (from the Evidence Map or tests): `{ target?, since?, until? }`.
 */
export class GeneratePacketCommand implements Command {
  readonly id = COMMAND_IDS.generatePacket;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly sources: GrowthDocumentSources,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const fields = argumentObject(raw);
    const since = optionalText(fields, 'since', 10);
    const until = optionalText(fields, 'until', 10);
    for (const d of [since, until]) if (d !== undefined && !isIsoDate(d)) throw new Error(`${d} is not a date; write it as YYYY-MM-DD`);
    const snapshot = await ws.snapshot();
    const levels = snapshot.model.framework.levels;
    let target = optionalText(fields, 'target', 100) ?? snapshot.model.profile?.targetLevel;
    if (target !== undefined && !levels.some((l) => l.id === target)) throw new Error(`"${target}" is not a level of the framework (${levels.map((l) => l.id).join(', ')})`);
    target ??= (
      await vscode.window.showQuickPick(
        levels.map((l) => ({ label: l.name, description: l.id, id: l.id })),
        { title: 'Generate Promotion Packet: target level', placeHolder: 'The profile names no target level; which one is the packet for?' },
      )
    )?.id;
    if (!target) return undefined;
    const inputs = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Growth Ledger: gathering evidence for the packet…' }, () =>
      this.sources.inputs({ ...(since ? { since } : {}), ...(until ? { until } : {}), target }),
    );
    const result = await writePacket(ws.store, ws.layout, { model: inputs.model, date: localDay(this.clock.now()), repositories: inputs.repositories, planFile: planFile(ws.layout) }, target);
    ws.invalidate();
    reportTemplateProblems(ws, result.problems);
    return openGenerated(ws, result.path);
  }
}
