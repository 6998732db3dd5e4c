/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { activeExtension, discardEditors, diskText, eventually, fixtureHead, openEditor, relativePath, runForUri, today } from './extension-harness';
import { notifications } from './notification-recorder';

// The runner checks, from outside, that the logging git shim saw no call at all during this window.
describe('Restricted Mode (a workspace that is not trusted)', () => {
  before(activeExtension);
  afterEach(discardEditors);
  // Background work (mining on start-up, watchers) gets time to misbehave before the window closes.
  after(() => new Promise((resolve) => setTimeout(resolve, 3000)));

  it('opens untrusted, with the logging git shim first on the extension host\'s PATH', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const log = process.env.GROWTH_LEDGER_GIT_SHIM_LOG;
    assert.ok(log, 'the runner set up the git shim');
    // VS Code puts its own CLI folder first; what matters is which `git` a PATH lookup finds.
    const firstGit = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'git')).find((file) => existsSync(file));
    assert.ok(firstGit, 'git is on PATH');
    assert.ok(readFileSync(firstGit, 'utf8').includes(log), `the first git on PATH (${firstGit}) is the shim, so any git the extension starts is logged`);
  });

  it('declares limited support for untrusted workspaces and says what is limited', async () => {
    const manifest = (await activeExtension()).packageJSON as { capabilities: { untrustedWorkspaces: { supported: string | boolean; description: string } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /git/);
  });

  it('still logs entries, without linking a commit', async () => {
    const ledger = `growth/ledger/${today().month}.md`;
    const before = await diskText(ledger);
    const uri = await runForUri(COMMAND_IDS.logEntry, { kind: 'conversation', title: 'Talked through the on-call rota', criteria: ['communication'], body: 'Agreed a fairer rotation.' });
    assert.equal(relativePath(uri), ledger);
    const added = (await diskText(ledger)).slice(before.length);
    assert.match(added, new RegExp(`## ${today().date} Talked through the on-call rota\\n#conversation #communication\\n`));
    assert.doesNotMatch(added, /- commit:/, 'no HEAD commit without git');
  });

  it('still logs an entry from a selection, linking the file and line only', async () => {
    const editor = await openEditor('src/retry/budget.ts');
    editor.selection = new vscode.Selection(0, 0, 1, 0);
    const ledger = `growth/ledger/${today().month}.md`;
    const before = await diskText(ledger);
    await runForUri(COMMAND_IDS.logEntry, { kind: 'learning', title: 'Budget interface', criteria: [] });
    const added = (await diskText(ledger)).slice(before.length);
    assert.match(added, /^- file: src\/retry\/budget\.ts:1$/m);
    assert.doesNotMatch(added, /- commit:/);
  });

  it('still creates two-notes, with the branch read from .git/HEAD', async () => {
    const uri = await runForUri(COMMAND_IDS.newTwoNote, { task: 'On-call rota' });
    assert.equal(relativePath(uri), `growth/notes/${today().date}-on-call-rota.md`);
    const { branch } = await fixtureHead();
    assert.match(await diskText(relativePath(uri)), new RegExp(`^branch: ${branch.replace('/', '\\/')}$`, 'm'));
  });

  it('still records assessments', async () => {
    await runForUri(COMMAND_IDS.recordAssessment, { by: 'self', ratings: { communication: 3 } });
    assert.match(await diskText('growth/assessments.yml'), /communication: 3/);
  });

  it('refuses to show a commit (git show) and says why', async () => {
    const { sha } = await fixtureHead();
    const mark = Date.now();
    await vscode.commands.executeCommand(COMMAND_IDS.openEvidenceItem, { sha });
    // Either a read-only document that explains, or a message that does; never the commit itself.
    const said = await eventually('the refusal', () => {
      const notice = notifications.since(mark).find((n) => /not trusted/.test(n.message));
      if (notice) return notice.message;
      const d = vscode.window.activeTextEditor?.document;
      return d && d.uri.scheme !== 'file' && /not trusted/.test(d.getText()) ? d.getText() : undefined;
    });
    assert.doesNotMatch(said, /chore: start a growth ledger/);
    for (const n of notifications.since(mark)) if (n.severity === 'error' && /not trusted/.test(n.message)) notifications.acknowledge(n);
  });

  it('refuses to refresh evidence and says why, instead of running git', async () => {
    const mark = Date.now();
    await vscode.commands.executeCommand(COMMAND_IDS.refreshEvidence);
    const shown = notifications.since(mark);
    assert.ok(shown.some((n) => n.severity !== 'error' && /not (been )?trusted|untrusted/i.test(n.message) && /git/i.test(n.message)), `shown: ${JSON.stringify(shown)}`);
  });
});
