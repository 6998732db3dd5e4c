import * as vscode from 'vscode';
import { CommandManager } from './command-manager';
import { GrowthWorkspaceProvider } from './workspace-provider';
import { SetUpCommand } from './commands/set-up';
import { LogEntryCommand } from './commands/log-entry';
import { NewTwoNoteCommand } from './commands/new-two-note';
import { RecordAssessmentCommand } from './commands/record-assessment';
import { RefreshEvidenceCommand } from './commands/refresh-evidence';
import { CancelMiningCommand } from './commands/cancel-mining';
import { OpenEvidenceItemCommand } from './commands/open-evidence-item';
import { OpenEvidenceMapCommand } from './commands/open-evidence-map';
import { EVIDENCE_MAP_VIEW_TYPE, EvidenceMapSerializer, type EvidenceMapDeps } from './evidence-map/evidence-map-panel';
import { commandMapActions } from './evidence-map/map-actions';
import { assembledMapSource } from './evidence-map/assembled-map-source';
import { LedgerStatusItem } from './views/status-bar';
import { GrowthDiagnostics } from './views/growth-diagnostics';
import { LedgerTreeProvider } from './views/ledger-tree';
import { EvidenceTreeProvider } from './views/evidence-tree';
import { EvidenceHub } from './evidence/evidence-hub';
import { startMining, type MiningHandle } from './evidence/mining-startup';
import { CommitDocumentProvider, COMMIT_SCHEME } from './evidence/commit-document';
import { knownRepoPaths } from './evidence/known-repos';

/**
 * The composition root: wires the workspace, commands, views and mining. Activation stays cheap —
 * nothing here reads history; mining starts after activation, in the background, when trusted.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Growth Ledger', { log: true });
  const workspaces = new GrowthWorkspaceProvider(log);
  const hub = new EvidenceHub(workspaces);
  let mining: MiningHandle | undefined;

  // Evidence Map: the hub's evidence, mapped and measured by the core (corrections wired with evidence.yml).
  const mapDeps: EvidenceMapDeps = {
    extensionUri: context.extensionUri,
    workspaceState: context.workspaceState,
    source: assembledMapSource({
      load: async () => {
        const ws = await workspaces.get();
        const [snapshot, evidence] = await Promise.all([ws?.snapshot().catch(() => undefined), hub.evidence()]);
        if (!snapshot || !evidence) return undefined;
        const notices = vscode.workspace.isTrusted ? [] : ['Restricted Mode: Growth Ledger runs no git here, so evidence from history is not shown.'];
        return { model: snapshot.model, items: evidence.items, notices };
      },
      onDidChange: hub.onDidChange,
      defaultMonths: () => vscode.workspace.getConfiguration('growthLedger').get<number>('evidenceWindowMonths', 12),
      today: () => new Date(),
    }),
    actions: commandMapActions(undefined),
    log,
  };
  const commands = new CommandManager(log);
  for (const command of [
    new SetUpCommand(workspaces),
    new LogEntryCommand(workspaces),
    new NewTwoNoteCommand(workspaces),
    new RecordAssessmentCommand(workspaces),
    new RefreshEvidenceCommand(() => mining),
    new CancelMiningCommand(() => mining),
    new OpenEvidenceItemCommand(workspaces),
    new OpenEvidenceMapCommand(() => mapDeps),
  ]) {
    commands.register(command);
  }

  const ledgerTree = new LedgerTreeProvider(workspaces);
  const evidenceTree = new EvidenceTreeProvider(hub);
  const evidenceView = vscode.window.createTreeView('growthLedger.evidence', { treeDataProvider: evidenceTree, showCollapseAll: true });
  const explainTrust = () => {
    evidenceView.message = vscode.workspace.isTrusted
      ? undefined
      : 'Restricted Mode: Growth Ledger runs no git here, so evidence from history is not mined. Your ledger and two-notes still work.';
  };
  explainTrust();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(explainTrust));
  context.subscriptions.push(
    log,
    workspaces,
    hub,
    commands,
    ledgerTree,
    evidenceTree,
    vscode.window.createTreeView('growthLedger.ledger', { treeDataProvider: ledgerTree, showCollapseAll: true }),
    evidenceView,
    new LedgerStatusItem(workspaces),
    new GrowthDiagnostics(workspaces, log),
    vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, new CommitDocumentProvider(async () => {
      const ws = await workspaces.get();
      return ws ? knownRepoPaths(ws) : [];
    })),
    workspaces.onDidChange(() => void updateContext(workspaces)),
    { dispose: () => mining?.dispose() },
    vscode.window.registerWebviewPanelSerializer(EVIDENCE_MAP_VIEW_TYPE, new EvidenceMapSerializer(mapDeps)),
  );
  void updateContext(workspaces);

  const begin = () => {
    if (mining || !vscode.workspace.isTrusted) return;
    void startMining(context, workspaces, log).then((handle) => {
      mining = handle;
      if (handle) hub.attachGit(handle);
    });
  };
  if (vscode.workspace.isTrusted) setTimeout(begin, 0);
  else {
    log.info('Workspace is not trusted: ledger and two-notes work; no git runs, so history is not mined.');
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(begin));
  }
}

async function updateContext(workspaces: GrowthWorkspaceProvider): Promise<void> {
  const ws = await workspaces.get();
  const snapshot = ws ? await ws.snapshot().catch(() => undefined) : undefined;
  await vscode.commands.executeCommand('setContext', 'growthLedger.hasProfile', !!snapshot?.model.profile);
}

export function deactivate(): void {}
