import { join } from 'node:path';
import * as vscode from 'vscode';
import { gitDir } from '../../adapters/repo/repo-files';
import { nodeMiningDeps } from '../../adapters/git/node-mining-deps';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import type { DocPathOverrides } from '../../core/model/types';
import { mineEvidence, type MiningDeps, type MiningResult } from '../../core/mining/mining-service';

/** What mining needs from the profile; `undefined` from `getMiningProfile` means "no profile yet: nothing to mine". */
export interface MiningSettings {
  readonly identities: readonly string[];
  readonly bots?: readonly string[];
  readonly paths?: DocPathOverrides;
  /** Inclusive YYYY-MM-DD evidence window. */
  readonly since?: string;
  readonly until?: string;
  /** The growth folder (setting `growthLedger.root`). */
  readonly growthRoot?: string;
}

/** What the controller needs from the composition root. */
export interface MiningControllerOptions {
  /** `context.globalStorageUri.fsPath`: the cache lives in files there, outside every repository. */
  readonly storagePath: string;
  /** Workspace folders plus the profile's `repositories`, as absolute paths. */
  readonly getRepos: () => readonly string[] | Promise<readonly string[]>;
  readonly getMiningProfile: () => MiningSettings | undefined | Promise<MiningSettings | undefined>;
  /** Asked before every run and by the git adapter before every call. */
  readonly isTrusted: () => boolean;
  readonly log: vscode.LogOutputChannel;
  /** Replaces the real git adapter and cache (tests). */
  readonly deps?: MiningDeps;
  /** Quiet period after HEAD or a ref changes before mining again (default 1500 ms). */
  readonly debounceMs?: number;
}

/**
 * Runs mining for the editor: never during activation (the caller calls `refresh()` afterwards),
 * never in an untrusted workspace, in the background with progress on the Growth view, or as a
 * cancellable notification when the person asked for it. New commits (HEAD, branches, packed refs
 * or the HEAD reflog changing) trigger an incremental refresh after a quiet period.
 */
export class MiningController implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly EvidenceItem[]>();
  /** Fires with the new list after every successful run. */
  readonly onDidChange = this.changed.event;
  private current: readonly EvidenceItem[] = [];
  private running: AbortController | undefined;
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly reported = new Set<string>();
  private readonly deps: MiningDeps;
  private disposed = false;

  constructor(private readonly options: MiningControllerOptions) {
    this.deps = options.deps ?? nodeMiningDeps({ trusted: () => options.isTrusted(), cacheDir: join(options.storagePath, 'evidence-cache') });
  }

  /** Evidence from the last successful run. */
  get items(): readonly EvidenceItem[] {
    return this.current;
  }

  /**
   * Mines again (incrementally, thanks to the cache). A run already in progress is cancelled in
   * favour of this one. `interactive` shows a notification with a Cancel button (for the Refresh
   * Evidence command); otherwise progress shows on the Growth view.
   */
  async refresh(options: { interactive?: boolean } = {}): Promise<void> {
    if (this.disposed) return;
    if (!this.options.isTrusted()) {
      this.options.log.info('Workspace is not trusted: no git runs, so history is not mined.');
      return;
    }
    this.running?.abort();
    const abort = new AbortController();
    this.running = abort;
    const settings = await this.options.getMiningProfile();
    const repos = [...new Set(await this.options.getRepos())];
    if (abort.signal.aborted) {
      this.options.log.info('Mining was cancelled.');
      return;
    }
    if (!settings || settings.identities.length === 0) {
      this.options.log.info('No identities in the profile yet: nothing to mine.');
      this.running = undefined;
      this.publish([]);
      return;
    }
    const location = options.interactive ? vscode.ProgressLocation.Notification : { viewId: 'growthLedger.evidence' };
    try {
      const result = await vscode.window.withProgress({ location, title: 'Growth Ledger: mining git history', cancellable: true }, (progress, token) => {
        token.onCancellationRequested(() => abort.abort());
        const { identities, bots, paths, since, until, growthRoot } = settings;
        return mineEvidence(
          {
            repos,
            identities,
            ...(bots ? { bots } : {}),
            ...(paths ? { paths } : {}),
            ...(since ? { since } : {}),
            ...(until ? { until } : {}),
            ...(growthRoot ? { growthRoot } : {}),
            signal: abort.signal,
            onProgress: (p) => progress.report({ message: `${p.repo.split(/[\\/]/).pop() ?? p.repo}: ${p.phase} (${p.commitsRead} commits)` }),
          },
          this.deps,
        );
      });
      this.report(result);
      this.publish(result.items);
      await this.watch(result);
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') this.options.log.info('Mining was cancelled.');
      else this.options.log.error(`Mining failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (this.running === abort) this.running = undefined;
    }
  }

  /** Stops a run in progress, if any. */
  cancel(): void {
    this.running?.abort();
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }

  private publish(items: readonly EvidenceItem[]): void {
    this.current = items;
    this.changed.fire(items);
  }

  /** Logs every problem; shows each error or warning once per session, since a refresh on every commit would repeat them. */
  private report(result: MiningResult): void {
    const s = result.stats;
    this.options.log.info(`Mined ${result.items.length} items from ${s.commitsTotal} commits in ${s.repos.length} repositories (${s.commitsRead} read from git, ${s.durationMs} ms).`);
    for (const p of result.problems) {
      const text = `${p.repo}: ${p.message}`;
      if (p.severity === 'info') {
        this.options.log.info(text);
        continue;
      }
      if (p.severity === 'error') this.options.log.error(text);
      else this.options.log.warn(text);
      if (this.reported.has(text)) continue;
      this.reported.add(text);
      void vscode.window.showWarningMessage(`Growth Ledger could not fully mine ${text}`);
    }
  }

  /** Watches each mined repository's HEAD, refs and HEAD reflog, once. */
  private async watch(result: MiningResult): Promise<void> {
    for (const repo of result.stats.repos) {
      if (this.disposed || this.watchers.has(repo.path)) continue;
      const dir = (await gitDir(repo.path)) ?? repo.path;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), '{HEAD,packed-refs,refs/heads/**,logs/HEAD}'));
      const changed = () => this.schedule();
      watcher.onDidChange(changed);
      watcher.onDidCreate(changed);
      watcher.onDidDelete(changed);
      this.watchers.set(repo.path, watcher);
    }
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.options.debounceMs ?? 1500);
  }
}
