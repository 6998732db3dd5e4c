import { describe, expect, it } from 'vitest';
import { closestId, didYouMean, knownList } from '../../../src/core/model/closest-id';
import { DEFAULT_FRAMEWORK } from '../../../src/core/framework/default-framework';

const ids = DEFAULT_FRAMEWORK.criteria.map((c) => c.id);

describe('closestId', () => {
  it('suggests the criterion a person most likely meant', () => {
    expect(closestId('mentorship', ids)).toBe('mentoring');
    expect(closestId('comms', ids)).toBe('communication');
    expect(closestId('lead', ids)).toBe('leadership');
    expect(closestId('archtecture', ids)).toBe('architecture');
    expect(closestId('code_quality', ids)).toBe('code-quality');
    expect(closestId('Visibility', ids)).toBe('visibility');
  });

  it('suggests nothing when no id is close', () => {
    expect(closestId('kubernetes', ids)).toBeUndefined();
    expect(closestId('', ids)).toBeUndefined();
    expect(didYouMean('zzz', ids)).toBe('');
  });

  it('shortens long known lists', () => {
    expect(knownList(['a', 'b'])).toBe('a, b');
    expect(knownList(ids, 3)).toBe('technical-scope, architecture, code-quality, …');
  });
});
