import * as vscode from 'vscode';
import type { GrowthFileStore } from '../core/ports';
import { decodeText } from '../core/text/decode';
import { MAX_GROWTH_FILE_BYTES } from '../core/limits';

/**
 * The growth file store inside the editor. Reads prefer an open document (what the person sees,
 * including unsaved text); appends to an open document go through a WorkspaceEdit so nothing typed
 * is lost or written around. A document that was saved before the append is saved again after it;
 * one with unsaved changes stays unsaved — saving the person's half-finished text is their call.
 */
export class EditorFileStore implements GrowthFileStore {
  constructor(private readonly root: vscode.Uri) {}

  uri(rel: string): vscode.Uri {
    const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..')) throw new Error(`${rel} is outside the repository`);
    return vscode.Uri.joinPath(this.root, ...parts);
  }

  async read(rel: string): Promise<string | undefined> {
    const uri = this.uri(rel);
    const open = this.openDocument(uri);
    if (open) return open.getText();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return undefined;
    }
    if (stat.type & vscode.FileType.Directory) throw new Error(`${rel} is a folder, not a file`);
    if (stat.size > MAX_GROWTH_FILE_BYTES) throw new Error(`${rel} is too large to read (${Math.round(stat.size / 1048576)} MB)`);
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  }

  async list(dir: string): Promise<string[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(dir));
      return entries.map(([name]) => name).sort();
    } catch {
      return [];
    }
  }

  async create(rel: string, text: string): Promise<boolean> {
    const uri = this.uri(rel);
    if (await this.exists(uri)) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) throw new Error(`could not create ${rel}`);
    // createFile with ignoreIfExists leaves an existing file alone; check that the file is ours.
    const written = await this.read(rel);
    return written === text;
  }

  async append(rel: string, text: string, header = ''): Promise<void> {
    const uri = this.uri(rel);
    const open = this.openDocument(uri);
    if (!open && !(await this.exists(uri))) {
      if (await this.create(rel, header + text)) return;
    }
    const doc = open ?? (await vscode.workspace.openTextDocument(uri));
    const wasDirty = doc.isDirty;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await this.applyInsert(doc, end, text, rel);
    if (!wasDirty) await doc.save();
  }

  async insert(rel: string, offset: number, text: string, expectedText: string): Promise<void> {
    const uri = this.uri(rel);
    const doc = this.openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
    if (doc.getText() !== expectedText) throw new Error(`${rel} changed while it was being updated; nothing was written, try again`);
    const wasDirty = doc.isDirty;
    await this.applyInsert(doc, doc.positionAt(offset), text, rel);
    if (!wasDirty) await doc.save();
  }

  private async applyInsert(doc: vscode.TextDocument, at: vscode.Position, text: string, rel: string): Promise<void> {
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, at, text.replace(/\r?\n/g, eol));
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not add to ${rel}`);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  private async exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }
}
