import * as vscode from 'vscode';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import type { DocPathOverrides } from '../../core/model/types';
import { GitReadError } from '../../core/mining/git-history-port';
import { mineEvidence, type MiningDeps, type MiningResult } from '../../core/mining/orchestration/mining-service';

/** What mining needs from the profile; `undefined` from `getMiningProfile` means "no profile yet: nothing to mine". */
export interface MiningSettings {
  readonly identities: readonly string[];
  readonly bots?: readonly string[];
  readonly paths?: DocPathOverrides;
  /** The growth folder (setting `growthLedger.root`). */
  readonly growthRoot?: string;
}

/**
 * A repository to mine, and whether the person listed it themselves. A plain path (what
 * `getRepos` returned before this type existed) is a workspace folder: not being a repository is
 * normal for one and is only logged, while a listed repository that cannot be read is a warning.
 */
export interface MiningRepo {
  readonly path: string;
  /** Listed in the profile's `repositories`. */
  readonly listed: boolean;
}

/** What the controller needs from the composition root. */
export interface MiningControllerOptions {
  /** The git reader and the cache (in files outside every repository), from the composition root. */
  readonly deps: MiningDeps;
  /** The git directory of a working tree, to watch its HEAD and refs. */
  readonly gitDir: (root: string) => Promise<string | undefined>;
  /** Workspace folders (plain paths, or `listed: false`) plus the profile's `repositories` (`listed: true`), as absolute paths. */
  readonly getRepos: () => readonly (string | MiningRepo)[] | Promise<readonly (string | MiningRepo)[]>;
  readonly getMiningProfile: () => MiningSettings | undefined | Promise<MiningSettings | undefined>;
  /** Asked before every run and by the git adapter before every call. */
  readonly isTrusted: () => boolean;
  readonly log: vscode.LogOutputChannel;
  /** Quiet period after HEAD or a ref changes before mining again (default 1500 ms). */
  readonly debounceMs?: number;
}

/**
 * Runs mining for the editor: never during activation (the caller calls `refresh()` afterwards),
 * never in an untrusted workspace; in the background with progress in the status bar (stopped by
 * `cancel()`), or as a cancellable notification when the person asked for it. New commits (HEAD,
 * branches, packed refs or the HEAD reflog changing) trigger an incremental refresh after a quiet
 * period.
 */
export class MiningController implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly EvidenceItem[]>();
  /** Fires with the new list after every successful run. */
  readonly onDidChange = this.changed.event;
  private current: readonly EvidenceItem[] = [];
  private squashDays: Readonly<Record<string, number>> = {};
  private minedOnce = false;
  private readonly firstRun: Promise<void>;
  private resolveFirstRun: () => void = () => undefined;
  private running: AbortController | undefined;
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly reported = new Set<string>();
  private disposed = false;

  constructor(private readonly options: MiningControllerOptions) {
    this.firstRun = new Promise((resolve) => (this.resolveFirstRun = resolve));
  }

  /** Whether a run has finished successfully: before that, `items` is empty for want of mining, not of evidence. */
  get mined(): boolean {
    return this.minedOnce;
  }

  /** Resolves once the first run has finished (successfully, or not: then `mined` stays false). */
  whenMined(): Promise<void> {
    return this.firstRun;
  }

  /** Evidence from the last successful run. */
  get items(): readonly EvidenceItem[] {
    return this.current;
  }

  /** Forge squash merges per day from the last successful run (reviews git cannot show). */
  get forgeSquashDays(): Readonly<Record<string, number>> {
    return this.squashDays;
  }

  /**
   * Mines again (incrementally, thanks to the cache). A run already in progress is cancelled in
   * favour of this one. `interactive` (the Refresh Evidence command) shows a notification with a
   * Cancel button, shows every problem again, and rejects when mining fails, so that the command
   * manager shows the error; otherwise progress shows in the status bar and failures are logged.
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
    try {
      await this.run(abort, options.interactive === true);
    } finally {
      if (!abort.signal.aborted) this.resolveFirstRun();
      // Only this run's own controller: a newer run may have replaced it while this one ended.
      if (this.running === abort) this.running = undefined;
    }
  }

  private async run(abort: AbortController, interactive: boolean): Promise<void> {
    const signal = abort.signal;
    try {
      const settings = await this.options.getMiningProfile();
      const repos = repoList(await this.options.getRepos());
      if (signal.aborted) throw new GitReadError('aborted', 'mining was cancelled');
      if (!settings || settings.identities.length === 0) {
        this.options.log.info('No identities in the profile yet: nothing to mine.');
        this.publish([]);
        if (interactive) {
          throw new MiningRefused('there are no identities in the profile yet: run Set Up, or add the names and emails you commit under to `identities` in profile.yml, then refresh again');
        }
        return;
      }
      // The status bar (Window) has no Cancel button: background runs are stopped through `cancel()`.
      const location = interactive ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
      const result = await vscode.window.withProgress({ location, title: 'Growth Ledger: mining git history', cancellable: interactive }, (progress, token) => {
        token.onCancellationRequested(() => abort.abort());
        const { identities, bots, paths, growthRoot } = settings;
        return mineEvidence(
          {
            repos: repos.map((r) => r.path),
            identities,
            ...(bots ? { bots } : {}),
            ...(paths ? { paths } : {}),
            ...(growthRoot ? { growthRoot } : {}),
            signal,
            onProgress: (p) => progress.report({ message: `${p.repo.split(/[\\/]/).pop() ?? p.repo}: ${p.phase} (${p.commitsRead} commits)` }),
          },
          this.options.deps,
        );
      });
      this.squashDays = result.stats.forgeSquashDays;
      this.minedOnce = true;
      this.publish(result.items);
      await this.watch(result);
      this.report(result, repos, interactive);
    } catch (e) {
      if (signal.aborted || (e instanceof Error && e.name === 'AbortError')) {
        // Cancelled by the person or by a newer run: nothing failed.
        this.options.log.info('Mining was cancelled.');
        return;
      }
      const message = e instanceof Error ? e.message : String(e);
      this.options.log.error(`Mining failed: ${message}`);
      if (e instanceof Error && e.stack) this.options.log.debug(e.stack);
      // Refusals and git errors already say what to do; anything else gets a next step.
      if (interactive) throw e instanceof MiningRefused || e instanceof GitReadError ? e : withNextStep(e);
    }
  }

  /**
   * Stops a run in progress, if any: its git processes are killed and the cache keeps what it had.
   * Background runs show in the status bar, which has no Cancel button; a command calls this.
   */
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

  /**
   * Logs every problem. Warnings and errors are also shown, each once per session (a refresh on
   * every commit would repeat them) unless the person asked for this run. A workspace folder that
   * is not a repository is only logged: many folders are not, and that is fine.
   */
  private report(result: MiningResult, repos: readonly MiningRepo[], interactive: boolean): void {
    const s = result.stats;
    this.options.log.info(`Mined ${result.items.length} items from ${s.commitsTotal} commits in ${s.repos.length} repositories (${s.commitsRead} read from git, ${s.durationMs} ms).`);
    const listed = new Set(repos.filter((r) => r.listed).map((r) => r.path));
    let shown = 0;
    for (const p of result.problems) {
      const text = `${p.repo}: ${p.message}`;
      if (p.severity === 'info' || (p.code === 'not-a-repository' && !listed.has(p.repo))) {
        this.options.log.info(text);
        continue;
      }
      if (p.severity === 'error') this.options.log.error(text);
      else this.options.log.warn(text);
      // The text holds no changing numbers, so the same problem is recognised on every run.
      const key = `${p.code}\u0000${text}`;
      if (this.reported.has(key) && !interactive) continue;
      this.reported.add(key);
      shown++;
      // A warning even for a repository that failed: the rest of the evidence still loaded.
      void vscode.window.showWarningMessage(`Growth Ledger could not fully mine ${text}`);
    }
    if (interactive && s.repos.length === 0 && shown === 0) {
      throw new MiningRefused('none of the workspace folders is a git repository, so there was no history to mine: open a repository, or list repositories under `repositories` in profile.yml');
    }
  }

  /** Watches each mined repository's HEAD, refs and HEAD reflog, once. */
  private async watch(result: MiningResult): Promise<void> {
    for (const repo of result.stats.repos) {
      if (this.disposed || this.watchers.has(repo.path)) continue;
      const dir = (await this.options.gitDir(repo.path)) ?? repo.path;
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

/** Plain paths are workspace folders; a path given twice is mined once, listed if either entry is. */
function repoList(entries: readonly (string | MiningRepo)[]): MiningRepo[] {
  const byPath = new Map<string, MiningRepo>();
  for (const e of entries) {
    const repo = typeof e === 'string' ? { path: e, listed: false } : e;
    const known = byPath.get(repo.path);
    byPath.set(repo.path, { path: repo.path, listed: repo.listed || (known?.listed ?? false) });
  }
  return [...byPath.values()];
}

/** Why an asked-for run mined nothing, with what to do; shown to the person as it is. */
class MiningRefused extends Error {}

/** An unexpected failure, said with what to do about it. */
function withNextStep(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  return new Error(`mining git history failed (${message}): see the Growth Ledger log for details, and run Refresh Evidence again`, { cause: e });
}
