/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';

const PLAN = [
  '# Development plan: Dana Reyes, Senior Engineer → Staff Engineer',
  '',
  '## Timeline',
  '',
  '- [x] **Month 1**: Review this plan with Maria → Agreed goals',
  '- [ ] **Month 2–3**: Write the retry budget RFC → An RFC authored',
  '- [ ] **Month 4**: Give the brown bag on jitter → A talk given',
  '',
].join('\n');

describe('the development plan in the Ledger view', () => {
  // A copy of the two-note fixture in a folder of its own: a second window on the same folder
  // would compete with the two-note suite's window for the workspace storage lock.
  const repo = (): string => path.join(path.dirname(e2eContext().repos.twoNote), 'plan-service');
  before(() => {
    cpSync(e2eContext().repos.twoNote, repo(), { recursive: true });
    writeFileSync(repoFile(repo(), 'growth/plan.md'), PLAN);
  });

  const window = windowForSuite(() => Workbench.open('plan', e2eContext().url, repo(), { trust: true }));

  it('shows the open milestones, and follows a checkbox ticked in the editor', async () => {
    const w = window();
    await w.openGrowth();
    const ledger = w.pane('Ledger');
    const before = await expectText(ledger, /Development plan[\s\S]*1 of 3 milestones done/);
    assert.match(before, /Write the retry budget RFC/);
    assert.match(before, /Give the brown bag on jitter/);
    await w.screenshot('plan-milestones');

    await w.openFile('growth/plan.md');
    await w.selectLines(6, 0);
    // "- [ ] …": the box's space is the fourth character of the line.
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('Delete');
    await w.page.keyboard.type('x');
    await w.page.keyboard.press('Control+S');
    await w.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    assert.match(readFileSync(repoFile(repo(), 'growth/plan.md'), 'utf8'), /^- \[x\] \*\*Month 2–3\*\*/m);

    const after = await expectText(ledger, /2 of 3 milestones done/);
    assert.doesNotMatch(after, /Write the retry budget RFC/, 'the ticked milestone left the view');
    assert.match(after, /Give the brown bag on jitter/);
    await w.screenshot('plan-milestone-ticked');
  });
});
