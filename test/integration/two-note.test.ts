/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { activeExtension, discardEditors, diskText, fixtureHead, relativePath, runForUri, today } from './extension-harness';

describe('New Two-Note', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('creates the note for the task on the current branch and puts the cursor in the first Intent', async () => {
    const uri = await runForUri(COMMAND_IDS.newTwoNote, { task: 'Retry budget metrics' });
    assert.equal(relativePath(uri), `growth/notes/${today().date}-retry-budget-metrics.md`);
    const text = await diskText(relativePath(uri));
    const { branch } = await fixtureHead();
    assert.match(text, /^---\ntask: Retry budget metrics\n/);
    assert.match(text, new RegExp(`^date: ${today().date}$`, 'm'));
    assert.match(text, new RegExp(`^branch: ${branch.replace('/', '\\/')}$`, 'm'), 'the branch comes from the repository');
    assert.match(text, /^status: open$/m);
    assert.match(text, /^## For future me$/m);
    assert.match(text, /^## For a teammate$/m);
    assert.equal((text.match(/^\*\*Intent\*\*$/gm) ?? []).length, 2);
    assert.equal((text.match(/^\*\*Next steps\*\*$/gm) ?? []).length, 2);

    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString(), 'the note is open');
    const cursor = editor.selection.active.line;
    const firstIntent = editor.document.getText().split('\n').indexOf('**Intent**');
    assert.ok(cursor > firstIntent && cursor <= firstIntent + 2, `cursor on line ${cursor + 1}, first Intent on line ${firstIntent + 1}`);
  });

  it('never overwrites a note: the same task on the same day gets a second file', async () => {
    const first = await runForUri(COMMAND_IDS.newTwoNote, { task: 'Retry budget metrics' });
    const firstText = await diskText(relativePath(first));
    const second = await runForUri(COMMAND_IDS.newTwoNote, { task: 'Retry budget metrics' });
    assert.notEqual(second.toString(), first.toString());
    assert.equal(await diskText(relativePath(first)), firstText);
  });
});
