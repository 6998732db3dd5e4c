/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GrowthLedgerApi } from '../../src/extension/extension';
import { EXTENSION_ID, diagnosticsFor, diskText, eventually, writeDisk } from './extension-harness';
import { notifications } from './notification-recorder';

describe('a repository with a growth folder', () => {
  it('activates the extension by itself because growth/profile.yml is there', async () => {
    // Nothing here calls activate(): the workspaceContains event must do it.
    const extension = vscode.extensions.getExtension<GrowthLedgerApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await eventually('the extension to activate on its own', () => extension.isActive, 30_000);
    assert.equal(vscode.workspace.isTrusted, true, 'this scenario opens a trusted folder');
  });

  it('opens the Growth views, which show the ledger entries and the two-note as evidence', async () => {
    const mark = Date.now();
    await vscode.commands.executeCommand('workbench.view.extension.growthLedger');
    await vscode.commands.executeCommand('growthLedger.ledger.focus');
    await vscode.commands.executeCommand('growthLedger.evidence.focus');
    const api = vscode.extensions.getExtension<GrowthLedgerApi>(EXTENSION_ID)?.exports;
    assert.ok(api, 'the extension returns its API');
    const evidence = await eventually('evidence from the growth folder', async () => {
      const e = await api.evidence();
      return e && e.counts.ledger > 0 && e.counts.note > 0 ? e : undefined;
    });
    assert.ok(evidence.items.some((i) => i.source === 'note' && i.title.length > 0), 'the two-note is listed with its task');
    assert.deepEqual(notifications.since(mark).filter((n) => n.severity === 'error').map((n) => n.message), []);
  });

  it('finds no problems in a well-formed growth folder', async () => {
    // First prove the Problems panel is being fed: a broken file gets its problem...
    const probe = 'growth/ledger/1999-01.md';
    await writeDisk(probe, '## not a date\n#learning\n');
    await eventually('the broken probe file to be reported', () => diagnosticsFor(probe).length > 0, 20_000);
    // ...then every other growth file has none.
    const growthProblems = vscode.languages
      .getDiagnostics()
      .filter(([uri]) => vscode.workspace.asRelativePath(uri, false).startsWith('growth/') && !uri.path.endsWith(probe))
      .flatMap(([uri, diagnostics]) => diagnostics.map((d) => `${vscode.workspace.asRelativePath(uri, false)}:${d.range.start.line + 1} ${d.message}`));
    assert.deepEqual(growthProblems, []);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), probe));
    await eventually('the probe file\'s problem to go with it', () => diagnosticsFor(probe).length === 0, 20_000);
    assert.match(await diskText('growth/profile.yml'), /identities:/);
  });
});
