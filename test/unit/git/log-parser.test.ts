import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogCommit } from '../../../src/core/git/log-commit';
import { LOG_FIELDS, LOG_FORMAT, logArguments } from '../../../src/core/git/log-fields';
import { LogParseError, LogStreamParser } from '../../../src/core/git/log-parser';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/git', name));

function parse(chunks: readonly Uint8Array[]): LogCommit[] {
  const out: LogCommit[] = [];
  const parser = new LogStreamParser((c) => out.push(c));
  for (const c of chunks) parser.push(c);
  parser.end();
  return out;
}

/** Splits bytes into chunks of `size`, to prove records may be cut anywhere. */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const BLOB1 = '1'.repeat(40);
const BLOB2 = '2'.repeat(40);
const ZERO = '0'.repeat(40);

describe('the log field table', () => {
  it('drives the format string, NUL-separated, raw (not mailmapped) authors', () => {
    expect(LOG_FORMAT).toBe('%H%x00%P%x00%an%x00%ae%x00%aI%x00%ce%x00%s%x00%b');
    expect(LOG_FIELDS.map((f) => f.name)).toEqual(['sha', 'parents', 'authorName', 'authorEmail', 'authorDate', 'committerEmail', 'subject', 'body']);
  });

  it('puts revisions after --end-of-options so a ref can never be an option', () => {
    const args = logArguments({ include: ['HEAD'], exclude: [A] });
    expect(args.slice(0, 3)).toEqual(['log', '-z', `--format=${LOG_FORMAT}`]);
    expect(args).toContain('-M');
    expect(args).toContain('--no-textconv');
    expect(args).toContain('--no-ext-diff');
    expect(args.slice(args.indexOf('--end-of-options'))).toEqual(['--end-of-options', 'HEAD', `^${A}`, '--']);
  });
});

describe('LogStreamParser on literal git output', () => {
  it('reads a commit with raw changes, a root commit and an empty commit', () => {
    const text =
      `${A}\x00${B}\x00Ana Lima\x00ana@work.example\x002026-01-05T10:00:00+01:00\x00committer@x\x00feat: x\x00Body.\n\nReviewed-by: Bob <b@x>\n\x00` +
      `\n:100644 100644 ${BLOB1} ${BLOB2} R087\x00rfcs/0000-x.md\x00rfcs/2585-x.md\x00:000000 100644 ${ZERO} ${BLOB1} A\x00docs/a b.md\x00` +
      `${B}\x00${C}\x00Bob\x00bob@x\x002026-01-04T10:00:00Z\x00committer@x\x00empty\x00\x00` +
      `${C}\x00\x00Bob\x00bob@x\x002026-01-03T10:00:00Z\x00committer@x\x00root\x00\x00\n:000000 100644 ${ZERO} ${BLOB2} A\x00README.md\x00`;
    const commits = parse([enc(text)]);
    expect(commits.map((c) => c.sha)).toEqual([A, B, C]);
    const [first, empty, root] = commits;
    expect(first?.parents).toEqual([B]);
    expect(first?.authorDate).toBe('2026-01-05T10:00:00+01:00');
    expect(first?.body).toBe('Body.\n\nReviewed-by: Bob <b@x>\n');
    expect(first?.changes).toEqual([
      { status: 'R', score: 87, oldPath: 'rfcs/0000-x.md', path: 'rfcs/2585-x.md', oldBlob: BLOB1, newBlob: BLOB2, newMode: '100644' },
      { status: 'A', path: 'docs/a b.md', newBlob: BLOB1, newMode: '100644' },
    ]);
    expect(empty?.changes).toEqual([]);
    expect(empty?.subject).toBe('empty');
    expect(root?.parents).toEqual([]);
    expect(root?.changes).toEqual([{ status: 'A', path: 'README.md', newBlob: BLOB2, newMode: '100644' }]);
  });

  it('reads merges (two parents, no changes)', () => {
    const text = `${A}\x00${B} ${C}\x00Ana\x00ana@x\x002026-01-09T09:00:00Z\x00committer@x\x00Merge pull request #12 from jorg/x\x00Title\n\x00`;
    const [merge] = parse([enc(text)]);
    expect(merge?.parents).toEqual([B, C]);
    expect(merge?.changes).toEqual([]);
  });

  it('reads captured `git log --raw -M` output, byte by byte as well as whole', () => {
    const bytes = fixture('log-raw.bin');
    const whole = parse([bytes]);
    expect(parse(chunked(bytes, 1))).toEqual(whole);
    expect(parse(chunked(bytes, 7))).toEqual(whole);
    expect(whole.map((c) => c.subject)).toEqual([
      'refactor: drop app.ts',
      'fix: caf\uFFFD au lait',
      'Merge pull request #12 from jorg/entwurf',
      'docs: Entwurf',
      'release day',
      'chore: number RFC 2585',
      'feat(rfc): propose retry budgets',
    ]);
    const rename = whole.find((c) => c.subject === 'chore: number RFC 2585');
    expect(rename?.changes).toEqual([
      expect.objectContaining({ status: 'R', score: 100, oldPath: 'rfcs/text/0000-retry-budgets.md', path: 'rfcs/text/2585-retry-budgets.md' }),
    ]);
    const unicode = whole.find((c) => c.subject === 'docs: Entwurf');
    expect(unicode?.authorName).toBe('Jörg Groß');
    expect(unicode?.changes[0]?.path).toBe('docs/design notes/Entwurf für Überblick.md');
    const merge = whole.find((c) => c.parents.length === 2);
    expect(merge?.body).toContain('Design notes overview');
    expect(whole.find((c) => c.subject === 'release day')?.changes).toEqual([]);
    expect(whole.find((c) => c.subject === 'refactor: drop app.ts')?.changes).toEqual([
      expect.objectContaining({ status: 'D', path: 'app.ts', oldBlob: expect.stringMatching(/^[0-9a-f]{40}$/) }),
    ]);
    const first = whole[whole.length - 1];
    expect(first?.body).toContain('Reviewed-By: Bob Stone <bob@example.com>');
  });

  it('keeps going past invalid UTF-8 in a message (U+FFFD) instead of failing', () => {
    const bytes = new Uint8Array([...enc(`${A}\x00\x00N\x00e@x\x002026-01-01T00:00:00Z\x00committer@x\x00caf`), 0xe9, ...enc(' ok\x00na'), 0xef, ...enc('ve\n\x00')]);
    const [c] = parse(chunked(bytes, 3));
    expect(c?.subject).toBe('caf\uFFFD ok');
    expect(c?.body).toBe('na\uFFFDve\n');
  });

  it('reports output that stops inside a commit header', () => {
    const parser = new LogStreamParser(() => undefined);
    parser.push(enc(`${A}\x00${B}\x00Ana\x00`));
    expect(() => parser.end()).toThrow(LogParseError);
  });

  it('reports output that stops between a rename and its new path', () => {
    const parser = new LogStreamParser(() => undefined);
    parser.push(enc(`${A}\x00\x00N\x00e\x00d\x00c\x00s\x00\x00\n:100644 100644 ${BLOB1} ${BLOB2} R100\x00old.md\x00`));
    expect(() => parser.end()).toThrow(/inside the changes/);
  });

  it('emits each commit as soon as the next one starts (streaming, not collecting)', () => {
    const seen: string[] = [];
    const parser = new LogStreamParser((c) => seen.push(c.sha));
    parser.push(enc(`${A}\x00\x00N\x00e\x00d\x00c\x00s\x00\x00`));
    expect(seen).toEqual([]);
    parser.push(enc(`${B}\x00`));
    expect(seen).toEqual([A]);
    expect(parser.commitsRead).toBe(1);
  });
});

describe('LogStreamParser filters', () => {
  const text = `${'a'.repeat(40)}\x00\x00N\x00e\x00d\x00c\x00s\x00plain body\n\x00\n:100644 100644 ${'1'.repeat(40)} ${'2'.repeat(40)} M\x00src/a.ts\x00:100644 100644 ${'3'.repeat(40)} ${'4'.repeat(40)} M\x00docs/a.md\x00`;

  it('decodes blob ids only for the changes that want them, and bodies only when kept', () => {
    const out: LogCommit[] = [];
    const parser = new LogStreamParser((c) => out.push(c), { keepBlobs: (p) => p.endsWith('.md'), keepBody: () => false });
    // One byte at a time: a raw line's ids must survive the caller reusing its buffers.
    const bytes = enc(text);
    const scratch = new Uint8Array(1);
    for (const b of bytes) {
      scratch[0] = b;
      parser.push(scratch);
    }
    parser.end();
    expect(out[0]?.body).toBe('');
    expect(out[0]?.changes).toEqual([
      { status: 'M', path: 'src/a.ts' },
      { status: 'M', path: 'docs/a.md', oldBlob: '3'.repeat(40), newBlob: '4'.repeat(40), newMode: '100644' },
    ]);
  });
});
