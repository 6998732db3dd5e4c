/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';
import { thisMonth, today } from './calendar';

const ledgerFile = (): string => repoFile(e2eContext().repos.logEntry, `growth/ledger/${thisMonth()}.md`);
const entryCount = async (wb: Workbench): Promise<number> => Number(/(\d+)/.exec(await expectText(wb.statusItem(), /\d+/))?.[1]);

describe('logging entries in a repository with a growth folder', () => {

  const window = windowForSuite(() => Workbench.open('log-entry', e2eContext().url, e2eContext().repos.logEntry, { trust: true }));

  it('shows this month\'s entry count in the status bar', async () => {
    const w = window();
    await expectText(w.statusItem(), /\b1\b/);
    assert.match((await w.statusItem().getAttribute('aria-label')) ?? '', /^Growth Ledger: 1 entry this month\./);
  });

  it('opens the Growth Ledger menu from the status bar item, where Enter starts Log Entry', async () => {
    const w = window();
    await w.statusItem().click();
    await w.quickInputTitled(/^Growth Ledger$/);
    await w.page.keyboard.press('Enter');
    await w.quickInputTitled(/Log Entry.*kind/);
    await w.page.keyboard.press('Escape');
    await w.quickInput.waitFor({ state: 'hidden' });
  });

  it('Log Entry from the command palette asks kind, title and criteria, then appends the entry', async () => {
    const w = window();
    const before = readFileSync(ledgerFile(), 'utf8');
    const count = await entryCount(w);
    await w.runCommand('Growth Ledger: Log Entry');
    await w.quickInputTitled(/Log Entry.*kind/);
    assert.ok((await w.quickPickLabels()).includes('incident'));
    await w.screenshot('kind');
    await w.choose('incident');
    await w.quickInputTitled(/Log Entry.*title/);
    await w.answer('Coordinated the payments outage response');
    await w.quickInputTitled(/Log Entry.*criteria/);
    await w.tick(['Leadership', 'Communication']);
    await w.screenshot('criteria');
    await w.acceptQuickInput();
    await w.notification(/Logged "Coordinated the payments outage response"/);
    await expectText(w.statusItem(), new RegExp(`\\b${count + 1}\\b`));
    const after = readFileSync(ledgerFile(), 'utf8');
    assert.ok(after.startsWith(before), 'what was there is kept');
    assert.match(after.slice(before.length), new RegExp(`## ${today()} Coordinated the payments outage response\\n#incident #[a-z-]+`));
    assert.match(after.slice(before.length), /#leadership/);
    assert.match(after.slice(before.length), /#communication/);
  });

  it('Log Entry from a code selection (Ctrl+Alt+L) records the code with its file and line, and asks for a title', async () => {
    const w = window();
    await w.openFile('src/retry/budget.ts');
    await w.selectLines(7, 4);
    await w.screenshot('selection');
    const before = readFileSync(ledgerFile(), 'utf8');
    await w.page.keyboard.press('Control+Alt+L');
    await w.quickInputTitled(/Log Entry.*kind/);
    await w.choose('learning');
    await w.quickInputTitled(/Log Entry.*title/);
    assert.equal(await w.quickInputValue(), '', 'a first line of code is not offered as the title');
    await w.screenshot('title-from-selection');
    await w.answer('Fail fast beyond the retry budget');
    await w.quickInputTitled(/Log Entry.*criteria/);
    await w.acceptQuickInput();
    await w.notification(/Logged "Fail fast beyond the retry budget"/);
    const added = readFileSync(ledgerFile(), 'utf8').slice(before.length);
    assert.match(added, /```typescript\nexport function canRetry/);
    assert.match(added, /^- file: src\/retry\/budget\.ts:7$/m);
    assert.match(added, /^- commit: [0-9a-f]{12}$/m);
  });

  it('Log Entry into a ledger open with unsaved changes keeps the person\'s text in the buffer and leaves the file alone', async () => {
    const w = window();
    await w.openFile(`growth/ledger/${thisMonth()}.md`);
    await w.page.keyboard.press('Control+End');
    await w.page.keyboard.type('\nDraft: ask Sam about the rota.\n');
    await w.page.locator('.tab.active.dirty').waitFor();
    const onDisk = readFileSync(ledgerFile(), 'utf8');
    const countOnDisk = await entryCount(w);

    await w.runCommand('Growth Ledger: Log Entry');
    await w.quickInputTitled(/Log Entry.*kind/);
    await w.choose('mentoring');
    await w.quickInputTitled(/Log Entry.*title/);
    await w.answer('Walked Sam through the retry budget');
    await w.quickInputTitled(/Log Entry.*criteria/);
    await w.acceptQuickInput();
    await w.confirmation(/Logged "Walked Sam through the retry budget"/);

    await w.page.locator('.tab.active.dirty').waitFor();
    await w.page.keyboard.press('Control+End');
    const shown = await w.visibleEditorText();
    assert.match(shown, /Draft: ask Sam about the rota\./, 'the unsaved text is still there');
    assert.match(shown, /Walked Sam through the retry budget/, 'the entry is in the buffer');
    assert.ok(shown.indexOf('Draft: ask Sam') < shown.indexOf('Walked Sam'), 'the entry comes after the person\'s text');
    assert.equal(readFileSync(ledgerFile(), 'utf8'), onDisk, 'the file on disk is unchanged');
    await w.screenshot('unsaved-ledger-with-entry');
    await w.runCommand('File: Revert File');
    await w.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    // Reverted, the entry is gone from the buffer: the count must not keep it.
    await expectText(w.statusItem(), new RegExp(`\\b${countOnDisk}\\b`));
  });

  it('lists the month\'s entries in the Ledger view', async () => {
    const w = window();
    await w.openGrowth();
    const ledger = w.pane('Ledger');
    await expectText(ledger, /Coordinated the payments outage response/);
    await expectText(ledger, /Led the payments incident review/);
    await w.screenshot('growth-views');
  });

  it('opens an entry from the Ledger view at its heading', async () => {
    const w = window();
    await w.openGrowth();
    await w.pane('Ledger').locator('.monaco-list-row', { hasText: 'Led the payments incident review' }).first().click();
    await w.activeTab(`${thisMonth()}.md`);
    const heading = readFileSync(ledgerFile(), 'utf8').split('\n').findIndex((l) => l.includes('Led the payments incident review')) + 1;
    let { line } = await w.cursorPosition();
    for (let i = 0; i < 30 && line !== heading; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ({ line } = await w.cursorPosition());
    }
    assert.equal(line, heading, 'the cursor is on the entry\'s heading');
  });

  it('groups evidence by criterion in the Evidence view and opens an item where it came from', async () => {
    const w = window();
    await w.openGrowth();
    const evidence = w.pane('Evidence');
    const group = evidence.locator('.monaco-list-row', { hasText: /^\s*Architecture/ }).first();
    await group.waitFor();
    if ((await group.getAttribute('aria-expanded')) === 'false') await group.click();
    const item = evidence.locator('.monaco-list-row', { hasText: 'Wrote the retry budget RFC' }).first();
    await item.waitFor();
    await w.screenshot('evidence-by-criterion');
    await item.click();
    // The fixture logged the RFC in the month before this one.
    const earlier = readdirSync(repoFile(e2eContext().repos.logEntry, 'growth/ledger')).filter((f) => f < `${thisMonth()}.md`).sort().pop() ?? '';
    await w.activeTab(earlier);
    assert.match(await w.visibleEditorText(), /Wrote the retry budget RFC/);
  });
});
