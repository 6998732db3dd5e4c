import type * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { Clock } from '../../core/ports';
import { daysInMonth, isIsoMonth, localMonth } from '../../core/time/calendar';
import { writeReview } from '../../core/review/review-service';
import { planFile } from '../../core/plan/plan-service';
import { argumentObject, optionalText } from './command-args';
import { openGenerated, reportTemplateProblems, type GrowthDocumentSources } from './generate-packet-sources';

/**
 * Monthly Review: opens `growth/reviews/YYYY-MM.md`, creating it first when it does not exist (an
 * existing review holds the person's reflections and is never rewritten). Default month: this one;
 * `{ month: 'YYYY-MM' }` picks another.
 */
export class MonthlyReviewCommand implements Command {
  readonly id = COMMAND_IDS.monthlyReview;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly sources: GrowthDocumentSources,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const month = optionalText(argumentObject(raw), 'month', 7) ?? localMonth(this.clock.now());
    if (!isIsoMonth(month)) throw new Error(`${month} is not a month; write it as YYYY-MM`);
    const path = ws.layout.reviewFile(month);
    if ((await ws.store.read(path)) !== undefined) return openGenerated(ws, path);
    const inputs = await this.sources.inputs({ until: `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}` });
    const result = await writeReview(ws.store, ws.layout, { month, model: inputs.model, notes: inputs.notes, repositories: inputs.repositories, planFile: planFile(ws.layout) });
    ws.invalidate();
    reportTemplateProblems(ws, result.problems);
    return openGenerated(ws, result.path);
  }
}
