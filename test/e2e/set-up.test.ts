/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';
import { thisMonth } from './calendar';

describe('first run in a repository without a growth folder', () => {
  const repo = (): string => e2eContext().repos.withoutProfile;

  const window = windowForSuite(() => Workbench.open('set-up', e2eContext().url, repo(), { trust: true }));

  it('offers Set Up in the Growth side bar', async () => {
    const w = window();
    await w.openGrowth();
    const ledger = w.pane('Ledger');
    await expectText(ledger, /keeps a learning ledger and two-note files/);
    assert.ok(await ledger.getByRole('button', { name: 'Set Up' }).isVisible(), 'a Set Up button');
    await expectText(w.pane('Evidence'), /No profile yet/);
    await w.screenshot('welcome');
  });

  it('Set Up asks for the levels, writes profile.yml from the git identity and opens it', async () => {
    const w = window();
    await w.pane('Ledger').getByRole('button', { name: 'Set Up' }).click();
    await w.quickInputTitled(/your current level/);
    await w.screenshot('set-up-level');
    await w.choose('Senior Engineer');
    await w.quickInputTitled(/growing toward/);
    assert.ok(!(await w.quickPickLabels()).includes('Junior Engineer'), 'only levels above the current one are offered');
    await w.choose('Staff Engineer');
    await w.activeTab('profile.yml');
    const shown = await w.visibleEditorText();
    assert.match(shown, /name: Dana Reyes/);
    assert.match(shown, /level: senior/);
    const profile = readFileSync(repoFile(repo(), 'growth/profile.yml'), 'utf8');
    assert.match(profile, /dana@example\.com/);
    assert.ok(existsSync(repoFile(repo(), `growth/ledger/${thisMonth()}.md`)), 'this month\'s ledger exists');
    await w.notification(/set up in growth\//i);
    await w.screenshot('set-up-profile');
  });

  it('replaces the welcome with the ledger once the profile exists, and counts entries in the status bar', async () => {
    const w = window();
    await w.openGrowth();
    await expectText(w.statusItem(), /0/);
    const ledger = w.pane('Ledger');
    // The welcome text goes away once growthLedger.hasProfile is set.
    const deadline = Date.now() + 10_000;
    while (await ledger.getByRole('button', { name: 'Set Up' }).isVisible()) {
      assert.ok(Date.now() < deadline, 'the Set Up welcome disappears');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await w.screenshot('after-set-up');
  });
});
