import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { recordAssessment, type RecordAssessmentInput } from '../../core/services/assessment-service';
import type { Assessor, Criterion, Framework } from '../../core/model/types';
import { pickCriteria } from '../pickers/criteria-picker';
import type { Clock } from '../../core/ports';
import { argumentObject, optionalRatings, optionalText } from './command-args';

/**
 * Record Assessment: who is rating (self or manager), which criteria, then one rating each on the
 * framework's scale, with the expectation at the person's target level beside it. Cancelling at any
 * step writes nothing.
 */
export class RecordAssessmentCommand implements Command {
  readonly id = COMMAND_IDS.recordAssessment;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const fields = argumentObject(raw);
    const byArg = optionalText(fields, 'by', 16);
    if (byArg !== undefined && byArg !== 'self' && byArg !== 'manager') throw new Error(`"by" must be self or manager, not "${byArg}"`);
    const args: Partial<RecordAssessmentInput> | undefined = fields && {
      by: byArg,
      ratings: optionalRatings(fields, 'ratings'),
      note: optionalText(fields, 'note', 4000),
      date: optionalText(fields, 'date', 10),
    };
    const snapshot = await ws.snapshot();
    const framework = snapshot.model.framework;
    const by = args?.by ?? (await pickAssessor());
    if (!by) return undefined;
    let ratings = args?.ratings;
    if (!ratings) {
      const ids = await pickCriteria(framework, undefined, { title: `Record Assessment (${by}): criteria to rate` });
      if (!ids || ids.length === 0) return undefined;
      const level = snapshot.model.profile?.targetLevel ?? snapshot.model.profile?.level;
      const collected: Record<string, number> = {};
      for (const [i, id] of ids.entries()) {
        const criterion = framework.criteria.find((c) => c.id === id);
        if (!criterion) continue;
        const rating = await pickRating(framework, criterion, level, `Record Assessment (${i + 1}/${ids.length}): ${criterion.name}`);
        if (rating === undefined) return undefined;
        collected[id] = rating;
      }
      ratings = collected;
    }
    const result = await recordAssessment(ws.store, ws.layout, this.clock, framework, { by, ratings, note: args?.note, date: args?.date });
    ws.invalidate();
    const uri = ws.uri(result.path);
    const count = Object.keys(ratings).length;
    void vscode.window.showInformationMessage(`Recorded ${count} ${by} rating${count === 1 ? '' : 's'} in ${result.path}`, 'Open').then((choice) => {
      if (choice) void vscode.window.showTextDocument(uri, { preview: false });
    });
    return uri;
  }
}

async function pickAssessor(): Promise<Assessor | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Self', description: 'your own rating', by: 'self' as const },
      { label: 'Manager', description: 'your manager\'s rating, as they gave it', by: 'manager' as const },
    ],
    { title: 'Record Assessment: who is rating?', ignoreFocusOut: true },
  );
  return picked?.by;
}

async function pickRating(framework: Framework, criterion: Criterion, level: string | undefined, title: string): Promise<number | undefined> {
  const items: (vscode.QuickPickItem & { value: number })[] = [];
  for (let v = framework.scale.min; v <= framework.scale.max; v++) {
    items.push({ label: String(v), description: framework.scale.labels[v] ?? '', value: v });
  }
  const expectation = level ? criterion.expectations[level] : undefined;
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: expectation ? `Expected at ${level}: ${expectation}` : criterion.description,
    ignoreFocusOut: true,
  });
  return picked?.value;
}
