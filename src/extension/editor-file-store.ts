import * as vscode from 'vscode';
import type { GrowthFileStore } from '../core/ports';
import { NodeFileStore } from '../adapters/fs/node-file-store';
import { resolveInside } from '../adapters/fs/safe-path';

/**
 * The growth file store inside the editor. A file open with unsaved changes is read and appended to
 * through its buffer (a WorkspaceEdit), and left unsaved: the person's text is kept, the entry is
 * added, and nothing is written around them. Every other file is written on disk exactly as the CLI
 * does — atomic creation, byte-exact appends — and VS Code reloads any clean editor showing it.
 * Saving through the editor is avoided on purpose: it would run format-on-save and other save
 * participants over the person's whole file.
 */
export class EditorFileStore implements GrowthFileStore {
  private readonly disk: NodeFileStore;

  constructor(private readonly root: vscode.Uri) {
    this.disk = new NodeFileStore(root.fsPath);
  }

  uri(rel: string): vscode.Uri {
    const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..')) throw new Error(`${rel} is outside the repository`);
    return vscode.Uri.joinPath(this.root, ...parts);
  }

  async read(rel: string): Promise<string | undefined> {
    const dirty = this.dirtyDocument(rel);
    return dirty ? dirty.getText() : this.disk.read(rel);
  }

  list(dir: string): Promise<string[]> {
    return this.disk.list(dir);
  }

  create(rel: string, text: string): Promise<boolean> {
    return this.disk.create(rel, text);
  }

  async append(rel: string, text: string, header = ''): Promise<void> {
    const dirty = this.dirtyDocument(rel);
    if (!dirty) return this.disk.append(rel, text, header);
    await resolveInside(this.root.fsPath, rel);
    await this.applyInsert(dirty, dirty.lineAt(dirty.lineCount - 1).range.end, text, rel);
  }

  async insert(rel: string, offset: number, text: string, expectedText: string): Promise<void> {
    const dirty = this.dirtyDocument(rel);
    if (!dirty) return this.disk.insert(rel, offset, text, expectedText);
    await resolveInside(this.root.fsPath, rel);
    if (dirty.getText() !== expectedText) throw new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    await this.applyInsert(dirty, dirty.positionAt(offset), text, rel);
  }

  async update(rel: string, expectedText: string | undefined, newText: string): Promise<void> {
    const dirty = this.dirtyDocument(rel);
    if (!dirty) return this.disk.update(rel, expectedText, newText);
    await resolveInside(this.root.fsPath, rel);
    if (dirty.getText() !== expectedText) throw new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    // One replacement of the whole buffer, left unsaved like every other edit to an open file.
    const eol = dirty.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const whole = new vscode.Range(dirty.positionAt(0), dirty.positionAt(expectedText.length));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(dirty.uri, whole, newText.replace(/\r?\n/g, eol));
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not update ${rel}; nothing was changed`);
  }

  private async applyInsert(doc: vscode.TextDocument, at: vscode.Position, text: string, rel: string): Promise<void> {
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, at, text.replace(/\r?\n/g, eol));
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not add to ${rel}; nothing was changed`);
  }

  /** The open document for `rel` when it has unsaved changes. */
  private dirtyDocument(rel: string): vscode.TextDocument | undefined {
    const key = this.uri(rel).toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed && d.isDirty);
  }
}
