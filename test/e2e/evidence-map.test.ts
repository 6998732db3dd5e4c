/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { e2eContext, repoFile } from './e2e-context';
import { windowForSuite } from './error-watch';
import { expectText, Workbench } from './workbench';

/** Names a cloned repository could carry; the page must show them as text and run nothing. */
const HOSTILE_SUBJECT = 'fix: <img src=x onerror="window.__owned=1"> in the retry loop';
const HOSTILE_FILE = 'docs/design/<script>window.__owned=2<script>.md';
const HOSTILE_TITLE = 'Design: <img src=x onerror="window.__owned=3"> sharding the notifications queue';
const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Adds a design doc by the person with a hostile file name and title, and a teammate's commit with
 * a hostile subject that the person reviewed (a review item is titled with the subject).
 */
function addHostileHistory(repo: string): void {
  const file = repoFile(repo, HOSTILE_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `# ${HOSTILE_TITLE}\n\nStatus: accepted\nAuthor: Dana Reyes\n\nOptions, tradeoffs and the rejected ones.\n`);
  const who = (name: string, email: string) => ({ GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email });
  const git = (env: Record<string, string>, ...args: string[]) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: repo,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
      stdio: 'pipe',
    });
  const dana = who('Dana Reyes', 'dana@example.com');
  git(dana, 'add', '-A');
  git(dana, 'commit', '-q', '-m', 'docs: design for sharding the notifications queue');
  writeFileSync(repoFile(repo, 'src/retry/loop.ts'), 'export const maxAttempts = 3;\n');
  git(dana, 'add', '-A');
  git(who('Sam Okafor', 'sam.okafor@example.com'), 'commit', '-q', '-m', `${HOSTILE_SUBJECT}\n\nReviewed-by: Dana Reyes <dana@example.com>`);
}

/** Waits for a condition on the file system (the editor writes asynchronously). */
async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    assert.ok(Date.now() < deadline, what);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Waits until an attribute matches. */
async function expectAttribute(locator: Locator, name: string, pattern: RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test((await locator.getAttribute(name)) ?? '')) {
    assert.ok(Date.now() < deadline, `${name} matching ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

  /** Open Evidence Map from the palette (it brings an open panel forward) and wait for the page. */
  async function openMap(w: Workbench): Promise<Locator> {
    await w.runCommand('Growth Ledger: Open Evidence Map');
    return rendered(w);
  }

  /**
   * Waits for the page's first render and for its evidence rows, which arrive after it in a message
   * of their own (`data-evidence`): every test here opens lists or reads rows.
   */
  async function rendered(w: Workbench): Promise<Locator> {
    const app = map(w).locator('body[data-rendered][data-evidence] evidence-map-app');
    await app.waitFor({ timeout: 30_000 });
    return app;
  }

  /** Opens each criterion's list, then the unmapped items, until a row shows `text`. */
  async function findRow(app: Locator, text: string): Promise<Locator | undefined> {
    const openers = app.locator('gap-table button[data-criterion], .unmapped-link');
    const count = await openers.count();
    for (let i = 0; i < count; i++) {
      const opener = openers.nth(i);
      // The list's heading names the criterion (the unmapped link's list: "Not mapped yet").
      const name = (await opener.getAttribute('data-criterion')) === null ? 'Not mapped yet' : (await opener.innerText()).trim();
      await opener.click();
      // This opener's list, not the one before it: the heading, its count and its rows render together.
      const heading = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\d+ items?\\s*$`);
      await app.locator('evidence-list .evidence-heading').filter({ hasText: heading }).waitFor();
      const row = app.locator('.evidence-row', { hasText: text }).first();
      if (await row.count()) return row;
    }
    return undefined;
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

  /** Picks a colour theme the way a person does; the palette row is clicked, as other commands share its words. */
  async function theme(w: Workbench, name: string): Promise<void> {
    await w.openQuickInput('F1');
    await w.page.keyboard.type('Preferences: Color Theme');
    await w.quickInput.locator('.monaco-list-row', { has: w.page.locator('.label-name', { hasText: /^Preferences: Color Theme$/ }) }).first().click();
    // The theme picker lists the installed themes (the title stays empty, a placeholder explains it).
    await w.quickInput.locator('.monaco-list-row', { hasText: 'Solarized Light' }).first().waitFor();
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

  it('shows a hostile commit subject, file name and title as text, and runs nothing', async () => {
    const w = window();
    const app = await openMap(w);
    const frame = await mapFrame(w);
    for (const text of ['onerror="window.__owned=1"', '<script>window.__owned=2<script>.md', HOSTILE_TITLE]) {
      const row = await findRow(app, text);
      assert.ok(row, `an evidence row shows ${text}`);
      assert.ok((await row.innerText()).includes(text), `${text} is shown as it is`);
    }
    const verdict = await inPage<unknown>(frame, `({
      owned: window.__owned,
      images: document.querySelectorAll('img').length,
      scriptsFromData: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__owned')).length,
    })`);
    assert.deepEqual(verdict, { owned: undefined, images: 0, scriptsFromData: 0 }, 'no markup from the repository became an element, no script ran');
    await w.screenshot('hostile-as-text');
  });

  it('is driven by the keyboard alone: arrows in the heat map, Enter lists the evidence, Escape returns', async () => {
    const w = window();
    const app = await openMap(w);
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
    const app = await openMap(w);
    await app.locator('gap-table button[data-criterion="architecture"]').click();
    const ledgerItem = app.locator('.evidence-row', { hasText: 'Wrote the retry budget RFC' }).first();
    await ledgerItem.getByRole('button', { name: 'Open' }).click();
    await w.activeTab('.md');
    assert.match(await w.visibleEditorText(), /Wrote the retry budget RFC/);
    // A git item opens its file in the repository it was mined from.
    const mapAgain = await openMap(w);
    await mapAgain.locator('.evidence-row', { hasText: 'RFC 0001' }).first().getByRole('button', { name: /^Open/ }).click();
    await w.activeTab('0001-retry-budget.md');
    assert.match(await w.visibleEditorText(), /RFC 0001: Retry budgets/);
  });

  it('reveals an item from the Evidence tree\'s context menu', async () => {
    const w = window();
    await closePanel(w);
    await w.openGrowth();
    const tree = w.pane('Evidence');
    const group = tree.locator('.monaco-list-row', { hasText: /^Communication/ }).first();
    // The tree may refresh under the click (mining finishing): click the twistie until it is open.
    const deadline = Date.now() + 15_000;
    while ((await group.getAttribute('aria-expanded')) !== 'true') {
      assert.ok(Date.now() < deadline, 'the Communication group opens');
      await group.locator('.monaco-tl-twistie').click();
      await expectAttribute(group, 'aria-expanded', /true/, 2_000).catch(() => undefined);
    }
    const item = tree.locator('.monaco-list-row[aria-level="2"]', { hasText: 'Wrote the retry budget RFC' }).first();
    await item.click({ button: 'right' });
    // A click right after the menu opens can be taken for the end of the right-click: hover, then Enter.
    const entry = w.page.locator('.context-view .action-item', { hasText: 'Reveal in Evidence Map' });
    await entry.hover();
    await expectAttribute(entry, 'class', /focused/);
    await w.page.keyboard.press('Enter');
    const app = await rendered(w);
    // The item (tagged #rfc #architecture #communication) is shown under its first criterion, marked.
    await expectText(app.locator('.evidence-row.revealed'), /Wrote the retry budget RFC/);
    await expectText(app.locator('.evidence-heading'), /^Architecture/);
    const revealed = await inPage<string>(await mapFrame(w), `document.activeElement.className`);
    assert.match(revealed, /evidence-heading/, 'focus is on the list that holds the item');
  });

  it('writes Exclude and Map to Criterion… to evidence.yml, and the map follows', async () => {
    const w = window();
    const app = await openMap(w);
    const evidenceYml = repoFile(repo(), 'growth/evidence.yml');
    const fileText = () => (existsSync(evidenceYml) ? readFileSync(evidenceYml, 'utf8') : '');

    await app.locator('gap-table button[data-criterion="architecture"]').click();
    const design = app.locator('.evidence-row', { hasText: 'design-doc' }).first();
    const designId = (await design.getAttribute('data-id')) ?? '';
    await design.getByRole('button', { name: /^Map to…/ }).click();
    await w.quickInputTitled(/Map to Criterion/);
    await w.tick(['Mentoring']);
    await w.acceptQuickInput();
    await until(() => fileText().includes(designId) && /mentoring/.test(fileText()), 'the mapping is in evidence.yml');
    await app.locator('gap-table button[data-criterion="mentoring"]').click();
    await app.locator(`.evidence-row[data-id="${designId}"]`).waitFor();

    await app.locator('gap-table button[data-criterion="architecture"]').click();
    const rfc = app.locator('.evidence-row', { hasText: 'Wrote the retry budget RFC' }).first();
    const rfcId = (await rfc.getAttribute('data-id')) ?? '';
    await rfc.getByRole('button', { name: /^Exclude/ }).click();
    await w.quickInput.locator('input').waitFor();
    await w.page.keyboard.press('Enter');
    await until(() => /excluded:/.test(fileText()) && fileText().includes(rfcId), 'the exclusion is in evidence.yml');
    await app.locator(`.evidence-row[data-id="${rfcId}"]`).waitFor({ state: 'detached' });
    await w.screenshot('corrections');
  });

  it('narrows the window from its filter: the host answers with a new model', async () => {
    const w = window();
    const app = await openMap(w);
    const heading = app.locator('h1');
    const before = await heading.innerText();
    const months = (text: string) => /· (\w{3} \d{4}) – \w{3} \d{4}$/.exec(text.trim())?.[1];
    await app.getByRole('combobox', { name: 'Window' }).selectOption({ label: '3 months' });
    const deadline = Date.now() + 15_000;
    while (months(await heading.innerText()) === months(before)) {
      assert.ok(Date.now() < deadline, `the window in the heading changed from ${before}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const narrowed = await heading.innerText();
    assert.ok(Date.parse(`1 ${months(narrowed)}`) > Date.parse(`1 ${months(before)}`), `${narrowed} starts later than ${before}`);
    assert.equal(await app.getByRole('grid').locator('thead th').count(), 3, 'three months of columns');
    await w.screenshot('window-filter');
    await app.getByRole('combobox', { name: 'Window' }).selectOption({ label: 'Default window' });
    await expectText(heading, new RegExp(`${months(before)} – `));
  });

  it('comes back after a window reload, where the person left it', async () => {
    const w = window();
    const app = await openMap(w);
    await app.locator('gap-table button[data-criterion="architecture"]').click();
    await expectText(app.locator('.evidence-heading'), /Architecture/);
    // Reload Window shuts the workbench down properly, so the page's state is stored before the reload.
    const reloaded = w.page.waitForEvent('load', { timeout: 60_000 });
    await w.runCommand('Developer: Reload Window');
    await reloaded;
    await w.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // VS Code restores the tab; the serializer brings the page back when the tab is shown.
    const tab = w.page.locator('.tab', { hasText: 'Evidence Map' }).first();
    await tab.waitFor({ timeout: 30_000 });
    await tab.click();
    const back = await rendered(w);
    await expectText(back.locator('.evidence-heading'), /Architecture/);
  });

  for (const [name, label] of [['Dark Modern', 'dark'], ['Light Modern', 'light']] as const) {
    it(`has no serious or critical accessibility violation in ${label} theme (axe-core)`, async () => {
      const w = window();
      await theme(w, name);
      await openMap(w);
      assert.deepEqual(await axeViolations(w), []);
      await w.screenshot(`theme-${label}`);
      await map(w).getByRole('grid').scrollIntoViewIfNeeded();
      await w.screenshot(`theme-${label}-heat-map`);
    });
  }

  it('uses borders, not fills, in a high-contrast theme', async () => {
    const w = window();
    await theme(w, 'Dark High Contrast');
    const app = await openMap(w);
    await app.locator('td.heat-cell').first().waitFor();
    const fill = await inPage<string>(await mapFrame(w), `getComputedStyle(document.querySelector('tbody td.heat-cell:not(.level-0)')).backgroundColor`);
    assert.match(fill, /rgba\(0, 0, 0, 0\)|transparent/);
    await w.screenshot('theme-high-contrast');
    await app.getByRole('grid').scrollIntoViewIfNeeded();
    await w.screenshot('theme-high-contrast-heat-map');
    // The suites after this one share the server's user settings: leave the theme they start with.
    await theme(w, 'Light Modern');
  });
});
