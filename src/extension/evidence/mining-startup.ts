import * as vscode from 'vscode';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { GitEvidenceFeed } from './evidence-hub';
import type { EvidenceRefresher } from '../commands/refresh-evidence';
import type { MiningCanceller } from '../commands/cancel-mining';
import type { ContextKeys } from '../context-keys';
import type { HostAdapters } from '../host-adapters';
import { askToMineOutsideRepos, knownRepos } from './known-repos';
import { reposToMine, type AnswerStore } from './outside-repos';
import { MiningController, type MiningRepo, type MiningSettings } from './mining-controller';
import { miningOptionsFor } from '../../core/evidence/evidence-assembly';

export interface MiningHandle extends GitEvidenceFeed, EvidenceRefresher, MiningCanceller, vscode.Disposable {
  /** Resolves once the first run has finished (immediately when mining on start-up is off and nothing ran yet: see below). */
  whenMined(): Promise<void>;
}

/** What background mining is built from; all of it is created in the composition root. */
export interface MiningStartup {
  readonly workspaces: GrowthWorkspaceProvider;
  readonly adapters: HostAdapters;
  readonly contextKeys: ContextKeys;
  /** Where the evidence cache lives (outside every repository). */
  readonly cacheDir: string;
  readonly isTrusted: () => boolean;
  readonly log: vscode.LogOutputChannel;
  /** Where the answer about repositories outside the workspace is remembered (workspace state). */
  readonly answers: AnswerStore;
}

/**
 * Starts background mining for a trusted workspace: builds the controller from the profile, mines
 * once after activation (unless `growthLedger.mineOnStartup` is off), and mines again when what
 * decides what counts (identities, bots, paths, repositories) changes. The whole history is mined
 * and the evidence window is applied by the hub, so a new day never re-mines.
 */
export async function startMining(s: MiningStartup): Promise<MiningHandle | undefined> {
  const { workspaces, log } = s;
  const ws = await workspaces.get();
  if (!ws || !s.isTrusted()) return undefined;
  const settings = async (): Promise<{ mining: MiningSettings; repos: MiningRepo[] } | undefined> => {
    const current = await workspaces.get();
    const profile = current ? (await current.snapshot().catch(() => undefined))?.model.profile : undefined;
    if (!current || !profile) return undefined;
    // A committed profile may name repositories outside the workspace: mined only once the person agreed.
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    const repos = await reposToMine(await knownRepos(current), folders, s.answers, askToMineOutsideRepos);
    return { mining: miningOptionsFor(profile, current.layout), repos: repos.map((r) => ({ path: r.path, listed: r.listed })) };
  };
  const controller = new MiningController({
    deps: s.adapters.miningDeps(s.cacheDir, s.isTrusted),
    gitDir: (root) => s.adapters.gitDir(root),
    getRepos: async () => (await settings())?.repos ?? [],
    getMiningProfile: async () => (await settings())?.mining,
    isTrusted: s.isTrusted,
    log,
  });
  let lastKey: string | undefined;
  let running = 0;
  const run = async (mine: () => Promise<void>) => {
    running++;
    await s.contextKeys.set('growthLedger.mining', true);
    try {
      await mine();
    } finally {
      running--;
      if (running === 0) await s.contextKeys.set('growthLedger.mining', false);
    }
  };
  const mineIfSettingsChanged = async () => {
    const current = await settings();
    const key = JSON.stringify(current ?? null);
    if (key === lastKey) return;
    lastKey = key;
    if (!current) return;
    log.info(`Mining ${current.repos.map((r) => r.path).join(', ')} for ${current.mining.identities.join(', ')}.`);
    await run(() => controller.refresh());
  };
  const subscription = workspaces.onDidChange(() => void mineIfSettingsChanged());
  const mineOnStartup = vscode.workspace.getConfiguration('growthLedger').get<boolean>('mineOnStartup', true);
  if (mineOnStartup) void mineIfSettingsChanged();
  return {
    get items() {
      return controller.items;
    },
    get forgeSquashDays() {
      return controller.forgeSquashDays;
    },
    get mined() {
      return controller.mined;
    },
    // With mining on start-up off, nothing runs until asked: waiting would never end, so run now.
    whenMined: () => (controller.mined || running > 0 || mineOnStartup ? controller.whenMined() : run(() => controller.refresh())),
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
