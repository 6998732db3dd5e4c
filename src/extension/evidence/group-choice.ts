import * as vscode from 'vscode';
import type { GroupBy } from '../../core/evidence/evidence-groups';

const KEY = 'growthLedger.evidenceGroupBy';
const CHOICES: readonly GroupBy[] = ['criterion', 'kind', 'month'];

/**
 * How the Evidence view groups items: the choice made with Group Evidence By…, remembered per
 * workspace, else the `growthLedger.groupBy` setting.
 */
export class GroupChoice {
  private readonly changed = new vscode.EventEmitter<GroupBy>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get current(): GroupBy {
    const saved = this.state.get<string>(KEY);
    if (saved && (CHOICES as readonly string[]).includes(saved)) return saved as GroupBy;
    return vscode.workspace.getConfiguration('growthLedger').get<GroupBy>('groupBy', 'criterion');
  }

  async set(by: GroupBy): Promise<void> {
    await this.state.update(KEY, by);
    this.changed.fire(by);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export const GROUP_CHOICES = CHOICES;
