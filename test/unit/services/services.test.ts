import { describe, expect, it } from 'vitest';
import { MemoryFileStore, fixedClock } from '../../fakes/memory-file-store';
import { growthLayout } from '../../../src/core/layout';
import { setUpGrowthFolder } from '../../../src/core/services/set-up';
import { logEntry } from '../../../src/core/services/log-entry';
import { newTwoNote } from '../../../src/core/services/two-note-service';
import { recordAssessment } from '../../../src/core/services/assessment-service';
import { loadGrowthSnapshot, entriesInMonth } from '../../../src/core/services/growth-snapshot';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';

const layout = growthLayout('growth');
const clock = fixedClock('2026-11-20T10:30:00');

describe('set up', () => {
  it('creates a profile that loads without problems, and the first ledger month', async () => {
    const store = new MemoryFileStore();
    const result = await setUpGrowthFolder(store, layout, clock, { name: 'Alex Rivera', identities: ['Alex Rivera', 'alex@example.com'], level: 'senior', targetLevel: 'staff' });
    expect(result).toEqual({ profile: 'growth/profile.yml', ledger: 'growth/ledger/2026-11.md', createdProfile: true, createdLedger: true });
    const snapshot = await loadGrowthSnapshot(store, layout);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.model.profile?.identities).toEqual(['Alex Rivera', 'alex@example.com']);
    expect(snapshot.model.profile?.targetLevel).toBe('staff');
  });

  it('leaves an existing profile and ledger untouched', async () => {
    const store = new MemoryFileStore({ 'growth/profile.yml': 'name: Mine\nidentities: [me@example.com]\n', 'growth/ledger/2026-11.md': '# Mine\n' });
    const result = await setUpGrowthFolder(store, layout, clock, { name: 'X', identities: ['x@example.com'] });
    expect(result.createdProfile).toBe(false);
    expect(result.createdLedger).toBe(false);
    expect(store.files.get('growth/profile.yml')).toBe('name: Mine\nidentities: [me@example.com]\n');
    expect(store.writes).toEqual([]);
  });
});

describe('log entry', () => {
  it('appends to the month of the entry, keeping what was there byte for byte', async () => {
    const before = '# My ledger\n\nHand-written intro.\n\n## 2026-11-02 Ran the design review\n#review #architecture\n\nNotes.\n';
    const store = new MemoryFileStore({ 'growth/ledger/2026-11.md': before });
    const result = await logEntry(store, layout, clock, { kind: 'mentoring', title: 'Paired with Sam on the cache RFC', criteria: ['mentoring'] });
    expect(result).toEqual({ path: 'growth/ledger/2026-11.md', date: '2026-11-20' });
    const after = store.files.get('growth/ledger/2026-11.md') ?? '';
    expect(after.startsWith(before)).toBe(true);
    const snapshot = await loadGrowthSnapshot(store, layout);
    expect(entriesInMonth(snapshot, '2026-11')).toBe(2);
    const entry = snapshot.ledger[0]?.entries[1];
    expect(entry).toMatchObject({ date: '2026-11-20', title: 'Paired with Sam on the cache RFC', kind: 'mentoring', criteria: ['mentoring'] });
  });

  it('creates the month file with a title when it is new', async () => {
    const store = new MemoryFileStore();
    await logEntry(store, layout, clock, { kind: 'talk', title: 'Brown bag on retries', date: '2026-12-01' });
    const text = store.files.get('growth/ledger/2026-12.md') ?? '';
    expect(text).toMatch(/^# .*December 2026/);
    expect(text).toContain('## 2026-12-01 Brown bag on retries\n#talk');
  });

  it('refuses an empty title and a malformed date, writing nothing', async () => {
    const store = new MemoryFileStore();
    await expect(logEntry(store, layout, clock, { kind: 'doc', title: '  ' })).rejects.toThrow(/title/);
    await expect(logEntry(store, layout, clock, { kind: 'doc', title: 'x', date: '20/11/2026' })).rejects.toThrow(/YYYY-MM-DD/);
    expect(store.writes).toEqual([]);
  });
});

describe('two-notes', () => {
  it('never overwrites: a second note for the same task and day gets a numbered name', async () => {
    const store = new MemoryFileStore();
    const first = await newTwoNote(store, layout, clock, { task: 'Retry budget', branch: 'feat/retry-budget' });
    const second = await newTwoNote(store, layout, clock, { task: 'Retry budget' });
    expect(first.path).toBe('growth/notes/2026-11-20-retry-budget.md');
    expect(second.path).toBe('growth/notes/2026-11-20-retry-budget-2.md');
    const snapshot = await loadGrowthSnapshot(store, layout);
    expect(snapshot.notes.map((n) => n.note.task)).toEqual(['Retry budget', 'Retry budget']);
    expect(snapshot.problems).toEqual([]);
  });
});

describe('assessments', () => {
  it('records ratings into a new file and then appends without rewriting', async () => {
    const store = new MemoryFileStore();
    await recordAssessment(store, layout, clock, DEFAULT_FRAMEWORK, { by: 'self', ratings: { mentoring: 2, architecture: 3 } });
    const first = store.files.get('growth/assessments.yml') ?? '';
    await recordAssessment(store, layout, clock, DEFAULT_FRAMEWORK, { by: 'manager', ratings: { mentoring: 2 }, date: '2026-11-21' });
    const second = store.files.get('growth/assessments.yml') ?? '';
    expect(second.startsWith(first.trimEnd())).toBe(true);
    const snapshot = await loadGrowthSnapshot(store, layout);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.model.assessments.assessments.map((a) => [a.date, a.by, a.ratings])).toEqual([
      ['2026-11-20', 'self', { mentoring: 2, architecture: 3 }],
      ['2026-11-21', 'manager', { mentoring: 2 }],
    ]);
  });

  it('rejects unknown criteria and ratings off the scale before touching the file', async () => {
    const store = new MemoryFileStore();
    await expect(recordAssessment(store, layout, clock, DEFAULT_FRAMEWORK, { by: 'self', ratings: { mentorship: 2 } })).rejects.toThrow(/mentorship.*not in the framework/);
    await expect(recordAssessment(store, layout, clock, DEFAULT_FRAMEWORK, { by: 'self', ratings: { mentoring: 7 } })).rejects.toThrow(/outside the scale 1–4/);
    expect(store.writes).toEqual([]);
  });
});

describe('growth snapshot on bad input', () => {
  it('reports binary, invalid UTF-8 and misnamed files and still loads the rest', async () => {
    const store = new MemoryFileStore({
      'growth/profile.yml': 'name: A\nidentities: [a@example.com]\n',
      'growth/ledger/2026-10.md': '## 2026-10-03 Wrote the ADR\n#adr\n',
      'growth/ledger/2026-11.md': 'bad \uFFFD bytes\n## 2026-11-04 Gave feedback\n#feedback\n',
      'growth/ledger/notes.md': '# scratch\n',
      'growth/notes/2026-11-01-x.md': 'PNG\u0000\u0000binary',
    });
    const snapshot = await loadGrowthSnapshot(store, layout);
    expect(entriesInMonth(snapshot, '2026-10')).toBe(1);
    expect(entriesInMonth(snapshot, '2026-11')).toBe(1);
    const messages = snapshot.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^growth\/ledger\/2026-11\.md:1: .*not valid UTF-8/),
        expect.stringMatching(/^growth\/ledger\/notes\.md:1: .*named by month/),
        expect.stringMatching(/^growth\/notes\/2026-11-01-x\.md:1: .*binary/),
      ]),
    );
  });
});

describe('growth snapshot when a folder cannot be listed', () => {
  it('reports the folder and still loads the profile and the ledger', async () => {
    class RefusingNotes extends MemoryFileStore {
      override async list(dir: string): Promise<string[]> {
        if (dir === 'growth/notes') throw new Error('growth/notes is a symbolic link; Growth Ledger does not read or write through links');
        return super.list(dir);
      }
    }
    const store = new RefusingNotes({
      'growth/profile.yml': 'name: A\nidentities: [a@example.com]\n',
      'growth/ledger/2026-11.md': '## 2026-11-04 Gave feedback\n#feedback\n',
    });
    const snapshot = await loadGrowthSnapshot(store, layout);
    expect(snapshot.model.profile?.name).toBe('A');
    expect(entriesInMonth(snapshot, '2026-11')).toBe(1);
    expect(snapshot.problems).toEqual([expect.objectContaining({ file: 'growth/notes', line: 1, message: expect.stringMatching(/symbolic link/) })]);
  });
});
