import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentHeader } from '../../../src/core/mining/classification/document-header';

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

describe('readDocumentHeader on headers as real documents write them', () => {
  const read = (text: string, path = 'design/x.md') => readDocumentHeader(text, path);

  it('reads `Author: Name\\` and `Author: Name` with a trailing double space as the same author', () => {
    expect(read('# Retry budgets\n\nAuthor: Ana Lima\\\nStatus: Draft\\\n').authors).toEqual(['Ana Lima']);
    expect(read('# Retry budgets\n\nAuthor: Ana Lima  \nStatus: Draft  \n').authors).toEqual(['Ana Lima']);
    expect(read('# Retry budgets\n\nAuthors: Ana Lima<br>\n').authors).toEqual(['Ana Lima']);
  });

  it('leaves out people named by helper phrases', () => {
    expect(read('# T\n\nAuthor: Ana Lima, with input from Bob Stone\n').authors).toEqual(['Ana Lima']);
    expect(read('# T\n\nAuthors: Ana Lima and Erin Moss, with substantial input from Bob Stone and Carol Diaz\n').authors).toEqual(['Ana Lima', 'Erin Moss']);
    expect(read('# T\n\nAuthor: Ana Lima (with help from Bob Stone)\n').authors).toEqual(['Ana Lima']);
    expect(read('# T\n\nAuthor: Ana Lima, based on discussion with Dave Okafor\n').authors).toEqual(['Ana Lima']);
    expect(read('# T\n\nAuthor: Ana Lima; thanks to Erin Moss\n').authors).toEqual(['Ana Lima']);
    expect(read('# T\n\nAuthor: Ana Lima (with help from Bob Stone), thanks to Carol Diaz and Erin Moss\n').helpers).toEqual([
      { phrase: 'with help from', name: 'Bob Stone' },
      { phrase: 'thanks to', name: 'Carol Diaz' },
      { phrase: 'thanks to', name: 'Erin Moss' },
    ]);
    expect(read('# T\n\nAuthor: Ana Lima\n').helpers).toBeUndefined();
  });

  it('keeps reading the header after a `##` title on line 1 or a plain title line, and takes the `##` title', () => {
    expect(read('## Retry budgets\n\nAuthor: Ana Lima\n\n## Summary\n')).toMatchObject({ authors: ['Ana Lima'], title: 'Retry budgets' });
    expect(read('Retry budgets\n\n## Metadata\n\n- Author: Ana Lima\n').authors).toEqual(['Ana Lima']);
    expect(read('# Retry budgets\n\nWhy retries hurt.\n\n## Notes\n\nAuthor: Bob Stone\n').authors).toEqual([]);
  });

  it('reads bylines under the title: `By …`, and lines of names with hard breaks or a date line', () => {
    expect(read('# Retry budgets\n\nBy Ana Lima and Bob Stone\n\nText.\n')).toMatchObject({ authors: ['Ana Lima', 'Bob Stone'], declaredIn: 'byline under the title' });
    expect(read('# Retry budgets\n\n_By Ana Lima_\n').authors).toEqual(['Ana Lima']);
    expect(read('# Retry budgets\n\nAna Lima\\\nErin Moss\\\nMarch 2024\n\nText.\n').authors).toEqual(['Ana Lima', 'Erin Moss']);
    expect(read('Retry budgets\n=============\n\nAna Lima (Example Corp)  \nJan de Vries  \n2024-03-01\n').authors).toEqual(['Ana Lima', 'Jan de Vries']);
    expect(read('# Retry budgets\n\nAna Lima\n2024-03-01\n').authors).toEqual(['Ana Lima']);
  });

  it('does not take prose under the title for a byline', () => {
    expect(read('# Retry budgets\n\nBy default, the cache is warm.\n').authors).toEqual([]);
    expect(read('# Retry budgets\n\nBy design this is slow\n').authors).toEqual([]);
    expect(read('# Retry budgets\n\nDraft\n').authors).toEqual([]);
    expect(read('# Retry budgets\n\nRetries add load.\nThey can be capped.\n').authors).toEqual([]);
    expect(read('# Retry budgets\n\nSee the Overview\nIn 2024\n').authors).toEqual([]);
  });
});

/**
 * Crafted headers that made the old patterns backtrack for minutes (`# a` + 8000 spaces + `b` took
 * 194 s; an `| Author |` row padded with 4000 spaces 19.5 s). Sizes are far past those: a
 * regression shows up as the test timing out, and each result is still checked.
 */
describe('readDocumentHeader on crafted text', () => {
  const spaces = (n: number) => ' '.repeat(n);

  it('does not hang on a heading padded with spaces (was cubic), and still reads titles of ordinary length', () => {
    expect(readDocumentHeader(`# a${spaces(200_000)}b\n\n# Real title\n`, 'docs/x.md').title).toBe('Real title');
    expect(readDocumentHeader(`# a${spaces(900)}b #\n`, 'docs/x.md').title).toBe(`a${spaces(900)}b`);
    expect(readDocumentHeader(`#${spaces(200_000)}#\n`, 'docs/x.md').title).toBeUndefined();
    expect(readDocumentHeader('# C#\n', 'docs/x.md').title).toBe('C#');
    expect(readDocumentHeader('# Retry budgets ##\n', 'docs/x.md').title).toBe('Retry budgets');
  });

  it('does not hang on an `| Author |` table row padded with spaces (was cubic), and reads real rows by their cells', () => {
    expect(readDocumentHeader(`| Author | a${spaces(200_000)}\n`, 'docs/x.md').authors).toEqual([]);
    expect(readDocumentHeader(`| Author | a${spaces(900)}\n`, 'docs/x.md').authors).toEqual(['a']);
    const table = '| Field | Value |\n|---|---|\n| **Authors** | Ana Lima, Bob Stone | extra |\n';
    expect(readDocumentHeader(table, 'design/x.md')).toMatchObject({ authors: ['Ana Lima', 'Bob Stone'], declaredIn: '`Authors` table row' });
  });

  it('does not hang splitting an author list with long runs of spaces (was quadratic)', () => {
    const fm = `---\nauthors:\n  - "Ana Lima${spaces(300_000)}and${spaces(300_000)}Bob Stone (Example Corp)"\n---\n# T\n`;
    expect(readDocumentHeader(fm, 'docs/adr/0001-x.md').authors).toEqual(['Ana Lima', 'Bob Stone']);
    expect(readDocumentHeader(`Author: Ana${spaces(800)}&${spaces(90)}Bob (@bob) ; Erin\n`, 'docs/x.md').authors).toEqual(['Ana', 'Bob (@bob)', 'Erin']);
  });

  it('skips an overlong `Author:` line and its overlong continuation lines, reading the header around them', () => {
    const text = `# T\n\nAuthor: ${'Ana '.repeat(100_000)}\nAuthors: Erin Moss,\n  Ana Lima\n${spaces(4)}${'x'.repeat(200_000)}\n`;
    expect(readDocumentHeader(text, 'docs/x.md').authors).toEqual(['Erin Moss', 'Ana Lima']);
  });
});
