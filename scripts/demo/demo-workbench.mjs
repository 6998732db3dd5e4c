// Small steps in the VS Code workbench shared by the demo's screenshots, done the way a person
// does them: the F1 palette, clicks on the Growth side bar's rows.

/**
 * Runs `title` from the F1 palette. The palette lists what was registered when it opened, so an
 * attempt that does not find the row closes it and asks again until `timeoutMs` has passed.
 */
export async function runCommand(page, title, timeoutMs = 30_000) {
  const widget = page.locator('.quick-input-widget');
  const row = widget.locator('.monaco-list-row', { hasText: title }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('F1');
    await widget.locator('input').waitFor();
    await page.keyboard.type(title);
    const found = await row.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (found) break;
    if (Date.now() > deadline) throw new Error(`"${title}" did not show up in the command palette`);
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
}

/** The Evidence view of the Growth side bar. */
export function evidencePane(page) {
  return page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /evidence/i }) });
}

/**
 * Collapses every criterion group of the Evidence view, then opens the one labelled `open` (none
 * when undefined), so a screenshot shows all criteria with their counts.
 */
export async function showCriteria(page, open) {
  const groups = evidencePane(page).locator('.monaco-list-row[aria-level="1"]');
  const expanded = (label) => groups.filter({ hasText: label }).and(page.locator('[aria-expanded="true"]')).first();
  const collapsed = (label) => groups.filter({ hasText: label }).and(page.locator('[aria-expanded="false"]')).first();
  for (;;) {
    const row = groups.and(page.locator('[aria-expanded="true"]')).first();
    if (!(await row.count())) break;
    const label = (await row.innerText()).split('\n')[0].trim();
    await row.click();
    await collapsed(label).waitFor();
  }
  if (open === undefined) return;
  await collapsed(open).click();
  await expanded(open).waitFor();
}
