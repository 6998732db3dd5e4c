import { describe, expect, it } from 'vitest';
import { documentClassifier } from '../../../src/core/mining/classification/document-kinds';

describe('documentClassifier', () => {
  const docs = documentClassifier();

  it('gives RFCs, ADRs, design docs and other Markdown their kinds', () => {
    expect(docs.kindOf('rfcs/text/2585-retry-budgets.md')).toBe('rfc');
    expect(docs.kindOf('docs/adr/0007-advisory-locks.md')).toBe('adr');
    expect(docs.kindOf('design/sharding.md')).toBe('design-doc');
    expect(docs.kindOf('docs/on-call.md')).toBe('doc');
    expect(docs.kindOf('README.md')).toBe('doc');
  });

  // Sample Markdown under test fixtures, vendored trees and tool-edited files were credited as the person's `doc`s.
  it('does not count test fixtures, vendored trees, changelogs or licences as documents', () => {
    for (const path of [
      'test/fixtures/ledger/2026-11.md',
      'packages/parser/test/unit/fixtures/sample.md',
      'tests/fixtures/readme.md',
      'src/__fixtures__/notes.md',
      'internal/markdown/testdata/heading.md',
      'node_modules/left-pad/README.md',
      'web/node_modules/x/docs/guide.md',
      'vendor/github.com/x/y/README.md',
      'third_party/zlib/README.md',
      'CHANGELOG.md',
      'packages/api/CHANGELOG.md',
      'changelog.md',
      'LICENSE.md',
      'LICENSE-THIRD-PARTY.md',
      'NOTICE.md',
      'docs/NOTICE.txt',
    ]) {
      expect({ path, kind: docs.kindOf(path) }).toEqual({ path, kind: undefined });
    }
  });

  it('still counts documents whose names merely resemble those folders', () => {
    expect(docs.kindOf('docs/testing-fixtures.md')).toBe('doc');
    expect(docs.kindOf('docs/test/guide.md')).toBe('doc');
    expect(docs.kindOf('docs/licensing.md')).toBe('doc');
  });

  it('lets callers add exclusions of their own', () => {
    const growth = documentClassifier({}, ['growth/**']);
    expect(growth.kindOf('growth/ledger/2026-11.md')).toBeUndefined();
    // Replacing the defaults drops them: callers pass DEFAULT_EXCLUDED_GLOBS along with their own.
    expect(growth.kindOf('CHANGELOG.md')).toBe('doc');
  });
});
