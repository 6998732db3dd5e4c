import * as assert from 'node:assert/strict';
import { appendFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { e2eContext } from './e2e-context';

/** Flags verified for Debian's headless Chromium on these machines (see scripts/host/host-paths.mjs). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** A notification as the person sees it. */
export interface VisibleNotification {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

let shotCount = 0;

/**
 * How long a step may take before it counts as failed. These are limits, never pauses: every wait
 * ends as soon as its condition holds. They are generous because the suite must pass on a machine
 * whose cores are all busy (a fresh-clone run at load 7 on 2 cores took over 30 s to list the
 * extension's commands).
 */
const STEP_MS = 60_000;
const STARTUP_MS = 180_000;

/**
 * One VS Code window in Chromium, driven as a person drives it: keyboard shortcuts, the command
 * palette, quick inputs, views. Every method waits for what a person would wait for.
 */
export class Workbench {
  private constructor(private readonly browser: Browser, readonly page: Page, private readonly scenario: string) {}

  /** Opens `folder` on the server at `url` and answers the workspace-trust question. */
  static async open(scenario: string, url: string, folder: string, { trust }: { trust: boolean }): Promise<Workbench> {
    const state = e2eContext().browserStateDir;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      // Chromium's crash-report folder and caches go to the run's folder, not the home directory.
      env: { ...process.env, XDG_CONFIG_HOME: path.join(state, 'config'), XDG_CACHE_HOME: path.join(state, 'cache') },
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(STEP_MS);
    const log = e2eContext().consoleLog;
    page.on('console', (m) => appendFileSync(log, `[${scenario}] [${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(log, `[${scenario}] [pageerror] ${e.stack ?? e.message}\n`));
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STARTUP_MS });
    const wb = new Workbench(browser, page, scenario);
    const answer = trust ? 'Yes, I trust the authors' : "No, I don't trust the authors";
    await page.getByRole('button', { name: answer }).click({ timeout: STARTUP_MS });
    await page.locator('.monaco-dialog-box').waitFor({ state: 'detached' });
    await wb.extensionReady();
    return wb;
  }

  /**
   * Waits until the extension's commands are registered: the palette lists them only once the
   * extension host has scanned the extension, which on a busy machine comes well after the window
   * is drawn. Nothing is run; the palette is closed again.
   */
  async extensionReady(): Promise<void> {
    await this.paletteRow('Growth Ledger: Log Entry', STARTUP_MS);
    await this.page.keyboard.press('Escape');
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Closes whatever quick input or menu a failed step left open, so the next test starts clean. */
  async dismissInputs(): Promise<void> {
    for (let i = 0; i < 3 && (await this.quickInput.isVisible()); i++) await this.page.keyboard.press('Escape');
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }

  /** Saves a screenshot as test-results/screenshots/<scenario>-NN-<name>.png (NN: order within the scenario). */
  async screenshot(name: string): Promise<string> {
    shotCount += 1;
    const dir = e2eContext().screenshotsDir;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${this.scenario}-${String(shotCount).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // ---- command palette and quick input ------------------------------------------------------

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** F1, the command's title, Enter — the way a person runs a command. */
  async runCommand(title: string): Promise<void> {
    await this.paletteRow(title, STEP_MS);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Opens the palette with `title` typed and waits for its row. The palette filters what it had
   * when it opened: a command registered later never shows up in it, so each attempt that finds
   * nothing closes it and asks again, until the row appears or `timeoutMs` has passed.
   */
  private async paletteRow(title: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const row = this.quickInput.locator('.monaco-list-row', { hasText: title }).first();
    for (let attempt = 1; ; attempt++) {
      await this.openQuickInput('F1');
      await this.page.keyboard.type(title);
      const left = deadline - Date.now();
      const found = await row.waitFor({ timeout: Math.max(1_000, Math.min(10_000, left)) }).then(
        () => true,
        () => false,
      );
      if (found) return;
      if (Date.now() > deadline) assert.fail(`"${title}" was not in the command palette after ${attempt} attempts in ${Math.round(timeoutMs / 1000)} s`);
      await this.page.keyboard.press('Escape');
      await this.quickInput.waitFor({ state: 'hidden' });
    }
  }

  /**
   * Presses `key` (the palette's F1, Quick Open's Ctrl+P) until the quick input shows. A press made
   * while focus is moving, as when a picker has just closed and focus goes back to a webview, can
   * open nothing, or open the quick input only for the focus change to close it again (a CI run
   * waited 60 s on a hidden palette). So a press that shows nothing within a few seconds is repeated.
   */
  async openQuickInput(key: 'F1' | 'Control+P'): Promise<void> {
    const input = this.quickInput.locator('input');
    const deadline = Date.now() + STEP_MS;
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(key);
      const shown = await input.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (shown) return;
      if (Date.now() > deadline) assert.fail(`${key} did not open the quick input in ${attempt} presses over ${STEP_MS / 1000} s`);
      console.log(`      (${key} opened no quick input within 5 s, press ${attempt}; pressing it again)`);
    }
  }

  /** Waits until the open quick input's title matches, and returns it. */
  async quickInputTitled(title: RegExp): Promise<string> {
    const titleBox = this.quickInput.locator('.quick-input-title');
    await expectText(titleBox, title);
    return (await titleBox.textContent()) ?? '';
  }

  async quickInputValue(): Promise<string> {
    return this.quickInput.locator('.quick-input-box input').inputValue();
  }

  /** Labels of the items the quick pick lists (the visible ones). */
  async quickPickLabels(): Promise<string[]> {
    return this.quickInput.locator('.monaco-list-row .label-name').allTextContents();
  }

  /** Replaces the input's text and presses Enter. */
  async answer(text: string): Promise<void> {
    const input = this.quickInput.locator('.quick-input-box input');
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Filters a single-choice quick pick by `label`, and chooses the item with that label. */
  async choose(label: string): Promise<void> {
    const input = this.quickInput.locator('.quick-input-box input');
    await input.fill(label);
    const row = this.quickInput.locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escape(label)}$`) }) }).first();
    await row.click();
  }

  /**
   * Makes sure the items with these labels are ticked in a multi-select quick pick. The list only
   * renders the rows in view, so each label is typed as a filter first, then the filter is cleared.
   */
  async tick(labels: readonly string[]): Promise<void> {
    const input = this.quickInput.locator('.quick-input-box input');
    for (const label of labels) {
      await input.fill(label);
      const row = this.quickInput.locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escape(label)}$`) }) }).first();
      await row.waitFor();
      if ((await row.getAttribute('aria-checked')) !== 'true') await row.locator('.monaco-checkbox, .quick-input-list-checkbox').first().click();
      await expectAttribute(row, 'aria-checked', 'true');
    }
    await input.fill('');
  }

  /** The labels ticked in a multi-select quick pick. */
  async tickedLabels(): Promise<string[]> {
    return this.quickInput.locator('.monaco-list-row[aria-checked="true"] .label-name').allTextContents();
  }

  /** OK (or Enter), then waits until this quick input is gone or the next step's has replaced it. */
  async acceptQuickInput(): Promise<void> {
    const titleBox = this.quickInput.locator('.quick-input-title');
    const before = await titleBox.innerText();
    const ok = this.quickInput.getByRole('button', { name: 'OK' });
    if (await ok.isVisible()) await ok.click();
    else await this.page.keyboard.press('Enter');
    const deadline = Date.now() + STEP_MS;
    while ((await this.quickInput.isVisible()) && (await titleBox.innerText().catch(() => '')) === before) {
      assert.ok(Date.now() < deadline, `the quick input "${before}" was not accepted`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // ---- editors -------------------------------------------------------------------------------

  /** Quick Open (Ctrl+P), the path, Enter: the file opens in an editor. */
  async openFile(relative: string): Promise<void> {
    await this.openQuickInput('Control+P');
    await this.page.keyboard.type(relative);
    // Click the matching row: Enter takes whichever row is focused, and while results are still
    // updating that can be another file (a fresh-clone run opened 2026-10.md for 2026-11.md).
    const row = this.quickInput.locator('.monaco-list-row', { hasText: path.basename(relative) }).first();
    await row.waitFor();
    await row.click();
    await this.activeTab(path.basename(relative));
    await this.editorFocused();
  }

  /** Waits until the active editor has the keyboard focus: keys pressed before would go elsewhere. */
  async editorFocused(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor();
  }

  /** Waits for the active editor tab to be `name`. */
  async activeTab(name: string): Promise<void> {
    await this.page.locator('.tab.active', { hasText: name }).first().waitFor();
  }

  /** The lines the active editor shows (what is on screen, not the whole file). */
  async visibleEditorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    const text = (await lines.first().innerText()).replace(/\u00a0/g, ' ');
    return text;
  }

  /** Ctrl+G to a 1-based line, then selects `count` lines with Shift+Down. */
  async selectLines(line: number, count: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput.locator('input').waitFor();
    await this.page.keyboard.type(String(line));
    await this.quickInput.locator('.monaco-list-row', { hasText: `line ${line}` }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
    await this.page.keyboard.press('Home');
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowDown');
  }

  /** "Ln 12, Col 1" from the status bar. */
  async cursorPosition(): Promise<{ line: number; column: number }> {
    const item = this.page.locator('.statusbar-item[id="status.editor.selection"]');
    await item.waitFor();
    const m = /Ln (\d+), Col (\d+)/.exec((await item.textContent()) ?? '');
    assert.ok(m, 'the status bar shows the cursor position');
    return { line: Number(m[1]), column: Number(m[2]) };
  }

  // ---- views, status bar, notifications ------------------------------------------------------

  /** Shows the Growth container: a click on its activity bar icon, unless it is already showing (a click would hide it). */
  async openGrowth(): Promise<void> {
    const item = this.page.locator('.activitybar .action-item', { has: this.page.locator('[aria-label="Growth"]') }).first();
    if (!((await item.getAttribute('class')) ?? '').split(' ').includes('checked')) await item.click();
    await this.page.locator('.sidebar .pane-header', { hasText: /ledger/i }).first().waitFor();
  }

  /** A view pane of the side bar (header and body), by its title. */
  pane(title: string): Locator {
    return this.page.locator('.sidebar .pane', { has: this.page.locator('.pane-header', { hasText: new RegExp(`^\\s*${escape(title)}`, 'i') }) });
  }

  /** The Growth Ledger status bar item. */
  statusItem(): Locator {
    return this.page.locator('.statusbar-item[id="growth-ledger.growth-ledger.growthLedger.status"]');
  }

  /** Notification toasts on screen now. */
  async visibleNotifications(): Promise<VisibleNotification[]> {
    return readNotifications(this.page.locator('.notifications-toasts .notification-list-item'));
  }

  /** Every notification of the session, from the notification center (opened with the bell in the status bar). */
  async allNotifications(): Promise<VisibleNotification[]> {
    const center = this.page.locator('.notifications-center');
    if (!(await center.isVisible())) await this.page.locator('.statusbar-item[id="status.notifications"]').click();
    await center.waitFor();
    const found = await readNotifications(center.locator('.notification-list-item'));
    await this.page.locator('.statusbar-item[id="status.notifications"]').click();
    return found;
  }

  /**
   * Waits for the confirmation of an action: a toast, or a status bar message (used when what
   * changed is already on screen).
   */
  async confirmation(message: RegExp): Promise<string> {
    const toast = this.page.locator('.notifications-toasts .notification-list-item-message', { hasText: message }).first();
    const status = this.page.locator('.statusbar-item', { hasText: message }).first();
    await toast.or(status).first().waitFor({ timeout: STEP_MS });
    return (await toast.or(status).first().innerText()).trim();
  }

  /** Waits for a toast whose message matches. */
  async notification(message: RegExp): Promise<VisibleNotification> {
    const toast = this.page.locator('.notifications-toasts .notification-list-item', { hasText: message }).first();
    await toast.waitFor({ timeout: STEP_MS });
    const [found] = await readNotifications(toast);
    assert.ok(found);
    return found;
  }
}

/**
 * Reads the notifications in one pass in the page. The lists are re-rendered as notifications
 * come and go (a toast hides, the center's virtual list redraws), so reading them element by
 * element could wait on a row that is gone by then.
 */
async function readNotifications(items: Locator): Promise<VisibleNotification[]> {
  const rows = await items.evaluateAll((elements) =>
    elements.map((element) => ({
      message: (element.querySelector('.notification-list-item-message')?.textContent ?? '').trim(),
      icon: element.querySelector('.notification-list-item-icon')?.getAttribute('class') ?? '',
    })),
  );
  return rows.map(({ message, icon }) => ({
    severity: icon.includes('codicon-error') ? 'error' : icon.includes('codicon-warning') ? 'warning' : 'info',
    message,
  }));
}

/** Waits until a locator's text matches (the page updates asynchronously). */
export async function expectText(locator: Locator, pattern: RegExp, timeoutMs = STEP_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    // innerText is what is rendered: textContent would include the <style> blocks views carry.
    last = await locator.first().innerText().catch(() => '');
    if (pattern.test(last)) return last;
    if (Date.now() > deadline) assert.fail(`expected text matching ${pattern}, last saw ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function expectAttribute(locator: Locator, name: string, value: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.getAttribute(name)) !== value) {
    if (Date.now() > deadline) assert.fail(`expected ${name}="${value}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
