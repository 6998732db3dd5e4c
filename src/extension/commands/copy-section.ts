import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { Clock } from '../../core/ports';
import { localDay } from '../../core/time/calendar';
import { packetData } from '../../core/packet/packet-data';
import { sectionAsHtml, sectionAsPlainText } from '../../core/packet/section-export';
import { planFile } from '../../core/plan/plan-service';
import { argumentObject, optionalText } from './command-args';
import { type GrowthDocumentSources } from './generate-packet-sources';
import { counted } from '../../shared/plural';

/**
 * Copy Section as Plain Text / as HTML: one criterion's packet section on the clipboard, for
 * pasting into review tools. `{ criterion: 'architecture' }` names it; otherwise a pick.
 */
abstract class CopySection {
  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly sources: GrowthDocumentSources,
    private readonly clock: Clock,
  ) {}

  protected async copy(raw: unknown, format: 'text' | 'html'): Promise<string | undefined> {
    const ws = await this.workspaces.require();
    const inputs = await this.sources.inputs({});
    const { sections } = packetData({ model: inputs.model, date: localDay(this.clock.now()), repositories: inputs.repositories, planFile: planFile(ws.layout) });
    let id = optionalText(argumentObject(raw), 'criterion', 100);
    if (id !== undefined && !sections.some((s) => s.id === id)) throw new Error(`"${id}" is not a criterion of the framework`);
    id ??= (
      await vscode.window.showQuickPick(
        sections.map((s) => ({ label: s.name, description: counted(s.evidenceCount, 'evidence item'), id: s.id })),
        { title: `Copy Section as ${format === 'text' ? 'Plain Text' : 'HTML'}` },
      )
    )?.id;
    const section = sections.find((s) => s.id === id);
    if (!section) return undefined;
    const text = format === 'text' ? sectionAsPlainText(section) : sectionAsHtml(section);
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(`Growth Ledger: copied the ${section.name} section`, 4000);
    return text;
  }
}

export class CopySectionAsTextCommand extends CopySection implements Command {
  readonly id = COMMAND_IDS.copySectionAsText;

  execute(raw?: unknown): Promise<string | undefined> {
    return this.copy(raw, 'text');
  }
}

export class CopySectionAsHtmlCommand extends CopySection implements Command {
  readonly id = COMMAND_IDS.copySectionAsHtml;

  execute(raw?: unknown): Promise<string | undefined> {
    return this.copy(raw, 'html');
  }
}
