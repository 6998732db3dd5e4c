/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { EXTENSION_ID, activeExtension, diskText, eventually, exists, relativePath, runForUri, today, writeDisk } from './extension-harness';

interface Manifest {
  activationEvents: string[];
  contributes: {
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string; title: string }[] };
    viewsWelcome: { view: string; contents: string; when: string }[];
  };
}

describe('a repository without a growth folder', () => {
  it('activates when its view is opened, and registers every command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const manifest = extension.packageJSON as Manifest;
    // No start-up activation in windows that never use Growth Ledger (the manifest test pins the list).
    assert.deepEqual(manifest.activationEvents, ['workspaceContains:growth/profile.yml']);
    await vscode.commands.executeCommand('workbench.view.extension.growthLedger');
    await eventually('the extension to activate when its view opens', () => extension.isActive, 30_000);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(COMMAND_IDS)) assert.ok(registered.has(id), `${id} is registered`);
  });

  it('contributes the Growth container with the Evidence and Ledger views and a Set Up welcome', async () => {
    const manifest = (await activeExtension()).packageJSON as Manifest;
    assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((c) => c.title), ['Growth']);
    assert.deepEqual(manifest.contributes.views.growthLedger?.map((v) => v.id), ['growthLedger.evidence', 'growthLedger.ledger']);
    const welcome = manifest.contributes.viewsWelcome.find((w) => w.view === 'growthLedger.ledger' && w.when === '!growthLedger.hasProfile');
    assert.ok(welcome?.contents.includes('(command:growthLedger.setUp)'), 'the Ledger view offers Set Up when there is no profile');
    // The views must open without a profile (a provider that throws shows an error in the view).
    await vscode.commands.executeCommand('growthLedger.ledger.focus');
    await vscode.commands.executeCommand('growthLedger.evidence.focus');
  });

  it('Set Up writes a profile from the git identity and this month\'s ledger, and opens the profile', async () => {
    assert.equal(await exists('growth/profile.yml'), false);
    const uri = await runForUri(COMMAND_IDS.setUp, { level: 'senior', targetLevel: 'staff' });
    assert.equal(relativePath(uri), 'growth/profile.yml');
    const profile = await diskText('growth/profile.yml');
    assert.match(profile, /^name: Dana Reyes$/m, 'the name comes from git config user.name');
    assert.match(profile, /^ {2}- dana@example\.com$/m, 'the email comes from git config user.email');
    assert.match(profile, /^level: senior$/m);
    assert.match(profile, /^targetLevel: staff$/m);
    assert.equal(await exists(`growth/ledger/${today().month}.md`), true, 'the ledger month is created');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the profile is open for review');
  });

  it('Set Up a second time leaves the person\'s profile as it is', async () => {
    const before = await diskText('growth/profile.yml');
    const edited = `${before}# my own note\n`;
    await writeDisk('growth/profile.yml', edited);
    await runForUri(COMMAND_IDS.setUp, { name: 'Someone Else', identities: ['else@example.com'] });
    assert.equal(await diskText('growth/profile.yml'), edited);
  });

  it('Log Entry works right after Set Up', async () => {
    const uri = await runForUri(COMMAND_IDS.logEntry, { kind: 'learning', title: 'Read the retry budget code', criteria: ['code-quality'], body: 'Budgets are per caller.' });
    assert.equal(relativePath(uri), `growth/ledger/${today().month}.md`);
    const ledger = await diskText(relativePath(uri));
    assert.match(ledger, new RegExp(`^## ${today().date} Read the retry budget code\\n#learning #code-quality\\n`, 'm'));
  });
});
