import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../src/core/framework/framework-parser';
import { parseLedger } from '../../../src/core/ledger/ledger-parser';
import { parseTwoNote } from '../../../src/core/notes/two-note-parser';
import type { Problem } from '../../../src/core/problems';
import { parseFrontMatter } from '../../../src/core/yaml/front-matter';
import { growthText, lineCount, markdownWithFrontMatter } from './arbitraries';

/**
 * SPEC §7 "bad input": whatever a growth file holds, its parser returns what it could read and
 * a problem located in that file; it never throws, and never runs anything the file names.
 */
const VOCAB = { kinds: new Set(['conversation', 'mentoring', 'incident', 'doc']), criteria: new Set(['communication', 'mentoring', 'cross-team']) };

/** Every problem names the file and a line that exists in it (one past the end for "missing at the end"). */
function expectLocated(problems: readonly Problem[], file: string, text: string): void {
  const lines = lineCount(text);
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(Number.isInteger(p.line)).toBe(true);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines + 1);
    expect(p.message.trim()).not.toBe('');
  }
}

const runs = { numRuns: 400 };

describe('growth file parsers on any input', () => {
  it('the ledger parser returns entries and located problems, never throws', () => {
    fc.assert(
      fc.property(growthText, (text) => {
        const file = 'growth/ledger/2026-11.md';
        const r = parseLedger(text, file, VOCAB);
        expectLocated(r.problems, file, text);
        // Located means at the right line: each entry at its heading, each bad date where it is written.
        const lines = text.split(/\r\n|\r|\n/);
        for (const e of r.value) {
          expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(lines[e.line - 1]).toMatch(new RegExp(`^\\s{0,3}##\\s.*${e.date}`));
        }
        for (const p of r.problems) {
          const bad = /^(\S+) is not a real date/.exec(p.message)?.[1];
          if (bad !== undefined) expect(lines[p.line - 1]).toContain(bad);
        }
      }),
      runs,
    );
  });

  it('the two-note parser returns a note and located problems, never throws', () => {
    fc.assert(
      fc.property(markdownWithFrontMatter, (text) => {
        const file = 'growth/notes/2026-11-20-retry.md';
        const r = parseTwoNote(text, file);
        expectLocated(r.problems, file, text);
      }),
      runs,
    );
  });

  it('the framework parser returns a framework and located problems, never throws', () => {
    fc.assert(
      fc.property(growthText, (text) => {
        const file = 'growth/framework.yml';
        const r = parseFramework(text, file);
        expectLocated(r.problems, file, text);
        expect(Array.isArray(r.value.criteria)).toBe(true);
      }),
      runs,
    );
  });

  it('the front-matter reader never throws and never evaluates a non-YAML block', () => {
    const g = globalThis as { pwned?: unknown };
    fc.assert(
      fc.property(markdownWithFrontMatter, fc.constantFrom('globalThis.pwned = true', '({ a: (globalThis.pwned = 1) })'), (text, code) => {
        const withCode = text.replace(/^(\uFEFF?---(?:js|javascript|coffee)\n)/, `$1${code}\n`);
        const file = 'growth/notes/x.md';
        const r = parseFrontMatter(withCode, file);
        expectLocated(r.problems, file, withCode);
        expect(typeof r.data).toBe('object');
        expect(g.pwned).toBeUndefined();
      }),
      runs,
    );
  });
});
