import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import { evidenceLinkText } from '../../core/evidence/evidence-link';

/** Copy Link: where an evidence item lives, as text to paste into a review tool or a chat. */
export class CopyEvidenceLinkCommand implements Command {
  readonly id = COMMAND_IDS.copyEvidenceLink;

  async execute(raw?: unknown): Promise<string> {
    const item = (raw as { item?: Partial<EvidenceItem> } | undefined)?.item;
    if (!item || typeof item.title !== 'string') throw new Error('pick an evidence item in the Evidence view first');
    const text = evidenceLinkText(item);
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(`Growth Ledger: copied ${text}`, 3000);
    return text;
  }
}
