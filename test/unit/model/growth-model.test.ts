import { noCorrections } from '../../../src/core/mapping/evidence-corrections';
import { describe, expect, it } from 'vitest';
import { loadGrowthModel, resolveGrowthPath } from '../../../src/core/model/growth-model';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';
import { growthLayout } from '../../../src/core/layout';
import { FakeGrowthFileStore } from './fake-growth-file-store';
import { fixtureText } from './fixture-text';

const layout = growthLayout();
const PROFILE = 'name: Alex Chen\nidentities: [alex@example.com]\nlevel: senior\ntargetLevel: staff\n';

describe('loadGrowthModel', () => {
  it('loads nothing but the default framework from an empty growth folder, with no problems', async () => {
    const store = new FakeGrowthFileStore({});
    const model = await loadGrowthModel(store, layout);
    expect(model).toEqual({ framework: DEFAULT_FRAMEWORK, assessments: { assessments: [], goals: [] }, corrections: noCorrections('growth/evidence.yml'), problems: [] });
    expect(store.reads).toEqual(['growth/profile.yml', 'growth/framework.yml', 'growth/assessments.yml', 'growth/evidence.yml']);
  });

  it('loads profile and assessments against the built-in framework', async () => {
    const store = new FakeGrowthFileStore({
      'growth/profile.yml': fixtureText('profile-staff-candidate.yml'),
      'growth/assessments.yml': fixtureText('assessments-realistic.yml'),
      'growth/framework.yml': 'this file is ignored: the profile asks for builtin:default',
    });
    const model = await loadGrowthModel(store, layout);
    expect(model.framework).toBe(DEFAULT_FRAMEWORK);
    expect(model.profile).toMatchObject({ name: 'Alex Chen', level: 'senior', targetLevel: 'staff', framework: 'builtin:default' });
    expect(model.assessments.assessments).toHaveLength(2);
    expect(model.problems.map((p) => p.message)).toEqual([expect.stringContaining('unknown key `manager`')]);
    expect(store.reads).not.toContain('growth/framework.yml');
  });

  it('uses growth/framework.yml when the profile names no framework, and checks levels and ratings against it', async () => {
    const store = new FakeGrowthFileStore({
      'growth/profile.yml': PROFILE,
      'growth/framework.yml': fixtureText('ladder-published.yml'),
      'growth/assessments.yml': 'assessments:\n  - {date: 2026-03-01, by: self, ratings: {code-quality: 3, architecture: 2}}\n',
    });
    const model = await loadGrowthModel(store, layout);
    expect(model.framework.name).toBe('Example Co Engineering Progression');
    expect(model.profile?.framework).toBe('framework.yml');
    const messages = model.problems.map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(messages).toEqual([
      expect.stringContaining('growth/framework.yml:33 '),
      expect.stringMatching(/^growth\/profile\.yml:3 level `senior` is not in the framework; known levels: e1, e2, e3$/),
      expect.stringMatching(/^growth\/profile\.yml:4 targetLevel `staff`/),
      expect.stringMatching(/^growth\/assessments\.yml:2 criterion `architecture` is not in the framework/),
    ]);
    expect(model.assessments.assessments[0]?.ratings).toEqual({ 'code-quality': 3 });
  });

  it('follows a framework path that stays inside the repository', async () => {
    const store = new FakeGrowthFileStore({
      'growth/profile.yml': `${PROFILE}framework: ../handbook/ladder.yml\n`,
      'handbook/ladder.yml': fixtureText('framework-team.yml'),
    });
    const model = await loadGrowthModel(store, layout);
    expect(model.problems).toEqual([]);
    expect(model.framework.id).toBe('platform-team');
    expect(model.profile?.framework).toBe('../handbook/ladder.yml');
  });

  it('refuses a framework path that escapes the repository and falls back to the default', async () => {
    const store = new FakeGrowthFileStore({ 'growth/profile.yml': `${PROFILE}framework: ../../../etc/ladder.yml\n` });
    const model = await loadGrowthModel(store, layout);
    expect(model.framework).toBe(DEFAULT_FRAMEWORK);
    expect(model.problems).toEqual([
      { file: 'growth/profile.yml', line: 5, severity: 'error', message: expect.stringContaining('`../../../etc/ladder.yml` is outside the repository') },
    ]);
    expect(store.reads).toEqual(['growth/profile.yml', 'growth/assessments.yml', 'growth/evidence.yml']);
  });

  it('reports a named framework file that does not exist, and an unusable one', async () => {
    const missing = await loadGrowthModel(new FakeGrowthFileStore({ 'growth/profile.yml': `${PROFILE}framework: team.yml\n` }), layout);
    expect(missing.problems.map((p) => p.message)).toEqual([expect.stringContaining('framework file growth/team.yml does not exist')]);
    expect(missing.framework).toBe(DEFAULT_FRAMEWORK);
    const broken = await loadGrowthModel(new FakeGrowthFileStore({ 'growth/framework.yml': 'levels: [a, b]\ncriteria: {oops: 1}\n' }), layout);
    expect(broken.framework).toBe(DEFAULT_FRAMEWORK);
    expect(broken.problems.map((p) => p.message).at(-1)).toContain('has no usable criteria; using the built-in framework');
  });

  it('loads assessments without a profile, and keeps going when a read fails', async () => {
    const store = new FakeGrowthFileStore({ 'growth/assessments.yml': fixtureText('assessments-realistic.yml') });
    const model = await loadGrowthModel(store, layout);
    expect(model.profile).toBeUndefined();
    expect(model.assessments.goals).toHaveLength(2);
    const failing = new FakeGrowthFileStore({});
    failing.read = async (path) => {
      if (path.endsWith('profile.yml')) throw new Error('EACCES: permission denied');
      return undefined;
    };
    const degraded = await loadGrowthModel(failing, layout);
    expect(degraded.problems).toEqual([{ file: 'growth/profile.yml', line: 1, severity: 'error', message: expect.stringContaining('EACCES') }]);
    expect(degraded.framework).toBe(DEFAULT_FRAMEWORK);
  });
});

describe('resolveGrowthPath', () => {
  it('resolves paths relative to the growth folder and refuses escapes', () => {
    expect(resolveGrowthPath('growth', 'framework.yml')).toBe('growth/framework.yml');
    expect(resolveGrowthPath('growth', './ladders/../team.yml')).toBe('growth/team.yml');
    expect(resolveGrowthPath('docs/growth', '../../ladder.yml')).toBe('ladder.yml');
    expect(resolveGrowthPath('growth', '..\\ladder.yml')).toBe('ladder.yml');
    for (const escape of ['../../ladder.yml', '/etc/passwd', 'C:\\ladder.yml', '..', '']) {
      expect(resolveGrowthPath('growth', escape), escape).toBeUndefined();
    }
    expect(resolveGrowthPath('', '../ladder.yml')).toBeUndefined();
  });
});
