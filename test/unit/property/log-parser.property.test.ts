import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileChange, LogCommit } from '../../../src/core/git/log-commit';
import { LogParseError, LogStreamParser, UNDATED } from '../../../src/core/git/log-parser';

/**
 * The git log parser as a property: any history, printed as `git log -z --raw` prints it and cut
 * into chunks anywhere (even inside a character), reads back as the same commits; any bytes at
 * all either parse or raise a LogParseError naming where, never another error.
 */
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const sha = hex(40);
/** Text git may print in a field: anything but NUL (git cannot print one there). */
const field = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\0/g, ''));
const path = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.replace(/\0/g, '') || 'x');
const date = fc.oneof(
  fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00')),
  fc.constantFrom('%aI', '10000-01-01T00:00:00+00:00', '2026-01-10T16:25:40+99:99', '1970-01-01T00:00:00+00:00', ''),
);

const change = fc.record({
  status: fc.constantFrom<FileChange['status']>('A', 'M', 'D', 'R', 'C', 'T'),
  score: fc.integer({ min: 50, max: 100 }),
  path,
  oldPath: path,
  oldBlob: sha,
  newBlob: sha,
  newMode: fc.constantFrom('100644', '100755', '120000', '160000'),
});

const commit = fc.record({
  sha,
  parents: fc.array(sha, { maxLength: 3 }),
  authorName: field,
  authorEmail: field,
  authorDate: date,
  committerEmail: field,
  // A subject never starts with a newline and is never a change line (git folds the first paragraph).
  subject: field.map((s) => s.replace(/^[\n:]+/, '').replace(/\n/g, ' ')),
  body: field,
  changes: fc.array(change, { maxLength: 4 }),
});

type GeneratedCommit = typeof commit extends fc.Arbitrary<infer T> ? T : never;

/** Prints commits exactly as `git log -z --format=<LOG_FORMAT> --raw --no-abbrev -M` does. */
function print(commits: readonly GeneratedCommit[]): Buffer {
  let out = '';
  for (const c of commits) {
    out += [c.sha, c.parents.join(' '), c.authorName, c.authorEmail, c.authorDate, c.committerEmail, c.subject, c.body].join('\0') + '\0';
    c.changes.forEach((ch, i) => {
      const renamed = ch.status === 'R' || ch.status === 'C';
      out += `${i === 0 ? '\n' : ''}:100644 ${ch.newMode} ${ch.oldBlob} ${ch.newBlob} ${ch.status}${renamed ? String(ch.score).padStart(3, '0') : ''}\0`;
      out += renamed ? `${ch.oldPath}\0${ch.path}\0` : `${ch.path}\0`;
    });
  }
  return Buffer.from(out, 'utf8');
}

/** What the parser must give back for a generated commit. */
function expected(c: GeneratedCommit): LogCommit {
  const usable = /^\d{4}-/.test(c.authorDate) && !c.authorDate.startsWith('1970-') && !c.authorDate.includes('+99') && !c.authorDate.startsWith('10000');
  return {
    sha: c.sha,
    parents: c.parents,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    authorDate: usable ? c.authorDate : UNDATED,
    undated: usable ? undefined : true,
    committerEmail: c.committerEmail,
    subject: c.subject,
    body: c.body,
    changes: c.changes.map((ch) => {
      const renamed = ch.status === 'R' || ch.status === 'C';
      return { status: ch.status, score: renamed ? ch.score : undefined, path: ch.path, oldPath: renamed ? ch.oldPath : undefined, oldBlob: ch.oldBlob, newBlob: ch.newBlob, newMode: ch.newMode };
    }),
  };
}

/** Cuts bytes at the given offsets. */
function cut(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of at) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('the git log parser on generated histories', () => {
  it('reads back what git printed, however the stream is cut', () => {
    fc.assert(
      fc.property(fc.array(commit, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (commits, cuts) => {
        const out: LogCommit[] = [];
        const parser = new LogStreamParser((c) => out.push(c));
        for (const chunk of cut(print(commits), cuts)) parser.push(chunk);
        parser.end();
        expect(out).toEqual(commits.map(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('on any bytes, parses or raises a LogParseError, never another error', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 60 }), fc.constantFrom(...['\0', ':', '\n:100644 100644 ', ' R087\0', 'a\0b\0', `${'a'.repeat(40)}\0`].map((s) => Buffer.from(s)))), { maxLength: 20 }), (chunks) => {
        const parser = new LogStreamParser(() => undefined);
        try {
          for (const c of chunks) parser.push(c);
          parser.end();
        } catch (e) {
          expect(e).toBeInstanceOf(LogParseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
