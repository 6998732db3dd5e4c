import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GroupBy } from '../../core/evidence/evidence-groups';
import { GROUP_CHOICES, type GroupChoice } from '../evidence/group-choice';

const LABELS: Record<GroupBy, { label: string; detail: string }> = {
  criterion: { label: 'Criterion', detail: 'Framework criteria in order; criteria without evidence say what your target level expects' },
  kind: { label: 'Kind', detail: 'RFCs, reviews, mentoring, ledger kinds… largest first' },
  month: { label: 'Month', detail: 'Newest month first' },
};

/** Group Evidence By…: criterion, kind or month, remembered for this workspace. An argument skips the picker. */
export class GroupEvidenceCommand implements Command {
  readonly id = COMMAND_IDS.groupEvidence;

  constructor(private readonly choice: GroupChoice) {}

  async execute(raw?: unknown): Promise<GroupBy | undefined> {
    if (typeof raw === 'string') {
      if (!(GROUP_CHOICES as readonly string[]).includes(raw)) throw new Error(`evidence can be grouped by ${GROUP_CHOICES.join(', ')}, not "${raw}"`);
      await this.choice.set(raw as GroupBy);
      return raw as GroupBy;
    }
    const current = this.choice.current;
    const picked = await vscode.window.showQuickPick(
      GROUP_CHOICES.map((by) => ({ ...LABELS[by], by, description: by === current ? 'current' : undefined })),
      { title: 'Group Evidence By', placeHolder: 'How the Evidence view groups your evidence' },
    );
    if (!picked) return undefined;
    await this.choice.set(picked.by);
    return picked.by;
  }
}
