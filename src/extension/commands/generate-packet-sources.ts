import { forgeSquashNotice } from '../../core/evidence/evidence-assembly';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { Framework } from '../../core/model/types';
import type { NoteAtFile } from '../../core/notes/next-steps';
import type { RepositoryInfo } from '../../core/packet/repository-links';
import type { Problem } from '../../core/problems';
import type { GrowthWorkspace } from '../growth-workspace';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { HostAdapters } from '../host-adapters';
import type { EvidenceHub } from '../evidence/evidence-hub';
import { knownRepos } from '../evidence/known-repos';
import { documentModel } from '../../core/packet/document-model';
import { readPlanProgress } from '../../core/plan/plan-service';

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
  /** A level id other than the profile's target level. */
  readonly target?: string;
}

/**
 * How the document commands get the one evidence list, mapped and modelled, without knowing how
 * it is assembled (ledger, notes, mining, corrections). The composition root implements it over
 * the evidence hub; tests give a fixed one.
 */
export interface GrowthDocumentSources {
  inputs(request: GrowthDocumentRequest): Promise<GrowthDocumentInputs>;
}

/**
 * The document inputs from the evidence hub: the same list the views show (ledger, two-notes and,
 * when trusted and mined, git), mapped with the person's corrections into the Evidence Map's
 * model, plus the plan's progress and each known repository's `origin` URL (read through the
 * hardened git runner, and only in a trusted workspace).
 */
export class HubDocumentSources implements GrowthDocumentSources {
  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly hub: EvidenceHub,
    private readonly adapters: Pick<HostAdapters, 'runGit'>,
    private readonly isTrusted: () => boolean,
    /** Waits for the first mining run, so a packet written right after opening a window has its git evidence. */
    private readonly whenMined: () => Promise<void> = async () => undefined,
  ) {}

  async inputs(request: GrowthDocumentRequest): Promise<GrowthDocumentInputs> {
    const ws = await this.workspaces.require();
    const overrides = { ...(request.since ? { since: request.since } : {}), ...(request.until ? { until: request.until } : {}) };
    let list = await this.hub.evidence(overrides);
    if (!list) throw new Error('there is no growth profile yet: run Growth Ledger: Set Up first');
    if (!list.gitMined && this.isTrusted()) {
      // Right after a window opens the first mining run may still be going: a packet without its reviews would mislead.
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Growth Ledger: waiting for git history to be mined' }, () => this.whenMined());
      list = (await this.hub.evidence(overrides)) ?? list;
    }
    const plan = await readPlanProgress(ws.store, ws.layout);
    const notices = [
      ...(list.gitMined ? [] : ['git history is not part of this draft (the workspace is in Restricted Mode, or mining did not finish): documents, reviews and commits are missing']),
      ...(forgeSquashNotice(list.forgeSquashMerges) ? [forgeSquashNotice(list.forgeSquashMerges) as string] : []),
    ];
    const model = documentModel({ items: list.items, window: list.window, snapshot: list.snapshot, notices, ...(plan ? { plan } : {}), ...(request.target !== undefined ? { target: request.target } : {}) });
    const repos = await knownRepos(ws);
    const root = path.resolve(ws.root.fsPath);
    const repositories = await Promise.all(
      repos.map(async (r) => {
        const remoteUrl = this.isTrusted()
          ? (await this.adapters.runGit(r.path, ['config', '--get', 'remote.origin.url'], { trusted: this.isTrusted }).catch(() => '')).trim()
          : '';
        return { name: path.basename(r.path).replace(/\.git$/, ''), primary: path.resolve(r.path) === root, ...(remoteUrl ? { remoteUrl } : {}) };
      }),
    );
    return { model, framework: list.framework, notes: list.snapshot.notes, repositories };
  }
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
