/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { activeExtension, discardEditors, diskText, fixtureHead, openEditor, relativePath, runForUri, today } from './extension-harness';
import { notifications } from './notification-recorder';

const ledgerPath = (): string => `growth/ledger/${today().month}.md`;

describe('Log Entry', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('appends an entry with its kind and criteria to this month\'s ledger, after everything already there', async () => {
    const before = await diskText(ledgerPath());
    const uri = await runForUri(COMMAND_IDS.logEntry, {
      kind: 'incident',
      title: 'Coordinated the payments outage response',
      criteria: ['leadership', 'communication'],
      body: 'Mapped roles, tracked decisions, thanked contributors by name in the retro.',
    });
    assert.equal(relativePath(uri), ledgerPath());
    const after = await diskText(ledgerPath());
    assert.ok(after.startsWith(before), 'the existing text is kept byte for byte');
    const added = after.slice(before.length);
    assert.match(added, new RegExp(`^\\n?## ${today().date} Coordinated the payments outage response\\n#incident #leadership #communication\\n\\nMapped roles, tracked decisions, thanked contributors by name in the retro\\.\\n`));
    const { sha } = await fixtureHead();
    assert.match(added, new RegExp(`^- commit: ${sha.slice(0, 12)}$`, 'm'), 'a trusted workspace links the HEAD commit');
  });

  it('takes the editor\'s selection as the body and links its file, line and commit', async () => {
    const editor = await openEditor('src/retry/budget.ts');
    const start = editor.document.getText().split('\n').findIndex((l) => l.startsWith('export function canRetry'));
    assert.ok(start > 0);
    editor.selection = new vscode.Selection(start, 0, start + 4, 0);
    const selected = editor.document.getText(editor.selection);
    const before = await diskText(ledgerPath());
    await runForUri(COMMAND_IDS.logEntry, { kind: 'learning', title: 'Fail fast beyond the retry budget', criteria: ['code-quality'] });
    const added = (await diskText(ledgerPath())).slice(before.length);
    assert.ok(added.includes(selected.trimEnd()), `the selection is the body:\n${added}`);
    assert.match(added, /^```typescript$/m, 'code is fenced with its language');
    assert.match(added, new RegExp(`^- file: src/retry/budget\\.ts:${start + 1}$`, 'm'));
    assert.match(added, new RegExp(`^- commit: ${(await fixtureHead()).sha.slice(0, 12)}$`, 'm'));
  });

  it('goes into the buffer of a ledger open with unsaved changes, keeping the person\'s text', async () => {
    // With auto-save on, the editor itself would save the person's text during the command.
    assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off', 'the test window has auto-save off');
    const onDisk = await diskText(ledgerPath());
    const editor = await openEditor(ledgerPath());
    const draft = '\n## Draft, not saved yet\nHalf a thought about the on-call rota.\n';
    await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, draft));
    assert.equal(editor.document.isDirty, true);
    const typed = editor.document.getText();

    await runForUri(COMMAND_IDS.logEntry, { kind: 'mentoring', title: 'Walked Sam through the retry budget', criteria: ['mentoring'], body: 'Sam now owns the metric.' });

    const document = vscode.workspace.textDocuments.find((d) => relativePath(d.uri) === ledgerPath());
    assert.ok(document, 'the ledger is still open');
    assert.equal(document.isDirty, true, 'the buffer stays unsaved: the person decides when to save');
    const text = document.getText();
    assert.ok(text.startsWith(typed), 'the person\'s unsaved text is kept as it was');
    assert.match(text.slice(typed.length), new RegExp(`## ${today().date} Walked Sam through the retry budget\\n#mentoring\\n\\nSam now owns the metric\\.`));
    assert.equal(await diskText(ledgerPath()), onDisk, 'nothing is written around the buffer');
  });

  it('refuses an unknown kind, says which kinds exist, and writes nothing', async () => {
    const before = await diskText(ledgerPath());
    const mark = Date.now();
    const result = await vscode.commands.executeCommand(COMMAND_IDS.logEntry, { kind: 'heroics', title: 'Saved the day' });
    assert.equal(result, undefined);
    assert.equal(await diskText(ledgerPath()), before);
    const error = notifications.since(mark).find((n) => n.severity === 'error');
    assert.ok(error, 'an error message is shown');
    assert.match(error.message, /heroics/);
    assert.match(error.message, /incident/, 'the message lists the known kinds');
    notifications.acknowledge(error);
  });
});
