/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';
import { thisMonth } from './calendar';

describe('problems in growth files', () => {
  const repo = (): string => e2eContext().repos.problems;

  const window = windowForSuite(() => Workbench.open('problems', e2eContext().url, repo(), { trust: true }));

  it('a ledger heading without an ISO date appears in the Problems panel at its line once saved', async () => {
    const w = window();
    const earlier = readdirSync(repoFile(repo(), 'growth/ledger')).filter((f) => f < `${thisMonth()}.md`).sort().pop();
    assert.ok(earlier, 'the fixture has an earlier ledger month');
    await w.openFile(`growth/ledger/${earlier}`);
    await w.page.keyboard.press('Control+End');
    await w.page.keyboard.type('\n## Nov 20 something\n#learning\n');
    await w.page.keyboard.press('Control+S');
    await w.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    // The line comes from the saved file, not the status bar, which may not have caught up with the typing.
    const saved = readFileSync(repoFile(repo(), `growth/ledger/${earlier}`), 'utf8').split('\n');
    const headingLine = saved.indexOf('## Nov 20 something') + 1;
    assert.ok(headingLine > 0, 'the typed heading was saved');

    await w.page.keyboard.press('Control+Shift+M');
    const problems = w.page.locator('.markers-panel');
    await problems.waitFor();
    const row = problems.locator('.monaco-list-row', { hasText: /date/i }).first();
    await row.waitFor({ timeout: 15_000 });
    const shown = await row.innerText();
    assert.match(shown, new RegExp(`Ln ${headingLine}, Col 1`), `the problem is at line ${headingLine}: ${shown}`);
    assert.match(shown, /Growth Ledger/);
    await expectText(w.page.locator('.statusbar-item[id="status.problems"]'), /[1-9]/);
    await w.screenshot('problems-panel');
  });
});
