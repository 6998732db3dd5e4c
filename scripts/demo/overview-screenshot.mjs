// The README's screenshots: the demo repository in VS Code with the Growth side bar (evidence by
// criterion, the ledger) and this month's ledger open; then, in the same window, the Evidence Map.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openBrowser } from '../host/browser-session.mjs';
import { evidencePane, showCriteria } from './demo-workbench.mjs';
import { takeEvidenceMapScreenshot } from './evidence-map-screenshot.mjs';

/**
 * Opens `url` in headless Chromium, arranges the window and saves a PNG to `file`; then, when
 * `mapFile` is given, opens the Evidence Map and saves it there.
 */
export async function takeOverviewScreenshot({ url, file, mapFile, stateDir }) {
  const { page, close } = await openBrowser({ consoleLog: path.join(stateDir, 'browser-console.log'), stateDir, viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.statusbar-item[id="growth-ledger.growth-ledger.growthLedger.status"]').waitFor({ timeout: 30_000 });

    // Open this month's ledger the way a person would: Quick Open.
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    await page.keyboard.press('Control+P');
    await page.keyboard.type(`growth/ledger/${month}.md`);
    // The file search answers after the first keystrokes: wait for the ledger's own row.
    const ledgerRow = page.locator('.quick-input-widget .monaco-list-row', { hasText: `${month}.md` }).first();
    await ledgerRow.waitFor({ timeout: 30_000 });
    await ledgerRow.click();
    await page.locator('.tab.active', { hasText: `${month}.md` }).waitFor();

    await page.locator('.activitybar .action-item a[aria-label="Growth"], .activitybar .action-item .action-label[aria-label="Growth"]').first().click();
    const evidenceRows = evidencePane(page).locator('.monaco-list-row');
    await evidenceRows.first().waitFor({ timeout: 30_000 });
    // Let mining finish so the counts are final, then show every criterion with one of them open.
    await page.waitForTimeout(3000);
    await showCriteria(page, 'Mentoring');
    // Focus back on the editor, as after reading the tree; the pointer rests off the views.
    await page.keyboard.press('Control+1');
    await page.mouse.move(700, 880);
    await page.waitForTimeout(800);
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    if (mapFile) await takeEvidenceMapScreenshot(page, mapFile);
  } finally {
    await close();
  }
}
