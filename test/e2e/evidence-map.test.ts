/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';

/** Names a cloned repository could carry; the page must show them as text and run nothing. */
const HOSTILE_SUBJECT = 'docs: design for <img src=x onerror="window.__owned=1">';
const HOSTILE_FILE = 'docs/design/<script>window.__owned=2<script>.md';
const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** Adds a design doc with a hostile commit subject and file name, authored by the fixture's person. */
function addHostileHistory(repo: string): void {
  const file = repoFile(repo, HOSTILE_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '# Design: sharding the notifications queue\n\nStatus: accepted\nAuthor: Dana Reyes\n\nOptions, tradeoffs and the rejected ones.\n');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Dana Reyes', GIT_AUTHOR_EMAIL: 'dana@example.com', GIT_COMMITTER_NAME: 'Dana Reyes', GIT_COMMITTER_EMAIL: 'dana@example.com' };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: repo, env, stdio: 'pipe' });
  git('add', '-A');
  git('commit', '-q', '-m', HOSTILE_SUBJECT);
}

/** Evaluates an expression in the page (written as text: this suite is compiled without the DOM library). */
function inPage<T>(frame: Frame, expression: string): Promise<T> {
  return frame.evaluate(expression) as Promise<T>;
}

describe('the Evidence Map', () => {
  const repo = (): string => e2eContext().repos.evidenceMap;
  const window = windowForSuite(async () => {
    addHostileHistory(repo());
    return Workbench.open('evidence-map', e2eContext().url, repo(), { trust: true });
  });

  /** The page inside the panel's webview (VS Code nests it: iframe.webview.ready → #active-frame). */
  const map = (w: Workbench) => w.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  /** The same page as a Frame, to evaluate in it (evaluation goes around the page's CSP, as a debugger would). */
  async function mapFrame(w: Workbench): Promise<Frame> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      for (const frame of w.page.frames()) {
        if (await frame.locator('body[data-rendered] evidence-map-app').count().catch(() => 0)) return frame;
      }
      assert.ok(Date.now() < deadline, 'the Evidence Map page rendered its model');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function rendered(w: Workbench): Promise<Locator> {
    const app = map(w).locator('body[data-rendered] evidence-map-app');
    await app.waitFor({ timeout: 30_000 });
    return app;
  }

  async function closePanel(w: Workbench): Promise<void> {
    await w.runCommand('View: Close All Editors');
    await w.page.locator('iframe.webview.ready').waitFor({ state: 'detached' });
  }

  async function axeViolations(w: Workbench): Promise<string[]> {
    const frame = await mapFrame(w);
    await frame.evaluate(readFileSync(AXE, 'utf8'));
    return inPage<string[]>(frame, `axe.run(document).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')))`);
  }

  async function theme(w: Workbench, name: string): Promise<void> {
    await w.runCommand('Preferences: Color Theme');
    await w.choose(name);
    await w.quickInput.waitFor({ state: 'hidden' });
  }

  it('opens from the Evidence view title and shows the gap table and the heat map', async () => {
    const w = window();
    await w.openGrowth();
    const evidence = w.pane('Evidence');
    await evidence.hover();
    await evidence.getByRole('button', { name: 'Open Evidence Map' }).click();
    const app = await rendered(w);
    await expectText(app.locator('.headline'), /of 12 criteria meet staff/);
    assert.equal(await app.locator('gap-table tr.gap-row').count(), 12, 'one gap-table row per criterion');
    await expectText(app.locator('gap-table'), /Architecture[\s\S]*Staff Engineer expects/);
    const grid = app.getByRole('grid');
    assert.equal(await grid.locator('td[role="gridcell"][tabindex="0"]').count(), 1, 'the heat map has one tab stop');
    assert.ok((await grid.locator('tbody tr').count()) === 12, 'one heat-map row per criterion');
    await w.screenshot('opened-from-view');
    await closePanel(w);
  });

  it('opens from the command palette', async () => {
    const w = window();
    await w.runCommand('Growth Ledger: Open Evidence Map');
    await rendered(w);
  });

  it('shows a hostile commit subject and file name as text, and runs nothing', async () => {
    const w = window();
    const app = await rendered(w);
    const frame = await mapFrame(w);
    // Open the list that holds the hostile item: select every criterion in turn until it shows.
    const buttons = app.locator('gap-table button[data-criterion]');
    let found = false;
    for (let i = 0; i < (await buttons.count()) && !found; i++) {
      await buttons.nth(i).click();
      found = (await app.locator('.evidence-row', { hasText: 'onerror=' }).count()) > 0;
    }
    assert.ok(found, 'the item with the hostile subject is listed');
    const item = app.locator('.evidence-row', { hasText: 'onerror=' }).first();
    assert.match(await item.innerText(), /<img src=x onerror="window.__owned=1">|<script>window.__owned=2<script>/);
    const verdict = await inPage<unknown>(frame, `({
      owned: window.__owned,
      images: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    })`);
    assert.deepEqual(verdict, { owned: undefined, images: 0, scripts: 0 }, 'no markup from the repository became elements, no script ran');
    await w.screenshot('hostile-as-text');
  });

  it('is driven by the keyboard alone: arrows in the heat map, Enter lists the evidence, Escape returns', async () => {
    const w = window();
    const app = await rendered(w);
    const frame = await mapFrame(w);
    // The grid's tab stop takes focus, as Tab would give it.
    await app.locator('td[role="gridcell"][tabindex="0"]').focus();
    // Walk right along the first row until a cell with evidence has focus.
    let count = 0;
    for (let step = 0; step < 30 && count === 0; step++) {
      count = await inPage<number>(frame, `Number(document.activeElement?.textContent ?? '0')`);
      if (count === 0) await w.page.keyboard.press(step % 12 === 11 ? 'ArrowDown' : 'ArrowRight');
    }
    assert.ok(count > 0, 'a heat-map cell with evidence has focus');
    const cell = await inPage<string>(frame, 'document.activeElement.title');
    await w.page.keyboard.press('Enter');
    await expectText(app.locator('.evidence-heading'), new RegExp(`${count} items?`));
    assert.equal(await app.locator('.evidence-row').count(), count, 'the list shows the cell\'s items');
    assert.equal(await inPage<boolean>(frame, `document.activeElement?.classList.contains('evidence-heading')`), true, 'focus moved to the list');
    await w.screenshot('keyboard-selection');
    await w.page.keyboard.press('Escape');
    assert.equal(await inPage<string>(frame, 'document.activeElement.title'), cell, 'Escape returns focus to the cell');
  });

  it('opens an item in the editor', async () => {
    const w = window();
    const app = await rendered(w);
    await app.locator('gap-table button[data-criterion="architecture"]').click();
    const ledgerItem = app.locator('.evidence-row', { hasText: 'Wrote the retry budget RFC' }).first();
    await ledgerItem.getByRole('button', { name: 'Open' }).click();
    await w.activeTab('.md');
    assert.match(await w.visibleEditorText(), /Wrote the retry budget RFC/);
  });

  it('comes back after a window reload, where the person left it', async () => {
    const w = window();
    await w.runCommand('Growth Ledger: Open Evidence Map');
    const app = await rendered(w);
    await app.locator('gap-table button[data-criterion="architecture"]').click();
    await expectText(app.locator('.evidence-heading'), /Architecture/);
    await w.page.reload();
    await w.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const back = await rendered(w);
    await expectText(back.locator('.evidence-heading'), /Architecture/);
  });

  for (const [name, label] of [['Dark Modern', 'dark'], ['Light Modern', 'light']] as const) {
    it(`has no serious or critical accessibility violation in ${label} theme (axe-core)`, async () => {
      const w = window();
      await theme(w, name);
      await w.runCommand('Growth Ledger: Open Evidence Map');
      await rendered(w);
      assert.deepEqual(await axeViolations(w), []);
      await w.screenshot(`theme-${label}`);
    });
  }

  it('uses borders, not fills, in a high-contrast theme', async () => {
    const w = window();
    await theme(w, 'Dark High Contrast');
    await w.runCommand('Growth Ledger: Open Evidence Map');
    const app = await rendered(w);
    await app.locator('td.heat-cell').first().waitFor();
    const fill = await inPage<string>(await mapFrame(w), `getComputedStyle(document.querySelector('tbody td.heat-cell:not(.level-0)')).backgroundColor`);
    assert.match(fill, /rgba\(0, 0, 0, 0\)|transparent/);
    await w.screenshot('theme-high-contrast');
    await theme(w, 'Dark Modern');
  });
});
