/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, diagnosticsFor, discardEditors, earlierLedgerFile, eventually, openEditor } from './extension-harness';

/** Types `text` at the end of a growth file and saves it, as a person would. */
async function appendAndSave(relative: string, text: string): Promise<vscode.TextDocument> {
  const editor = await openEditor(relative);
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  await editor.edit((b) => b.insert(end, text));
  assert.ok(await editor.document.save(), `${relative} saved`);
  return editor.document;
}

async function replaceAndSave(relative: string, text: string): Promise<void> {
  const editor = await openEditor(relative);
  const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
  await editor.edit((b) => b.replace(all, text));
  assert.ok(await editor.document.save(), `${relative} saved`);
}

describe('Diagnostics for growth files', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('warns at the line of a ledger heading without an ISO date, and clears when it is fixed', async () => {
    const file = await earlierLedgerFile();
    const month = file.slice(-10, -3);
    const document = await appendAndSave(file, '\n## Nov 20 something\n#learning\n\nForgot the date format.\n');
    const line = document.getText().split('\n').indexOf('## Nov 20 something');
    const warning = await eventually('a warning on the heading', () =>
      diagnosticsFor(file).find((d) => d.range.start.line === line && d.severity === vscode.DiagnosticSeverity.Warning),
    );
    assert.equal(warning.source, 'Growth Ledger');

    await replaceAndSave(file, document.getText().replace('## Nov 20 something', `## ${month}-20 Something`));
    await eventually('the warning to clear', () => diagnosticsFor(file).every((d) => d.range.start.line !== line));
  });

  it('reports a malformed profile.yml as an error, and clears when it is fixed', async () => {
    const editor = await openEditor('growth/profile.yml');
    const original = editor.document.getText();
    await replaceAndSave('growth/profile.yml', `${original}identities: [unclosed\n`);
    const error = await eventually('an error in profile.yml', () =>
      diagnosticsFor('growth/profile.yml').find((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.ok(error.range.start.line >= original.split('\n').length - 2, `the error points at the broken line (line ${error.range.start.line + 1})`);

    await replaceAndSave('growth/profile.yml', original);
    await eventually('the profile error to clear', () => diagnosticsFor('growth/profile.yml').length === 0);
  });
});
