/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOSTILE_GROWTH_FILES } from '../../scripts/host/hostile-files.mjs';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import type { GrowthLedgerApi } from '../../src/extension/extension';
import { activeExtension, diagnosticsFor, eventually } from './extension-harness';

/** The view type VS Code gives the Evidence Map's panel (its own id, behind a host prefix). */
const MAP_VIEW_TYPE = 'growthLedger.evidenceMap';

/**
 * What must hold on the hostile fixture whether the workspace is trusted or not (the runner checks
 * from outside that no marker program ran and that the extension host logged no error). Declares
 * `it` blocks inside the caller's `describe`.
 */
export function itSurvivesTheHostileGrowthFolder(): void {
  for (const f of HOSTILE_GROWTH_FILES) {
    it(`reports ${f.what} in the Problems panel, at ${f.file}${f.line === null ? '' : `:${f.line}`}`, async () => {
      const pattern = new RegExp(f.pattern, 'i');
      const found = await eventually(
        `a problem matching /${f.pattern}/ in ${f.file}`,
        () => diagnosticsFor(f.file).find((d) => pattern.test(d.message) && (f.line === null || d.range.start.line === f.line - 1)),
        20_000,
      ).catch((e: unknown) => {
        const shown = diagnosticsFor(f.file).map((d) => `${d.range.start.line + 1}: ${d.message}`);
        throw new Error(`${e instanceof Error ? e.message : String(e)}; diagnostics there: ${JSON.stringify(shown)}`);
      });
      assert.equal(found.source, 'Growth Ledger');
    });
  }

  it('still lists the good ledger entries and two-note next to the broken files, without the linked ledger\'s text', async () => {
    const api = (await activeExtension()).exports as GrowthLedgerApi;
    const evidence = await eventually('the evidence list', async () => {
      const e = await api.evidence();
      return e && e.counts.ledger > 0 ? e : undefined;
    }, 20_000);
    assert.ok(evidence.items.some((i) => i.title === 'Wrote the retry budget RFC'), 'the fixture\'s own ledger entry');
    assert.ok(evidence.items.some((i) => i.title === 'Retry budget RFC' && i.source === 'note'), 'the fixture\'s own two-note');
    assert.ok(!evidence.items.some((i) => /secret outside the repository/.test(i.title)), 'nothing read through the link');
  });

  it('opens the Evidence and Ledger views', async () => {
    // A view whose provider threw would reject here.
    await vscode.commands.executeCommand('growthLedger.evidence.focus');
    await vscode.commands.executeCommand('growthLedger.ledger.focus');
  });

  it('opens the Evidence Map as a webview panel', async () => {
    await vscode.commands.executeCommand(COMMAND_IDS.openEvidenceMap);
    const tab = await eventually('the Evidence Map tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(MAP_VIEW_TYPE)),
    );
    assert.equal(tab.label, 'Evidence Map');
  });
}
