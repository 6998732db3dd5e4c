// The README's Evidence Map screenshot: the demo repository's map (gap table and heat map) in the
// dark theme, beside the Growth side bar, opened from the command palette as a person would.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCommand, showCriteria } from './demo-workbench.mjs';

const TITLE = 'Growth Ledger: Open Evidence Map';
const MAP_VIEWPORT = { width: 1920, height: 1500 };

/**
 * In an open workbench `page` (the Growth side bar showing), opens the Evidence Map, waits for its
 * first render (header, gap table, heat map, charts: all the picture shows; the evidence rows, which
 * only an open list needs, may still be on their way) and saves a PNG to `file`.
 */
export async function takeEvidenceMapScreenshot(page, file) {
  // A larger window than the overview's: the gap table and the heat map below it both fit.
  await page.setViewportSize(MAP_VIEWPORT);
  // The side bar lists every criterion with its count, beside the map's rows for them.
  await showCriteria(page);
  // Escape clears the tree's selection, so no row stays highlighted beside the map.
  await page.keyboard.press('Escape');
  // One editor: the map gets the whole editor area.
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, TITLE);
  // VS Code nests the webview: iframe.webview.ready → #active-frame → the app.
  const app = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body[data-rendered] evidence-map-app');
  await app.waitFor({ timeout: 60_000 });
  await app.locator('gap-table').first().waitFor();
  // The pointer rests off the map, so no hover highlight or tooltip shows.
  await page.mouse.move(MAP_VIEWPORT.width - 10, MAP_VIEWPORT.height - 10);
  // The charts settle after their first layout; wait for two frames inside the webview.
  await app.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve))));
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}
