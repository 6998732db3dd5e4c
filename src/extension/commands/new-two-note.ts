import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { newTwoNote } from '../../core/services/two-note-service';
import { taskFromBranch } from '../../core/notes/two-note-writer';
import type { Clock } from '../../core/ports';
import type { HostAdapters } from '../host-adapters';
import { criteriaIndex } from '../../core/framework/criteria-index';
import { argumentObject, optionalList, optionalText } from './command-args';

export interface NewTwoNoteArgs {
  readonly task: string;
  readonly criteria?: string[];
}

/** New Two-Note: the task comes from the branch name (editable); the note opens at its first Intent. */
export class NewTwoNoteCommand implements Command {
  readonly id = COMMAND_IDS.newTwoNote;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly repo: Pick<HostAdapters, 'readHead'>,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const fields = argumentObject(raw);
    const known = fields ? criteriaIndex((await ws.snapshot()).model.framework).knownCriteria : undefined;
    const args: Partial<NewTwoNoteArgs> | undefined = fields && { task: optionalText(fields, 'task', 300), criteria: optionalList(fields, 'criteria', known) };
    // Reading .git/HEAD is a file read, not a git process, so the branch is known in Restricted Mode too.
    const branch = (await this.repo.readHead(ws.root.fsPath).catch(() => undefined))?.branch;
    const task =
      args?.task ??
      (await vscode.window.showInputBox({
        title: 'New Two-Note: task',
        prompt: branch ? `What did you just finish on ${branch}?` : 'What did you just finish?',
        value: branch ? taskFromBranch(branch) ?? '' : '',
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() === '' ? 'Name the task' : undefined),
      }));
    if (!task) return undefined;
    const result = await newTwoNote(ws.store, ws.layout, this.clock, { task, branch, criteria: args?.criteria });
    ws.invalidate();
    const uri = ws.uri(result.path);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const at = new vscode.Position(result.cursor.line, result.cursor.character);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return uri;
  }
}
