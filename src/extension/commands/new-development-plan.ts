import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { Clock } from '../../core/ports';
import { localDay } from '../../core/time/calendar';
import { planFile, writePlan } from '../../core/plan/plan-service';
import { argumentObject, optionalText } from './command-args';
import { openGenerated, reportTemplateProblems, type GrowthDocumentSources } from './generate-packet-sources';

/**
 * New Development Plan: writes `growth/plan.md` from the gap table (goals at 6 and 12 months, a
 * strategy per gap, a checklist timeline) and opens it; an existing plan is opened as it is.
 */
export class NewDevelopmentPlanCommand implements Command {
  readonly id = COMMAND_IDS.newDevelopmentPlan;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly sources: GrowthDocumentSources,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const path = planFile(ws.layout);
    if ((await ws.store.read(path)) !== undefined) {
      void vscode.window.setStatusBarMessage('Growth Ledger: the development plan exists; opened it as it is', 4000);
      return openGenerated(ws, path);
    }
    const snapshot = await ws.snapshot();
    const target = optionalText(argumentObject(raw), 'target', 100) ?? snapshot.model.profile?.targetLevel;
    if (target !== undefined && !snapshot.model.framework.levels.some((l) => l.id === target)) throw new Error(`"${target}" is not a level of the framework`);
    const inputs = await this.sources.inputs(target ? { target } : {});
    const result = await writePlan(ws.store, ws.layout, { model: inputs.model, framework: inputs.framework, date: localDay(this.clock.now()), ...(target ? { target } : {}) });
    ws.invalidate();
    reportTemplateProblems(ws, result.problems);
    return openGenerated(ws, result.path);
  }
}
