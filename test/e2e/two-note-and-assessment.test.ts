/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';
import { today } from './calendar';

describe('two-notes and assessments on a feature branch', () => {
  const repo = (): string => e2eContext().repos.twoNote;

  const window = windowForSuite(() => Workbench.open('two-note', e2eContext().url, repo(), { trust: true }));

  it('New Two-Note suggests the task from the branch and opens the note at its first Intent', async () => {
    const w = window();
    const notesBefore = readdirSync(repoFile(repo(), 'growth/notes'));
    await w.runCommand('Growth Ledger: New Two-Note');
    await w.quickInputTitled(/New Two-Note/);
    assert.match(await w.quickInputValue(), /retry budget/i, 'the task is suggested from feature/retry-budget');
    await w.screenshot('task-from-branch');
    await w.answer('Retry budget dashboards');
    const name = `${today()}-retry-budget-dashboards.md`;
    await w.activeTab(name);
    assert.deepEqual(readdirSync(repoFile(repo(), 'growth/notes')).filter((f) => !notesBefore.includes(f)), [name]);

    const text = readFileSync(repoFile(repo(), `growth/notes/${name}`), 'utf8');
    assert.match(text, /^branch: feature\/retry-budget$/m);
    const intentLine = text.split('\n').indexOf('**Intent**') + 1;
    // The editor opens first and places the cursor a moment later.
    let { line } = await w.cursorPosition();
    for (let i = 0; i < 50 && line <= intentLine; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ({ line } = await w.cursorPosition());
    }
    assert.ok(line > intentLine && line <= intentLine + 2, `the cursor (line ${line}) is under the first Intent (line ${intentLine})`);
    assert.match(await w.visibleEditorText(), /For future me/);
    await w.editorFocused();
    await w.page.keyboard.type('Show the budget per caller next to the error rate.');
    await w.screenshot('note-open');
    await w.page.keyboard.press('Control+S');
    await w.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    assert.match(readFileSync(repoFile(repo(), `growth/notes/${name}`), 'utf8'), /\*\*Intent\*\*\n\n?Show the budget per caller/);
  });

  it('lists the open two-note in the Ledger view', async () => {
    const w = window();
    await w.openGrowth();
    await expectText(w.pane('Ledger'), /Retry budget dashboards/);
  });

  it('Record Assessment asks who is rating, which criteria, and a rating for each', async () => {
    const w = window();
    const before = readFileSync(repoFile(repo(), 'growth/assessments.yml'), 'utf8');
    await w.runCommand('Growth Ledger: Record Assessment');
    await w.quickInputTitled(/who is rating/);
    await w.choose('Self');
    await w.quickInputTitled(/criteria to rate/);
    await w.tick(['Mentoring']);
    await w.acceptQuickInput();
    await w.quickInputTitled(/Mentoring/);
    const placeholder = (await w.quickInput.locator('.quick-input-box input').getAttribute('placeholder')) ?? '';
    assert.match(placeholder, /Expected at staff/, 'the target level\'s expectation is shown beside the rating');
    await w.screenshot('rating');
    await w.choose('3');
    await w.notification(/Recorded 1 self rating/);
    const after = readFileSync(repoFile(repo(), 'growth/assessments.yml'), 'utf8');
    assert.ok(after.startsWith(before.trimEnd()), 'earlier assessments are kept as written');
    assert.match(after.slice(before.trimEnd().length), new RegExp(`date: ${today()}[\\s\\S]*by: self[\\s\\S]*mentoring: 3`));
  });
});
