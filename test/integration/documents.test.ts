/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { activeExtension, diagnosticsFor, discardEditors, diskText, eventually, exists, fileUri, relativePath, runForUri, today, writeDisk } from './extension-harness';

describe('Promotion packet, monthly review and development plan', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('writes and opens the packet; a second run the same day creates a new file and leaves the first alone', async () => {
    const first = await runForUri(COMMAND_IDS.generatePacket);
    assert.equal(relativePath(first), `growth/packets/${today().date}-staff.md`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the packet is open');
    const text = await diskText(relativePath(first));
    assert.match(text, /^# Promotion packet: Dana Reyes$/m);
    assert.match(text, /^- \*\*Level:\*\* Senior Engineer → Staff Engineer$/m);
    assert.match(text, /Wrote the retry budget RFC — \[growth\/ledger\/\d{4}-\d{2}\.md#L\d+\]/);

    await writeDisk(relativePath(first), `${text}\nMy own notes.\n`);
    const second = await runForUri(COMMAND_IDS.generatePacket);
    assert.equal(relativePath(second), `growth/packets/${today().date}-staff-2.md`);
    assert.equal(await diskText(relativePath(first)), `${text}\nMy own notes.\n`, 'the first packet is untouched');
  });

  it('opens an existing monthly review instead of overwriting it', async () => {
    const path = `growth/reviews/${today().month}.md`;
    assert.equal(await exists(path), false);
    const created = await runForUri(COMMAND_IDS.monthlyReview);
    assert.equal(relativePath(created), path);
    assert.match(await diskText(path), /^## Reflection$/m);
    await writeDisk(path, '# My review\n\nWent well: the RFC.\n');
    const again = await runForUri(COMMAND_IDS.monthlyReview);
    assert.equal(relativePath(again), path);
    assert.equal(await diskText(path), '# My review\n\nWent well: the RFC.\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), again.toString(), 'the existing review is open');
  });

  it('writes the development plan with a checklist timeline, and keeps an existing one', async () => {
    const plan = await runForUri(COMMAND_IDS.newDevelopmentPlan);
    assert.equal(relativePath(plan), 'growth/plan.md');
    const text = await diskText('growth/plan.md');
    assert.match(text, /^- \*\*6-month goal \(by \d{4}-\d{2}-\d{2}\):\*\*/m);
    assert.ok((text.match(/^- \[ \] \*\*Month /gm) ?? []).length >= 3, 'timeline milestones');
    const ticked = text.replace('- [ ] **Month 1', '- [x] **Month 1');
    await writeDisk('growth/plan.md', ticked);
    await runForUri(COMMAND_IDS.newDevelopmentPlan);
    assert.equal(await diskText('growth/plan.md'), ticked);
  });

  it('copies a criterion section as plain text and as HTML', async () => {
    const text = await vscode.commands.executeCommand<string>(COMMAND_IDS.copySectionAsText, { criterion: 'architecture' });
    assert.match(text, /^Architecture\n/);
    assert.equal(await vscode.env.clipboard.readText(), text);
    const html = await vscode.commands.executeCommand<string>(COMMAND_IDS.copySectionAsHtml, { criterion: 'architecture' });
    assert.match(html, /^<h3>Architecture<\/h3>/);
    assert.equal(await vscode.env.clipboard.readText(), html);
  });

  it('shows a broken team template in the Problems panel at its line and writes the packet from the built-in one', async () => {
    const template = 'growth/templates/packet.md.mustache';
    await writeDisk(template, '# Our packet for {{name}}\n\n{{#sections}}\n## {{name}}\n');
    const diagnostics = await eventually('a diagnostic on the template', () => {
      const found = diagnosticsFor(template);
      return found.length > 0 && found;
    });
    assert.equal(diagnostics[0]?.range.start.line, 2, 'reported at the unclosed section (line 3)');
    assert.match(diagnostics[0]?.message ?? '', /Unclosed section "sections".*built-in template is used/);
    const uri = await runForUri(COMMAND_IDS.generatePacket);
    assert.match(await diskText(relativePath(uri)), /^# Promotion packet: Dana Reyes$/m);
    await vscode.workspace.fs.delete(fileUri(template));
    await eventually('the diagnostic cleared', () => diagnosticsFor(template).length === 0);
  });
});
