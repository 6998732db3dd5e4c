/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOSTILE_DOC, HOSTILE_HTML, HOSTILE_SUBJECT } from '../../scripts/host/hostile-files.mjs';
import type { GrowthLedgerApi } from '../../src/extension/extension';
import { activeExtension, discardEditors, eventually } from './extension-harness';
import { itSurvivesTheHostileGrowthFolder } from './hostile-checks';

// The hostile fixture (scripts/host/hostile-fixture.mjs), trusted: mining runs git on a repository
// whose configuration and hooks name marker programs. The runner fails the scenario if one ran.
describe('A hostile repository, trusted', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('opens trusted', () => {
    assert.equal(vscode.workspace.isTrusted, true);
  });

  it('mines the history, keeping HTML and script from a commit subject, author and file name as text', async () => {
    const api = (await activeExtension()).exports as GrowthLedgerApi;
    await api.refreshEvidence();
    const evidence = await eventually('git evidence', async () => {
      const e = await api.evidence();
      return e && e.counts.git > 0 ? e : undefined;
    }, 20_000);
    const git = evidence.items.filter((i) => i.source === 'git');
    const shown = JSON.stringify(git.map((i) => [i.kind, i.title, i.path]));
    assert.ok(git.some((i) => i.kind === 'review' && i.title === HOSTILE_SUBJECT), `the review keeps the commit subject as written: ${shown}`);
    const doc = git.find((i) => i.path === HOSTILE_DOC);
    assert.ok(doc?.title.includes(HOSTILE_HTML), `the document named with HTML keeps its HTML heading as its title: ${shown}`);
    assert.ok(git.some((i) => i.kind === 'rfc' && i.path === 'docs/rfcs/0001-retry-budget.md'), 'the ordinary history is still mined');
  });

  itSurvivesTheHostileGrowthFolder();
});
