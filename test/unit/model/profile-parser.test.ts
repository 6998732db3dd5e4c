import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/model/profile-parser';
import { renderProfile } from '../../../src/core/model/profile-writer';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { fixtureText } from './fixture-text';

const FILE = 'growth/profile.yml';

describe('parseProfile', () => {
  it('reads a full profile, splitting "Name <email>" identities and keeping unknown keys', () => {
    const { value, problems } = parseProfile(fixtureText('profile-staff-candidate.yml'), FILE, DEFAULT_FRAMEWORK);
    expect(problems).toEqual([
      { file: FILE, line: 24, severity: 'warning', message: expect.stringContaining('unknown key `manager`') },
    ]);
    expect(value).toEqual({
      name: 'Alex Chen',
      identities: ['Alex Chen', 'alex.chen@example.com', 'A. Chen', 'achen@old-corp.example', 'alexc', 'alexc@users.noreply.github.com'],
      level: 'senior',
      targetLevel: 'staff',
      framework: 'builtin:default',
      repositories: ['../payments-api', '../ledger-service'],
      window: { since: '2026-01-01' },
      bots: ['*[bot]*', 'deploy-robot@example.com'],
      paths: { rfc: ['proposals/**'], adr: ['architecture/decisions/**'] },
      extra: { manager: 'Maria' },
    });
  });

  it('reports missing identities, unknown levels, impossible dates and bad globs at their lines', () => {
    const { value, problems } = parseProfile(fixtureText('profile-typos.yml'), FILE, DEFAULT_FRAMEWORK);
    const byLine = problems.map((p) => [p.line, p.severity, p.message] as const).sort((a, b) => a[0] - b[0]);
    expect(byLine).toEqual([
      [2, 'error', expect.stringContaining('no `identities`')],
      [3, 'error', expect.stringMatching(/level `seniour` is not in the framework \(did you mean `senior`\?\); known levels: junior, mid, senior, staff, principal/)],
      [6, 'error', 'window.since: `2026-02-30` is not a day on the calendar'],
      [7, 'error', expect.stringContaining('window.months must be a whole number')],
      [9, 'warning', expect.stringContaining('unknown key `adrs` in `paths` (did you mean `adr`?)')],
      [10, 'error', expect.stringContaining('`rfcs/[0-9` is not a valid glob')],
    ]);
    expect(value.window).toEqual({});
    expect(value.paths).toEqual({ rfc: [] });
    expect(value.level).toBe('seniour');
  });

  it('warns when the target is not above the current level', () => {
    const text = 'name: Priya\nidentities: [priya@example.com]\nlevel: staff\ntargetLevel: senior\n';
    const { problems } = parseProfile(text, FILE, DEFAULT_FRAMEWORK);
    expect(problems).toEqual([
      { file: FILE, line: 4, severity: 'warning', message: 'targetLevel `senior` is not above your level `staff`; levels go junior → mid → senior → staff → principal' },
    ]);
  });

  it('refuses unknown built-in frameworks and reads months windows', () => {
    const text = 'name: Priya\nidentities: priya@example.com\nframework: builtin:google\nwindow: {months: 18}\n';
    const { value, problems } = parseProfile(text, FILE, DEFAULT_FRAMEWORK);
    expect(problems.map((p) => p.line)).toEqual([3]);
    expect(value).toMatchObject({ framework: 'builtin:default', identities: ['priya@example.com'], window: { months: 18 } });
  });

  it('still returns a profile when the YAML is broken', () => {
    const { value, problems } = parseProfile('name: [unclosed\n', FILE, DEFAULT_FRAMEWORK);
    expect(problems[0]?.message).toMatch(/^YAML:/);
    expect(value).toMatchObject({ name: '', identities: [], framework: 'builtin:default' });
  });
});

describe('renderProfile', () => {
  it('writes a commented profile that reads back to the same person with no problems', () => {
    const init = { name: "Siobhán O'Neil", identities: ['Siobhán O\'Neil', 'siobhan@example.com', '@siobhan'], level: 'senior', targetLevel: 'staff' };
    const text = renderProfile(init);
    const { value, problems } = parseProfile(text, FILE, DEFAULT_FRAMEWORK);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      name: init.name,
      identities: init.identities,
      level: 'senior',
      targetLevel: 'staff',
      framework: 'builtin:default',
      repositories: [],
      window: {},
      bots: [],
      paths: {},
    });
    const comments = text.split('\n').filter((l) => l.startsWith('#')).length;
    expect(comments).toBeGreaterThan(15);
    expect(text).toContain('levels: junior, mid, senior, staff, principal');
  });

  it('leaves levels commented out when Set Up does not know them', () => {
    const text = renderProfile({ name: 'Sam', identities: ['sam@example.com'] });
    expect(text).toContain('\n# level: senior\n');
    const { value, problems } = parseProfile(text, FILE, DEFAULT_FRAMEWORK);
    expect(problems).toEqual([]);
    expect(value.level).toBeUndefined();
  });
});
