import * as vscode from 'vscode';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { Framework } from '../../core/model/types';
import type { NoteAtFile } from '../../core/notes/next-steps';
import type { RepositoryInfo } from '../../core/packet/repository-links';
import type { Problem } from '../../core/problems';
import type { GrowthWorkspace } from '../growth-workspace';

/** What the packet, review, plan and Copy Section commands are generated from. */
export interface GrowthDocumentInputs {
  /** The Evidence Map's view model for the requested window (all repositories, no filter). */
  readonly model: MapViewModel;
  readonly framework: Framework;
  readonly notes: readonly NoteAtFile[];
  /** The repositories evidence came from, the workspace's own marked `primary`, with their `origin` URLs. */
  readonly repositories: readonly RepositoryInfo[];
}

/** A window to compute the inputs for; absent bounds mean the profile's window. */
export interface GrowthDocumentRequest {
  /** YYYY-MM-DD */
  readonly since?: string;
  /** YYYY-MM-DD */
  readonly until?: string;
}

/**
 * How the document commands get the one evidence list, mapped and modelled, without knowing how
 * it is assembled (ledger, notes, mining, corrections). The composition root implements it over
 * the evidence hub; tests give a fixed one.
 */
export interface GrowthDocumentSources {
  inputs(request: GrowthDocumentRequest): Promise<GrowthDocumentInputs>;
}

/** Today as YYYY-MM-DD in local time: a packet is dated the day the person lives. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Opens a generated file at its top, as a kept (not preview) editor. */
export async function openGenerated(ws: GrowthWorkspace, path: string): Promise<vscode.Uri> {
  const uri = ws.uri(path);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/**
 * A team template that could not be used: the document was still written from the built-in one,
 * so this is a warning with a way to the template's line, not an error.
 */
export function reportTemplateProblems(ws: GrowthWorkspace, problems: readonly Problem[]): void {
  const first = problems[0];
  if (!first) return;
  void vscode.window.showWarningMessage(`Growth Ledger: ${first.file}:${first.line}: ${first.message}`, 'Open Template').then(async (choice) => {
    if (!choice) return;
    const editor = await vscode.window.showTextDocument(ws.uri(first.file), { preview: false });
    const at = new vscode.Position(Math.max(0, first.line - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at));
  });
}
