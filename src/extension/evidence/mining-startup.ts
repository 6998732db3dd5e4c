import * as vscode from 'vscode';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { GitEvidenceFeed } from './evidence-hub';
import type { EvidenceRefresher } from '../commands/refresh-evidence';
import type { MiningCanceller } from '../commands/cancel-mining';
import { knownRepos } from './known-repos';
import { MiningController, type MiningRepo, type MiningSettings } from './mining-controller';
import { evidenceWindow } from '../../core/evidence/evidence-window';

export interface MiningHandle extends GitEvidenceFeed, EvidenceRefresher, MiningCanceller, vscode.Disposable {}

/**
 * Starts background mining for a trusted workspace: builds the controller from the profile, mines
 * once after activation (unless `growthLedger.mineOnStartup` is off), and mines again when the
 * settings that decide what counts (identities, bots, paths, window, repositories) change.
 */
export async function startMining(context: vscode.ExtensionContext, workspaces: GrowthWorkspaceProvider, log: vscode.LogOutputChannel): Promise<MiningHandle | undefined> {
  const ws = await workspaces.get();
  if (!ws || !vscode.workspace.isTrusted) return undefined;
  const settings = async (): Promise<{ mining: MiningSettings; repos: MiningRepo[] } | undefined> => {
    const current = await workspaces.get();
    const profile = current ? (await current.snapshot().catch(() => undefined))?.model.profile : undefined;
    if (!current || !profile) return undefined;
    const months = vscode.workspace.getConfiguration('growthLedger', current.folder).get<number>('evidenceWindowMonths', 12);
    const since = evidenceWindow(profile.window, months, new Date());
    return {
      mining: { identities: profile.identities, bots: profile.bots, paths: profile.paths, since, growthRoot: current.layout.root },
      repos: await knownRepos(current),
    };
  };
  const controller = new MiningController({
    storagePath: context.globalStorageUri.fsPath,
    getRepos: async () => (await settings())?.repos ?? [],
    getMiningProfile: async () => (await settings())?.mining,
    isTrusted: () => vscode.workspace.isTrusted,
    log,
  });
  let lastKey: string | undefined;
  let running = 0;
  const run = async (mine: () => Promise<void>) => {
    running++;
    await vscode.commands.executeCommand('setContext', 'growthLedger.mining', true);
    try {
      await mine();
    } finally {
      running--;
      if (running === 0) await vscode.commands.executeCommand('setContext', 'growthLedger.mining', false);
    }
  };
  const mineIfSettingsChanged = async () => {
    const s = await settings();
    const key = JSON.stringify(s ?? null);
    if (key === lastKey) return;
    lastKey = key;
    if (!s) return;
    log.info(`Mining ${s.repos.map((r) => r.path).join(', ')} for ${s.mining.identities.join(', ')} since ${s.mining.since ?? 'the first commit'}.`);
    await run(() => controller.refresh());
  };
  const subscription = workspaces.onDidChange(() => void mineIfSettingsChanged());
  if (vscode.workspace.getConfiguration('growthLedger').get<boolean>('mineOnStartup', true)) {
    void mineIfSettingsChanged();
  }
  return {
    get items() {
      return controller.items;
    },
    onDidChange: controller.onDidChange,
    refresh: () => run(() => controller.refresh({ interactive: true })),
    cancel: () => controller.cancel(),
    get running() {
      return running > 0;
    },
    dispose: () => {
      subscription.dispose();
      controller.dispose();
    },
  };
}
