import { join } from 'node:path';
import * as vscode from 'vscode';
import { readGitIdentity } from '../adapters/repo/git-identity';
import { gitDir, readHead } from '../adapters/repo/repo-files';
import { runGitSmall } from '../adapters/git/git-small';
import { nodeMiningDeps } from '../adapters/git/node-mining-deps';
import { systemClock } from '../core/ports';
import { CommandManager } from './command-manager';
import { COMMAND_IDS } from './command-ids';
import { ContextKeys } from './context-keys';
import type { HostAdapters } from './host-adapters';
import { WorkspaceTrust } from './workspace-trust';
import { GrowthWorkspaceProvider } from './workspace-provider';
import { SetUpCommand } from './commands/set-up';
import { LogEntryCommand } from './commands/log-entry';
import { NewTwoNoteCommand } from './commands/new-two-note';
import { RecordAssessmentCommand } from './commands/record-assessment';
import { RefreshEvidenceCommand } from './commands/refresh-evidence';
import { CancelMiningCommand } from './commands/cancel-mining';
import { OpenEvidenceItemCommand } from './commands/open-evidence-item';
import { GroupEvidenceCommand } from './commands/group-evidence';
import { ShowMenuCommand } from './commands/show-menu';
import { ExcludeEvidenceCommand } from './commands/exclude-evidence';
import { MapEvidenceCommand } from './commands/map-evidence';
import { CopyEvidenceLinkCommand } from './commands/copy-evidence-link';
import { GroupChoice } from './evidence/group-choice';
import { GeneratePacketCommand } from './commands/generate-packet';
import { MonthlyReviewCommand } from './commands/monthly-review';
import { NewDevelopmentPlanCommand } from './commands/new-development-plan';
import { CopySectionAsHtmlCommand, CopySectionAsTextCommand } from './commands/copy-section';
import { HubDocumentSources } from './commands/generate-packet-sources';
import { MonthlyReviewOffer } from './commands/monthly-review-offer';
import { OpenEvidenceMapCommand } from './commands/open-evidence-map';
import { RevealInEvidenceMapCommand } from './commands/reveal-in-evidence-map';
import { EVIDENCE_MAP_VIEW_TYPE, EvidenceMapSerializer, type EvidenceMapDeps } from './evidence-map/evidence-map-panel';
import { commandMapActions } from './evidence-map/map-actions';
import { assembledMapSource } from './evidence-map/assembled-map-source';
import { LedgerStatusItem } from './views/status-bar';
import { GrowthDiagnostics } from './views/growth-diagnostics';
import { LedgerTreeProvider } from './views/ledger-tree';
import { EvidenceTreeProvider } from './views/evidence-tree';
import { EvidenceHub, type HubEvidence } from './evidence/evidence-hub';
import { startMining, type MiningHandle } from './evidence/mining-startup';
import { CommitDocumentProvider, COMMIT_SCHEME } from './evidence/commit-document';
import { knownRepoPaths } from './evidence/known-repos';

/** What the extension offers other extensions and its own integration tests. */
export interface GrowthLedgerApi {
  /** The evidence list the views show (ledger, two-notes, git), in the evidence window. */
  evidence(): Promise<HubEvidence | undefined>;
  /** Mines git history again and resolves when it is done (nothing in an untrusted workspace). */
  refreshEvidence(): Promise<void>;
}

/**
 * The composition root, and the only place adapters are created: it wires them into the
 * workspace, commands, views and mining. Activation stays cheap — nothing here reads history;
 * mining starts after activation, in the background, when the workspace is trusted.
 */
export function activate(context: vscode.ExtensionContext): GrowthLedgerApi {
  const log = vscode.window.createOutputChannel('Growth Ledger', { log: true });
  const clock = systemClock;
  const adapters: HostAdapters = {
    readHead,
    readGitIdentity,
    gitDir,
    runGit: runGitSmall,
    miningDeps: (cacheDir, trusted) => nodeMiningDeps({ trusted, cacheDir }),
  };
  const trust = new WorkspaceTrust();
  const contextKeys = new ContextKeys();
  const workspaces = new GrowthWorkspaceProvider(log, trust);
  const hub = new EvidenceHub(workspaces, clock);
  const grouping = new GroupChoice(context.workspaceState);
  let mining: MiningHandle | undefined;
  const documents = new HubDocumentSources(workspaces, hub, adapters, trust.isTrusted, () => mining?.whenMined() ?? Promise.resolve());

  // Evidence Map: the hub's evidence measured by the core's view model; Exclude / Map to… are the tree's commands.
  const mapDeps: EvidenceMapDeps = {
    extensionUri: context.extensionUri,
    workspaceState: context.workspaceState,
    source: assembledMapSource({ evidence: (overrides) => hub.evidence(overrides), onDidChange: hub.onDidChange }),
    actions: commandMapActions({
      exclude: (item) => vscode.commands.executeCommand(COMMAND_IDS.excludeEvidence, { item: { id: item.id } }),
      mapTo: (item, criterion) => vscode.commands.executeCommand(COMMAND_IDS.mapEvidence, { item: { id: item.id, criteria: item.criteria } }, ...(criterion ? [[criterion]] : [])),
    }),
    log,
  };
  const commands = new CommandManager(log);
  const openMap = new OpenEvidenceMapCommand(() => mapDeps);
  for (const command of [
    new SetUpCommand(workspaces, adapters, clock),
    new LogEntryCommand(workspaces, adapters, clock),
    new NewTwoNoteCommand(workspaces, adapters, clock),
    new RecordAssessmentCommand(workspaces, clock),
    new RefreshEvidenceCommand(() => mining),
    new CancelMiningCommand(() => mining),
    new OpenEvidenceItemCommand(workspaces),
    new GroupEvidenceCommand(grouping),
    new ExcludeEvidenceCommand(workspaces, clock),
    new MapEvidenceCommand(workspaces, clock),
    new CopyEvidenceLinkCommand(),
    new ShowMenuCommand(),
    new GeneratePacketCommand(workspaces, documents, clock),
    new MonthlyReviewCommand(workspaces, documents, clock),
    new NewDevelopmentPlanCommand(workspaces, documents, clock),
    new CopySectionAsTextCommand(workspaces, documents, clock),
    new CopySectionAsHtmlCommand(workspaces, documents, clock),
    openMap,
    new RevealInEvidenceMapCommand(openMap),
  ]) {
    commands.register(command);
  }

  const ledgerTree = new LedgerTreeProvider(workspaces);
  let notice: string | undefined;
  const evidenceTree = new EvidenceTreeProvider(hub, grouping, (text) => {
    notice = text;
    explainTrust();
  });
  const evidenceView = vscode.window.createTreeView('growthLedger.evidence', { treeDataProvider: evidenceTree, showCollapseAll: true });
  function explainTrust(): void {
    evidenceView.message = trust.trusted
      ? notice
      : 'Restricted Mode: Growth Ledger runs no git here, so evidence from history is not mined. Your ledger and two-notes still work.';
  }
  explainTrust();
  const updateContext = async () => {
    const ws = await workspaces.get();
    const snapshot = ws ? await ws.snapshot().catch(() => undefined) : undefined;
    await contextKeys.set('growthLedger.hasProfile', !!snapshot?.model.profile);
  };
  const beginMining = () => {
    if (mining || !trust.trusted) return;
    void startMining({ workspaces, adapters, contextKeys, cacheDir: join(context.globalStorageUri.fsPath, 'evidence-cache'), isTrusted: trust.isTrusted, log, answers: context.workspaceState }).then((handle) => {
      mining = handle;
      if (handle) hub.attachGit(handle);
    });
  };
  context.subscriptions.push(
    log,
    trust,
    workspaces,
    hub,
    grouping,
    commands,
    ledgerTree,
    evidenceTree,
    vscode.window.createTreeView('growthLedger.ledger', { treeDataProvider: ledgerTree, showCollapseAll: true }),
    evidenceView,
    new LedgerStatusItem(workspaces),
    new MonthlyReviewOffer(workspaces, context.workspaceState, clock),
    new GrowthDiagnostics(workspaces, log),
    vscode.workspace.registerTextDocumentContentProvider(
      COMMIT_SCHEME,
      new CommitDocumentProvider(async () => {
        const ws = await workspaces.get();
        return ws ? knownRepoPaths(ws) : [];
      }, adapters),
    ),
    workspaces.onDidChange(() => void updateContext()),
    trust.onDidGrant(() => {
      explainTrust();
      beginMining();
    }),
    { dispose: () => mining?.dispose() },
    vscode.window.registerWebviewPanelSerializer(EVIDENCE_MAP_VIEW_TYPE, new EvidenceMapSerializer(mapDeps)),
  );
  void updateContext();
  if (trust.trusted) setTimeout(beginMining, 0);
  else log.info('Workspace is not trusted: ledger and two-notes work; no git runs, so history is not mined.');

  return {
    evidence: () => hub.evidence(),
    refreshEvidence: async () => {
      await mining?.refresh();
    },
  };
}

export function deactivate(): void {}
