import { describe, expect, it } from 'vitest';
import { growthLayout, normaliseRoot } from '../../../src/core/layout';

describe('the growth layout', () => {
  it('places files under the root', () => {
    const l = growthLayout('career/growth/');
    expect(l.profile).toBe('career/growth/profile.yml');
    expect(l.ledgerFile('2026-11')).toBe('career/growth/ledger/2026-11.md');
    expect(l.noteFile('2026-11-20', 'retry-budget')).toBe('career/growth/notes/2026-11-20-retry-budget.md');
  });

  it.each(['../outside', '/etc', 'C:/Users/x', 'a/../../b', '.git/hooks', '\\\\server\\share'])('refuses the root %s, which a cloned repository could set to escape', (root) => {
    expect(() => normaliseRoot(root)).toThrow(/inside the repository/);
  });
});
