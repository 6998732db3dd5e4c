import { describe, expect, it } from 'vitest';
import { webRepository } from '../../../src/core/packet/repository-links';
import { EvidenceLinker } from '../../../src/core/packet/evidence-links';
import { sectionAsHtml, sectionAsPlainText } from '../../../src/core/packet/section-export';
import type { CriterionSection } from '../../../src/core/packet/criterion-section';
import { compareStrength, strongestEvidence } from '../../../src/core/packet/strongest-evidence';
import type { MapEvidenceRow } from '../../../src/shared/evidence-map-protocol';

const SHA = '4faef58f30148ef372b97c41519faf0c3d3670fc';

describe('web links from remotes', () => {
  it.each([
    ['git@github.com:acme/payments.git', `https://github.com/acme/payments/commit/${SHA}`],
    ['https://github.com/acme/payments', `https://github.com/acme/payments/commit/${SHA}`],
    ['ssh://git@github.com/acme/payments.git', `https://github.com/acme/payments/commit/${SHA}`],
    ['https://ci-bot:s3cr3t-token@gitlab.com/acme/platform/api.git', `https://gitlab.com/acme/platform/api/-/commit/${SHA}`],
    ['git@bitbucket.org:acme/payments.git', `https://bitbucket.org/acme/payments/commits/${SHA}`],
    ['https://codeberg.org/acme/payments.git', `https://codeberg.org/acme/payments/commit/${SHA}`],
  ])('%s links commits on the web without credentials', (remote, url) => {
    const link = webRepository(remote)?.commit(SHA);
    expect(link).toBe(url);
    expect(link).not.toContain('s3cr3t');
  });

  it.each([
    ['an unknown host', 'git@git.internal.example:acme/payments.git'],
    ['a local path', '/srv/git/payments.git'],
    ['a Windows path', 'C:\\repos\\payments'],
    ['a path that climbs', 'https://github.com/acme/../evil'],
    ['too many segments on GitHub', 'https://github.com/acme/payments/extra'],
    ['odd characters', 'https://github.com/acme/pay"ments'],
  ])('gives no web link for %s', (_what, remote) => {
    expect(webRepository(remote)).toBeUndefined();
  });
});

const row = (over: Partial<MapEvidenceRow>): MapEvidenceRow => ({ id: 'x', source: 'git', kind: 'review', title: 't', date: '2026-01-01', criteria: [], reasons: [], ...over });

describe('evidence links', () => {
  const linker = new EvidenceLinker([
    { name: 'payments', remoteUrl: 'git@github.com:acme/payments.git', primary: true },
    { name: 'platform', remoteUrl: 'https://gitlab.com/acme/platform.git' },
    { name: 'legacy' },
  ]);

  it('links ledger lines by repository-relative path and line', () => {
    expect(linker.links(row({ source: 'ledger', kind: 'talk', path: 'growth/ledger/2026-04.md', line: 3 }))).toEqual([
      { label: 'growth/ledger/2026-04.md#L3', href: '/growth/ledger/2026-04.md#L3', web: false },
    ]);
  });

  it('links a document in another repository and its commit on the web, and names what has no web home', () => {
    expect(linker.links(row({ kind: 'adr', repo: 'platform', path: 'docs/adr/1.md', sha: SHA }))).toEqual([
      { label: 'platform: docs/adr/1.md', href: `https://gitlab.com/acme/platform/-/blob/${SHA}/docs/adr/1.md`, web: true },
      { label: 'platform@4faef58', href: `https://gitlab.com/acme/platform/-/commit/${SHA}`, web: true },
    ]);
    expect(linker.links(row({ repo: 'legacy', sha: SHA }))).toEqual([{ label: 'legacy@4faef58', web: false }]);
  });
});

describe('strongest evidence rule', () => {
  it('prefers the stronger kind, then the newer date, then the smaller id', () => {
    const review = row({ id: 'a', kind: 'review', date: '2026-11-01' });
    const rfc = row({ id: 'b', kind: 'rfc', date: '2026-01-01' });
    const adrOld = row({ id: 'c', kind: 'adr', date: '2026-02-01' });
    const adrNew = row({ id: 'd', kind: 'adr', date: '2026-09-01' });
    expect(strongestEvidence([review, adrOld, adrNew])?.id).toBe('d');
    expect(strongestEvidence([review, adrOld, rfc, adrNew])?.id).toBe('b');
    expect(compareStrength(row({ id: 'e', kind: 'adr', date: '2026-09-01' }), adrNew)).toBeGreaterThan(0);
    expect(strongestEvidence([row({ kind: 'commits' }), row({ id: 'z', kind: 'team-specific' })])?.id).toBe('z');
  });

  it('passes over evidence an earlier criterion already showed while another is left, and reuses it when not', () => {
    const rfc = row({ id: 'b', kind: 'rfc', date: '2026-01-01' });
    const adr = row({ id: 'd', kind: 'adr', date: '2026-09-01' });
    expect(strongestEvidence([rfc, adr], new Set(['b']))?.id).toBe('d');
    expect(strongestEvidence([rfc], new Set(['b']))?.id).toBe('b');
  });
});

describe('copy section', () => {
  const section: CriterionSection = {
    id: 'architecture',
    name: 'Architecture',
    targetLevel: 'Staff Engineer',
    expectation: 'Drives architecture decisions across teams.',
    ratings: 'self 4 (2026-06-12) · manager 3 (2026-06-18)',
    evidenceCount: 2,
    items: [
      {
        date: '2026-03-11',
        kind: 'ADR',
        title: 'Keys <script>alert(1)</script> & "edge"',
        links: [
          { label: 'docs/adr/0014.md', href: '/docs/adr/0014.md', web: false },
          { label: 'commit 4faef58', href: `https://github.com/acme/payments/commit/${SHA}`, web: true },
        ],
      },
      { date: '2026-01-26', kind: 'RFC', title: 'API standard', links: [{ label: 'bad', href: 'javascript:alert(1)', web: true }] },
    ],
    more: 0,
    missing: 'manager rates you 3.0',
  };

  it('as plain text keeps repository paths as names and web links as URLs', () => {
    expect(sectionAsPlainText(section)).toBe(
      [
        'Architecture',
        '',
        'Staff Engineer expectation: Drives architecture decisions across teams.',
        'Ratings: self 4 (2026-06-12) · manager 3 (2026-06-18)',
        'Evidence (2):',
        `- 2026-03-11 ADR: Keys <script>alert(1)</script> & "edge" (docs/adr/0014.md; commit 4faef58 <https://github.com/acme/payments/commit/${SHA}>)`,
        '- 2026-01-26 RFC: API standard (bad)',
        'Still missing: manager rates you 3.0',
        '',
      ].join('\n'),
    );
  });

  it('as HTML escapes every text and makes anchors of http(s) links only', () => {
    const html = sectionAsHtml(section);
    expect(html).toContain('Keys &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;edge&quot;');
    expect(html).toContain(`<a href="https://github.com/acme/payments/commit/${SHA}">commit 4faef58</a>`);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<p><strong>Still missing:</strong> manager rates you 3.0</p>');
  });
});
