// Headless Debian Chromium driven by playwright-core: the browser that opens the VS Code servers.
import { appendFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, isolatedXdgEnv } from './host-paths.mjs';

/**
 * Launches Chromium; `consoleLog` (a file) receives the page's console and page errors, and
 * `stateDir` holds what Chromium would otherwise write under the home directory.
 */
export async function openBrowser({ consoleLog, stateDir, viewport = { width: 1440, height: 900 } }) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    env: { ...process.env, ...isolatedXdgEnv(stateDir) },
  });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (consoleLog) {
    page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e.message}\n`));
  }
  return { browser, context, page, close: () => browser.close().catch(() => undefined) };
}
