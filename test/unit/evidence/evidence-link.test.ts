import { describe, expect, it } from 'vitest';
import { evidenceLinkText } from '../../../src/core/evidence/evidence-link';

describe('Copy Link text', () => {
  it('points at a ledger entry by file and line', () => {
    expect(evidenceLinkText({ path: 'growth/ledger/2026-11.md', line: 12 })).toBe('growth/ledger/2026-11.md#L12');
  });
  it('names the repository, the document and the commit of a git document', () => {
    expect(evidenceLinkText({ repo: 'payments', path: 'docs/rfcs/0001-retry.md', sha: '3f2a9c1deadbeef' })).toBe('payments: docs/rfcs/0001-retry.md @ 3f2a9c1');
  });
  it('names the repository and commit of a review', () => {
    expect(evidenceLinkText({ repo: 'payments', sha: '3f2a9c1deadbeef' })).toBe('payments @ 3f2a9c1');
  });
});
