/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';
import { thisMonth, today } from './calendar';

// The runner checks afterwards that the git shim on this server's PATH logged no call at all.
describe('Restricted Mode (the person does not trust the folder)', () => {
  const repo = (): string => e2eContext().repos.restricted;

  const window = windowForSuite(() => Workbench.open('restricted', e2eContext().restrictedUrl, repo(), { trust: false }));

  it('says what is limited: no git, so no evidence from history, while the ledger still works', async () => {
    const w = window();
    await expectText(w.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }), /Restricted Mode/);
    // The entry count appears once the extension has read the growth folder.
    await expectText(w.statusItem(), /\d/);
    await w.openGrowth();
    await w.screenshot('growth-side-bar');
    // Either the Evidence view says it (welcome content or a view message) or a notification does.
    const limited = /not trusted|untrusted|Restricted Mode/i;
    const evidence = await w.pane('Evidence').innerText();
    const notices = (await w.allNotifications()).map((n) => n.message);
    const said = [evidence, ...notices].find((text) => limited.test(text) && /git/i.test(text));
    assert.ok(said, `nothing on screen says that git does not run here.\nEvidence view: ${JSON.stringify(evidence)}\nnotifications: ${JSON.stringify(notices)}`);
  });

  it('logs an entry from the palette, without a commit link', async () => {
    const w = window();
    const file = repoFile(repo(), `growth/ledger/${thisMonth()}.md`);
    const before = readFileSync(file, 'utf8');
    await w.runCommand('Growth Ledger: Log Entry');
    await w.quickInputTitled(/Log Entry.*kind/);
    await w.choose('conversation');
    await w.quickInputTitled(/Log Entry.*title/);
    await w.answer('Talked through the on-call rota');
    await w.quickInputTitled(/Log Entry.*criteria/);
    await w.acceptQuickInput();
    await w.notification(/Logged "Talked through the on-call rota"/);
    const added = readFileSync(file, 'utf8').slice(before.length);
    assert.match(added, new RegExp(`## ${today()} Talked through the on-call rota`));
    assert.doesNotMatch(added, /- commit:/);
  });

  it('creates a two-note with the task suggested from the branch', async () => {
    const w = window();
    await w.runCommand('Growth Ledger: New Two-Note');
    await w.quickInputTitled(/New Two-Note/);
    assert.match(await w.quickInputValue(), /retry budget/i);
    await w.answer('On-call rota');
    await w.activeTab(`${today()}-on-call-rota.md`);
    await w.screenshot('two-note');
  });
});
