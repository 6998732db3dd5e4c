/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { activeExtension, discardEditors, eventually, fixtureHead, relativePath } from './extension-harness';
import { notifications } from './notification-recorder';

describe('Evidence', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('Refresh Evidence mines the trusted repository without an error', async () => {
    const mark = Date.now();
    await vscode.commands.executeCommand(COMMAND_IDS.refreshEvidence);
    assert.deepEqual(notifications.since(mark).filter((n) => n.severity === 'error').map((n) => n.message), []);
  });

  it('opening an evidence item shows its file at its line', async () => {
    await vscode.commands.executeCommand(COMMAND_IDS.openEvidenceItem, { path: 'docs/rfcs/0001-retry-budget.md', line: 5 });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.equal(relativePath(editor.document.uri), 'docs/rfcs/0001-retry-budget.md');
    assert.equal(editor.selection.active.line, 4, 'the cursor is on line 5');
  });

  it('an evidence item whose file is gone says so instead of failing', async () => {
    const mark = Date.now();
    await vscode.commands.executeCommand(COMMAND_IDS.openEvidenceItem, { path: 'docs/rfcs/0099-removed.md', sha: '0123456789abcdef' });
    const shown = notifications.since(mark);
    assert.ok(shown.some((n) => n.severity === 'warning' && /no longer in the working tree/.test(n.message)), JSON.stringify(shown));
    assert.equal(shown.filter((n) => n.severity === 'error').length, 0);
  });

  it('opening a commit-only item shows the commit read-only, with its message', async () => {
    const { sha } = await fixtureHead();
    await vscode.commands.executeCommand(COMMAND_IDS.openEvidenceItem, { sha });
    const document = await eventually('the commit document', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && d.uri.scheme !== 'file' && d.getText().length > 0 ? d : undefined;
    });
    assert.match(document.getText(), /chore: start a growth ledger/);
    assert.match(document.getText(), new RegExp(sha.slice(0, 12)));
  });

  it('refuses paths that climb out of the repository, and says so', async () => {
    const mark = Date.now();
    await vscode.commands.executeCommand(COMMAND_IDS.openEvidenceItem, { path: '../../etc/passwd' });
    const open = vscode.window.activeTextEditor?.document.uri.fsPath ?? '';
    assert.ok(!open.endsWith('/etc/passwd'), 'nothing outside the repository is opened');
    const refusal = notifications.since(mark).find((n) => /outside the repository/.test(n.message));
    assert.ok(refusal, 'the refusal is explained');
    if (refusal.severity === 'error') notifications.acknowledge(refusal);
  });
});
