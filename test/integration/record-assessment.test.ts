/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { COMMAND_IDS } from '../../src/extension/command-ids';
import { activeExtension, discardEditors, diskText, relativePath, runForUri, today } from './extension-harness';
import { notifications } from './notification-recorder';

interface AssessmentsFile {
  assessments: { date: string; by: string; ratings: Record<string, number> }[];
}

describe('Record Assessment', () => {
  before(activeExtension);
  afterEach(discardEditors);

  it('appends a dated manager assessment and keeps the earlier self assessment as written', async () => {
    const before = await diskText('growth/assessments.yml');
    const uri = await runForUri(COMMAND_IDS.recordAssessment, { by: 'manager', ratings: { mentoring: 3, architecture: 2 } });
    assert.equal(relativePath(uri), 'growth/assessments.yml');
    const after = await diskText('growth/assessments.yml');
    assert.ok(after.startsWith(before.trimEnd()), 'the earlier text is kept');
    const data = parse(after) as AssessmentsFile;
    assert.equal(data.assessments.length, 2);
    assert.equal(data.assessments[0]?.by, 'self');
    // `yaml` reads an unquoted date as a string; the extension writes plain ISO dates.
    assert.equal(String(data.assessments[1]?.date), today().date);
    assert.equal(data.assessments[1]?.by, 'manager');
    assert.deepEqual(data.assessments[1]?.ratings, { mentoring: 3, architecture: 2 });
  });

  it('keeps the date it is given', async () => {
    await runForUri(COMMAND_IDS.recordAssessment, { by: 'self', ratings: { communication: 3 }, date: '2026-01-15' });
    const data = parse(await diskText('growth/assessments.yml')) as AssessmentsFile;
    const last = data.assessments.at(-1);
    assert.equal(String(last?.date), '2026-01-15');
    assert.deepEqual(last?.ratings, { communication: 3 });
  });

  it('refuses a rating off the framework\'s scale and writes nothing', async () => {
    const before = await diskText('growth/assessments.yml');
    const mark = Date.now();
    const result = await vscode.commands.executeCommand(COMMAND_IDS.recordAssessment, { by: 'self', ratings: { mentoring: 9 } });
    assert.equal(result, undefined);
    assert.equal(await diskText('growth/assessments.yml'), before);
    const error = notifications.since(mark).find((n) => n.severity === 'error');
    assert.ok(error, 'an error message says why');
    assert.match(error.message, /9/);
    notifications.acknowledge(error);
  });
});
