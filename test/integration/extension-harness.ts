import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The id VS Code gives the extension: `publisher.name` from package.json. */
export const EXTENSION_ID = 'growth-ledger.growth-ledger';

/** Activates the extension (as VS Code would on start-up) and returns it. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  await extension.activate();
  assert.equal(extension.isActive, true);
  return extension;
}

/** The fixture repository the run opened. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the run opens a folder');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** The text on disk (not in any editor buffer). */
export async function diskText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(relative)));
}

export async function exists(relative: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(fileUri(relative));
    return true;
  } catch {
    return false;
  }
}

export async function writeDisk(relative: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fileUri(relative), new TextEncoder().encode(text));
}

/** The path of a file relative to the workspace, with forward slashes. */
export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Polls until `probe` returns a value other than undefined/false, or fails with `what`. */
export async function eventually<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `YYYY-MM-DD` and `YYYY-MM` for today, in local time, as the extension dates entries. */
export function today(): { date: string; month: string } {
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { date, month: date.slice(0, 7) };
}

/** Runs a command and returns the Uri it resolves to (every writing command resolves to one). */
export async function runForUri(command: string, args?: object): Promise<vscode.Uri> {
  const result = await vscode.commands.executeCommand<unknown>(command, args);
  assert.ok(result instanceof vscode.Uri, `${command} resolved to ${String(result)}, not a Uri`);
  return result;
}

/** Diagnostics VS Code holds for a growth file. */
export function diagnosticsFor(relative: string): readonly vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(fileUri(relative));
}

/** The fixture's branch and HEAD commit, read from .git without running git (Restricted Mode runs none). */
export async function fixtureHead(): Promise<{ branch: string; sha: string }> {
  const head = (await diskText('.git/HEAD')).trim();
  const ref = head.replace(/^ref: /, '');
  const sha = (await diskText(`.git/${ref}`)).trim();
  return { branch: ref.replace(/^refs\/heads\//, ''), sha };
}

/** Opens a workspace file in an editor (not as a preview, as a person editing it would). */
export async function openEditor(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Throws away unsaved changes and closes every editor, so each test starts from a clean window. */
export async function discardEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.uri.scheme !== 'file') continue;
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The fixture's ledger file for an earlier month (the fixture writes this month and the one before). */
export async function earlierLedgerFile(): Promise<string> {
  const entries = await vscode.workspace.fs.readDirectory(fileUri('growth/ledger'));
  const earlier = entries.map(([name]) => name).filter((n) => /^\d{4}-\d{2}\.md$/.test(n) && n < `${today().month}.md`).sort();
  assert.ok(earlier.length > 0, 'the fixture has an earlier ledger month');
  return `growth/ledger/${earlier[earlier.length - 1]}`;
}
