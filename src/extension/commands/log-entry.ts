import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { logEntry } from '../../core/services/log-entry';
import { criteriaIndex } from '../../core/framework/criteria-index';
import { codeBlock } from '../../core/ledger/ledger-writer';
import type { LedgerLink } from '../../core/ledger/ledger-entry';
import { pickKind } from '../pickers/kind-picker';
import { pickCriteria } from '../pickers/criteria-picker';
import type { Clock } from '../../core/ports';
import type { HostAdapters } from '../host-adapters';
import { argumentObject, optionalList, optionalText } from './command-args';

/** Arguments that skip the prompts (tests, keybindings with args, other extensions). */
export interface LogEntryArgs {
  readonly kind: string;
  readonly title: string;
  readonly criteria?: string[];
  readonly body?: string;
}

/**
 * Log Entry: kind, title and criteria from quick inputs; the editor's selection becomes the body
 * and the current file, line and HEAD commit become links. The entry is appended to this month's
 * ledger — through the open buffer when that file is open, so unsaved text is kept.
 */
export class LogEntryCommand implements Command {
  readonly id = COMMAND_IDS.logEntry;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly repo: Pick<HostAdapters, 'readHead'>,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const snapshot = await ws.snapshot();
    const framework = snapshot.model.framework;
    const index = criteriaIndex(framework);
    const kinds = [...index.knownKinds];
    const fields = argumentObject(raw);
    const args: Partial<LogEntryArgs> | undefined = fields && {
      kind: optionalText(fields, 'kind', 64),
      title: optionalText(fields, 'title', 300),
      criteria: optionalList(fields, 'criteria', index.knownCriteria),
      body: optionalText(fields, 'body', 200_000),
    };
    const total = 3;
    const kind = args?.kind ?? (await pickKind(kinds, { step: 1, total }));
    if (!kind) return undefined;
    if (!kinds.includes(kind)) throw new Error(`unknown kind "${kind}"; known: ${kinds.join(', ')}`);
    const editor = vscode.window.activeTextEditor;
    const selection = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
    const title =
      args?.title ??
      (await vscode.window.showInputBox({
        title: `Log Entry (2/${total}): title`,
        prompt: 'One line saying what happened',
        placeHolder: 'e.g. Coordinated the payments outage response',
        // Prose suggests its first line as the title; a first line of code would not be one.
        value: editor && isProse(editor.document) ? suggestTitle(selection) : '',
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() === '' ? 'A title is needed' : undefined),
      }));
    if (title === undefined) return undefined;
    const criteria = args?.criteria ?? (await pickCriteria(framework, kind, { title: `Log Entry (3/${total}): criteria` }));
    if (criteria === undefined) return undefined;
    const body = args?.body ?? (editor && selection ? bodyFromSelection(editor.document, selection) : '');
    const links = await this.links(ws, editor);
    const result = await logEntry(ws.store, ws.layout, this.clock, { kind, title, criteria, body, links });
    ws.invalidate();
    const uri = ws.uri(result.path);
    const message = `Logged "${title.trim()}" in ${result.path}`;
    // When the ledger is on screen the new entry is visible already; a notification would only be noise.
    if (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString())) {
      vscode.window.setStatusBarMessage(`$(check) ${message}`, 4000);
    } else {
      void vscode.window.showInformationMessage(message, 'Open Ledger').then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri, { preview: false });
      });
    }
    return uri;
  }

  private async links(ws: Awaited<ReturnType<GrowthWorkspaceProvider['require']>>, editor: vscode.TextEditor | undefined): Promise<LedgerLink[]> {
    const links: LedgerLink[] = [];
    const rel = editor ? ws.relative(editor.document.uri) : undefined;
    if (editor && rel !== undefined && !rel.startsWith(`${ws.layout.root}/`)) {
      links.push({ type: 'file', target: rel, line: editor.selection.start.line + 1 });
    }
    if (ws.trusted) {
      const head = await this.repo.readHead(ws.root.fsPath).catch(() => undefined);
      if (head?.sha) links.push({ type: 'commit', target: head.sha.slice(0, 12) });
    }
    return links;
  }
}

function suggestTitle(selection: string): string {
  const first = selection.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const clean = first.replace(/^[#>*\-\s]+/, '').trim();
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}

function isProse(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' || doc.languageId === 'plaintext';
}

function bodyFromSelection(doc: vscode.TextDocument, selection: string): string {
  return isProse(doc) ? selection : codeBlock(selection, doc.languageId);
}
