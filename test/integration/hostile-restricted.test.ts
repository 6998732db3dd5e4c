/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GrowthLedgerApi } from '../../src/extension/extension';
import { activeExtension, discardEditors } from './extension-harness';
import { itSurvivesTheHostileGrowthFolder } from './hostile-checks';

// The hostile fixture in Restricted Mode: the runner checks from outside that the logging git shim
// saw no call at all and that no marker program ran.
describe('A hostile repository, in Restricted Mode', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('opens untrusted, and the evidence holds nothing from git', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const api = (await activeExtension()).exports as GrowthLedgerApi;
    const evidence = await api.evidence();
    assert.equal(evidence?.counts.git ?? 0, 0);
  });

  itSurvivesTheHostileGrowthFolder();
});
