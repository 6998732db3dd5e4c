import * as vscode from 'vscode';
import { growthLayout, DEFAULT_ROOT, type GrowthLayout } from '../core/layout';
import { loadGrowthSnapshot, type GrowthSnapshot } from '../core/services/growth-snapshot';
import { EditorFileStore } from './editor-file-store';

/**
 * The repository the extension works on and its growth folder. Owns the parsed snapshot of the
 * growth files (the host owns all state; views only render it) and tells listeners when it changes:
 * on save, on files created or deleted under the growth folder, and when the root setting changes.
 */
export class GrowthWorkspace implements vscode.Disposable {
  private snapshotPromise: Promise<GrowthSnapshot> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watcher: vscode.FileSystemWatcher | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private warnedRoot: string | undefined;
  readonly onDidChange = this.changed.event;

  constructor(readonly folder: vscode.WorkspaceFolder, private readonly log: vscode.LogOutputChannel) {
    this.watch();
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.contains(doc.uri)) this.invalidate();
      }),
      // The snapshot reads unsaved buffers, so a revert (the buffer becomes clean without a save) or
      // closing a buffer whose changes were discarded must refresh it too.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.document.isDirty && e.contentChanges.length > 0 && this.contains(e.document.uri)) this.invalidate();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.contains(doc.uri)) this.invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('growthLedger.root', folder)) {
          this.watch();
          this.invalidate();
        }
      }),
    );
  }

  get root(): vscode.Uri {
    return this.folder.uri;
  }

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  /** The growth layout from `growthLedger.root`; a root that would leave the repository falls back to `growth`. */
  get layout(): GrowthLayout {
    const configured = vscode.workspace.getConfiguration('growthLedger', this.folder).get<string>('root', DEFAULT_ROOT);
    try {
      return growthLayout(configured);
    } catch (e) {
      const message = `${e instanceof Error ? e.message : String(e)}; using "${DEFAULT_ROOT}"`;
      if (this.warnedRoot !== configured) {
        this.warnedRoot = configured;
        this.log.warn(message);
        void vscode.window.showWarningMessage(`Growth Ledger: the setting growthLedger.root ${message}.`, 'Open Settings').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'growthLedger.root');
        });
      }
      return growthLayout(DEFAULT_ROOT);
    }
  }

  get store(): EditorFileStore {
    return new EditorFileStore(this.root);
  }

  uri(rel: string): vscode.Uri {
    return this.store.uri(rel);
  }

  /** Path of `uri` relative to the repository root, or undefined when it lies outside. */
  relative(uri: vscode.Uri): string | undefined {
    const base = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    if (uri.scheme !== this.root.scheme || !uri.path.startsWith(base)) return undefined;
    return uri.path.slice(base.length);
  }

  /** The parsed growth folder, read once and cached until something in it changes. */
  snapshot(): Promise<GrowthSnapshot> {
    this.snapshotPromise ??= loadGrowthSnapshot(this.store, this.layout).catch((e: unknown) => {
      this.snapshotPromise = undefined;
      throw e;
    });
    return this.snapshotPromise;
  }

  /** Drops the cached snapshot and tells listeners, at most once per burst of changes. */
  invalidate(): void {
    this.snapshotPromise = undefined;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.changed.fire(), 150);
  }

  private contains(uri: vscode.Uri): boolean {
    const rel = this.relative(uri);
    const root = this.layout.root;
    return rel !== undefined && (root === '' || rel === root || rel.startsWith(`${root}/`));
  }

  private watch(): void {
    this.watcher?.dispose();
    const root = this.layout.root;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, root === '' ? '**/*.{md,yml,yaml}' : `${root}/**`));
    const onChange = () => this.invalidate();
    this.watcher.onDidCreate(onChange);
    this.watcher.onDidDelete(onChange);
    this.watcher.onDidChange(onChange);
  }

  dispose(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.watcher?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The folder to work on: the first one with a profile, else the first one. */
export async function pickGrowthFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    const root = vscode.workspace.getConfiguration('growthLedger', folder).get<string>('root', DEFAULT_ROOT);
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, growthLayout(root).profile));
      return folder;
    } catch {
      // no profile in this folder
    }
  }
  return folders[0];
}
