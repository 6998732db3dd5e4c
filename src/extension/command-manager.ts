import * as vscode from 'vscode';
import type { CommandId } from './command-ids';

/** One command, in a file of its own (STYLE.md §4). */
export interface Command {
  readonly id: CommandId;
  execute(...args: unknown[]): unknown;
}

/**
 * Registers commands and reports their failures the same way everywhere: a message that says what
 * happened and, where the error carries one, what to do next. Nothing is thrown back at the editor.
 */
export class CommandManager implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  register(command: Command): void {
    this.registrations.push(
      vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
        try {
          return await command.execute(...args);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          this.log.error(`${command.id}: ${message}`);
          if (e instanceof Error && e.stack) this.log.debug(e.stack);
          void vscode.window.showErrorMessage(`Growth Ledger: ${message}`, 'Show Log').then((choice) => {
            if (choice === 'Show Log') this.log.show();
          });
          return undefined;
        }
      }),
    );
  }

  dispose(): void {
    for (const r of this.registrations.splice(0)) r.dispose();
  }
}
