/// <reference types="mocha" />
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import type { GrowthLedgerApi } from '../../src/extension/extension';
import { activeExtension, discardEditors, diskText, eventually, fixtureHead, relativePath, workspaceRoot } from './extension-harness';
import { notifications } from './notification-recorder';

describe('Evidence', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('Refresh Evidence mines the trusted repository: Dana\'s RFC and her review of Sam\'s commit, no error', async () => {
    const mark = Date.now();
    await vscode.commands.executeCommand(COMMAND_IDS.refreshEvidence);
    assert.deepEqual(notifications.since(mark).filter((n) => n.severity === 'error').map((n) => n.message), []);
    const api = (await activeExtension()).exports as GrowthLedgerApi;
    const evidence = await eventually('git evidence after the refresh', async () => {
      const e = await api.evidence();
      return e && e.counts.git > 0 ? e : undefined;
    });
    const rfc = evidence.items.find((i) => i.kind === 'rfc');
    assert.equal(rfc?.path, 'docs/rfcs/0001-retry-budget.md');
    assert.equal(rfc?.role, 'authored');
    assert.ok(evidence.items.some((i) => i.kind === 'review' && i.title === 'feat(retry): add jitter'), 'the review of Sam\'s commit is found');
  });

  it('gives the same evidence ids and window as the CLI\'s `evidence --json` on the same repository', async () => {
    const extension = await activeExtension();
    const api = extension.exports as GrowthLedgerApi;
    await api.refreshEvidence();
    const editor = await api.evidence();
    assert.ok(editor, 'the editor has evidence');
    const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
    const out = execFileSync(process.execPath, [cli, 'evidence', '--json', '--no-cache'], {
      cwd: workspaceRoot().fsPath,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    const fromCli = JSON.parse(out) as { window: { since: string; until: string }; items: { id: string }[] };
    assert.deepEqual(fromCli.window, { since: editor.window.since, until: editor.window.until, rule: editor.window.rule });
    assert.deepEqual(fromCli.items.map((i) => i.id), editor.items.map((i) => i.id));
    assert.ok(editor.counts.git > 0 && editor.counts.ledger > 0 && editor.counts.note > 0, JSON.stringify(editor.counts));
  });

  it('Exclude and Map to Criterion write evidence.yml, and the evidence list follows', async () => {
    const api = (await activeExtension()).exports as GrowthLedgerApi;
    const before = await eventually('git evidence', async () => {
      const e = await api.evidence();
      return e && e.counts.git > 0 ? e : undefined;
    });
    const review = before.items.find((i) => i.kind === 'review');
    const rfc = before.items.find((i) => i.kind === 'rfc');
    assert.ok(review && rfc, 'the fixture has a review and an RFC');
    await vscode.commands.executeCommand(COMMAND_IDS.excludeEvidence, { item: review }, { reason: 'pairing, not a review', quiet: true });
    await vscode.commands.executeCommand(COMMAND_IDS.mapEvidence, { item: rfc }, ['mentoring']);
    const written = await diskText('growth/evidence.yml');
    assert.match(written, new RegExp(`id: ${review.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(written, /reason: pairing, not a review/);
    assert.match(written, /criteria: \[mentoring\]/);
    const after = await eventually('the corrections to apply', async () => {
      const e = await api.evidence();
      return e && !e.items.some((i) => i.id === review.id) ? e : undefined;
    });
    assert.deepEqual(after.items.find((i) => i.id === rfc.id)?.criteria, ['mentoring']);
    assert.ok(after.excluded.some((x) => x.item.id === review.id && /pairing, not a review/.test(x.reason)));
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
