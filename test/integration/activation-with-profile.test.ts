/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension } from './extension-harness';

describe('a repository with a growth folder', () => {
  it('activates the extension because growth/profile.yml is there', async () => {
    await activeExtension();
    assert.equal(vscode.workspace.isTrusted, true, 'this scenario opens a trusted folder');
  });

  it('opens the Growth views without errors', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.growthLedger');
    await vscode.commands.executeCommand('growthLedger.ledger.focus');
    await vscode.commands.executeCommand('growthLedger.evidence.focus');
  });

  it('finds no problems in a well-formed growth folder', async () => {
    // Give the first read of the folder time to publish whatever it would publish.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const growthProblems = vscode.languages
      .getDiagnostics()
      .filter(([uri]) => vscode.workspace.asRelativePath(uri, false).startsWith('growth/'))
      .flatMap(([uri, diagnostics]) => diagnostics.map((d) => `${vscode.workspace.asRelativePath(uri, false)}:${d.range.start.line + 1} ${d.message}`));
    assert.deepEqual(growthProblems, []);
  });
});
