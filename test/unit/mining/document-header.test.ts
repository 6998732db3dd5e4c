import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentHeader } from '../../../src/core/mining/document-header';

const doc = (name: string) => readFileSync(join(__dirname, '../../fixtures/git/documents', name), 'utf8');

describe('readDocumentHeader', () => {
  it('reads a PEP-style `Author:` header with continuation lines', () => {
    const h = readDocumentHeader(doc('pep-style.rst'), 'peps/pep-9001.rst');
    expect(h.authors).toEqual(['Ana Lima <ana@work.example>', 'Bob Stone <bob@example.com>', 'Erin Moss <erin@example.com>']);
    expect(h.declaredIn).toBe('`Author:` line');
    expect(h.title).toBe('Structured retry budgets');
  });

  it('reads an `Authors:` list of Markdown items with handles and profile links', () => {
    const h = readDocumentHeader(doc('rfc-authors-list.md'), 'rfcs/0042-sharding.md');
    expect(h.authors).toEqual(['Dave Okafor (@dokafor)', '[Ana Lima](https://github.com/ana-lima)']);
    expect(h.title).toBe('RFC: Sharding the ledger store');
  });

  it('reads bold `**Author(s):**` lines naming two people', () => {
    const h = readDocumentHeader(doc('design-bold-header.md'), 'design/warmup.md');
    expect(h.authors).toEqual(['Ana Lima', 'Erin Moss']);
    expect(h.declaredIn).toBe('`Author(s):` line');
  });

  it('reads `authors:` in ADR front matter, as strings or name/email mappings', () => {
    const h = readDocumentHeader(doc('adr-front-matter.md'), 'docs/adr/0007-advisory-locks.md');
    expect(h.authors).toEqual(['Ana Lima <ana@work.example>', 'Bob Stone']);
    expect(h.declaredIn).toBe('front matter `authors`');
    expect(h.title).toBe('Use Postgres advisory locks for job leasing');
  });

  it('reads kep.yaml metadata', () => {
    const h = readDocumentHeader(doc('kep.yaml'), 'keps/sig-node/2000-graceful-shutdown/kep.yaml');
    expect(h.authors).toEqual(['@ana-lima', '@bstone']);
    expect(h.declaredIn).toBe('kep.yaml `authors`');
    expect(h.title).toBe('Graceful node shutdown for batch jobs');
  });

  it('ignores template placeholders, so the first author still decides', () => {
    expect(readDocumentHeader(doc('template-placeholder.md'), 'rfcs/0000-template.md').authors).toEqual([]);
  });

  it('does not read author lines deep in the body, and takes a setext title', () => {
    const h = readDocumentHeader(doc('no-header.md'), 'docs/retry.md');
    expect(h.authors).toEqual([]);
    expect(h.title).toBe('Retry budgets explained');
    expect(h.lines).toBe(5);
  });

  it('never runs `---js` front matter (it is refused; the plain lines after it are still read as text)', () => {
    const h = readDocumentHeader(doc('front-matter-js.md'), 'docs/evil.md');
    expect(existsSync('/tmp/pwned')).toBe(false);
    expect(h.authors).toEqual(['Mallory']);
  });

  it('survives broken front matter and binary-looking text', () => {
    expect(readDocumentHeader('---\n: : bad\n---\nAuthor: Ana Lima\n', 'docs/x.md').authors).toEqual(['Ana Lima']);
    expect(readDocumentHeader('\u0000\u0001', 'docs/x.md').authors).toEqual([]);
  });
});
