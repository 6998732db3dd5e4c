import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { excludeEvidence } from '../../core/mapping/correction-service';
import type { Clock } from '../../core/ports';
import { localDay } from '../../core/time/calendar';
import { evidenceIdOf } from '../evidence/evidence-target';

/**
 * Exclude: "this is not evidence". Written to evidence.yml (through the editor buffer when that file
 * has unsaved changes), so it survives re-mining and rewritten history; undone by deleting the line.
 */
export class ExcludeEvidenceCommand implements Command {
  readonly id = COMMAND_IDS.excludeEvidence;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown, options?: { reason?: string; quiet?: boolean }): Promise<vscode.Uri | undefined> {
    const id = evidenceIdOf(raw);
    const ws = await this.workspaces.require();
    let reason = typeof options?.reason === 'string' ? options.reason.slice(0, 300) : undefined;
    if (reason === undefined && !options?.quiet) {
      const typed = await vscode.window.showInputBox({
        title: 'Exclude Evidence',
        prompt: 'Why does this not count? (optional; kept in evidence.yml — press Enter to skip)',
        ignoreFocusOut: true,
      });
      if (typed === undefined) return undefined;
      reason = typed.trim() || undefined;
    }
    await excludeEvidence(ws.store, ws.layout, id, localDay(this.clock.now()), reason);
    ws.invalidate();
    if (!options?.quiet) void vscode.window.setStatusBarMessage(`Growth Ledger: excluded — written to ${ws.layout.evidence}`, 4000);
    return ws.uri(ws.layout.evidence);
  }
}
