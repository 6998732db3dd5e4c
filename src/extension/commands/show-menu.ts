import * as vscode from 'vscode';
import { COMMAND_IDS, type CommandId } from '../command-ids';
import type { Command } from '../command-manager';

/** The status-bar menu's entries, most frequent first: a click and Enter still logs an entry. */
const ENTRIES: readonly { readonly label: string; readonly detail: string; readonly command: CommandId }[] = [
  { label: '$(add) Log Entry', detail: 'Append an entry to this month’s ledger', command: COMMAND_IDS.logEntry },
  { label: '$(notebook) New Two-Note', detail: 'A note for future you and one for a teammate', command: COMMAND_IDS.newTwoNote },
  { label: '$(graph) Open Evidence Map', detail: 'Where you stand against the framework: gap table, heat map, trends', command: COMMAND_IDS.openEvidenceMap },
  { label: '$(calendar) Monthly Review', detail: 'This month’s numbers, entries and open next steps', command: COMMAND_IDS.monthlyReview },
  { label: '$(file-text) Generate Promotion Packet', detail: 'A Markdown draft with every claim linked to its evidence', command: COMMAND_IDS.generatePacket },
  { label: '$(refresh) Refresh Evidence', detail: 'Mine git history again', command: COMMAND_IDS.refreshEvidence },
];

/** The status-bar item's menu: the practice's everyday commands in one place. */
export class ShowMenuCommand implements Command {
  readonly id = COMMAND_IDS.showMenu;

  async execute(): Promise<unknown> {
    const picked = await vscode.window.showQuickPick(ENTRIES, { title: 'Growth Ledger', placeHolder: 'What would you like to do?', matchOnDetail: true });
    return picked ? vscode.commands.executeCommand(picked.command) : undefined;
  }
}
