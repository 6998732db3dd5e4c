import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../../../src/core/yaml/front-matter';
import { parseYaml } from '../../../src/core/yaml/yaml-document';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function markerPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gl-marker-'));
  dirs.push(dir);
  return join(dir, 'PWNED');
}

describe('front matter wrapper', () => {
  it('reads YAML front matter and keeps dates as the strings the person wrote', () => {
    const fm = parseFrontMatter('---\ntask: Retry budget\ndate: 2026-11-20\ncriteria: [architecture]\n---\n\n# Retry budget\n', 'n.md');
    expect(fm.data).toEqual({ task: 'Retry budget', date: '2026-11-20', criteria: ['architecture'] });
    expect(typeof fm.data['date']).toBe('string');
    expect(fm.content).toBe('\n# Retry budget\n');
    expect(fm.contentLine).toBe(6);
    expect(fm.lineOf(['criteria'])).toBe(4);
    expect(fm.problems).toEqual([]);
  });

  for (const lang of ['js', 'javascript', 'coffee', 'JS ']) {
    it(`refuses ---${lang.trim()} front matter without evaluating it`, () => {
      const marker = markerPath();
      const code = `{ a: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }`;
      const fm = parseFrontMatter(`---${lang}\n${code}\n---\nbody\n`, 'growth/notes/evil.md');
      expect(existsSync(marker)).toBe(false);
      expect(fm.data).toEqual({});
      expect(fm.hasFrontMatter).toBe(false);
      expect(fm.problems).toHaveLength(1);
      expect(fm.problems[0]).toMatchObject({ file: 'growth/notes/evil.md', line: 1, severity: 'error' });
      expect(fm.problems[0]?.message).toMatch(/not allowed and was not run/);
    });
  }

  it('gives each parse its own objects (no shared cache between parses)', () => {
    const text = '---\ntags: [a]\n---\nx';
    const first = parseFrontMatter(text, 'a.md');
    (first.data['tags'] as string[]).push('mutated');
    const second = parseFrontMatter(text, 'a.md');
    expect(second.data['tags']).toEqual(['a']);
  });

  it('reports malformed YAML at its line in the file and keeps the body', () => {
    const fm = parseFrontMatter('---\ntask: ok\ncriteria: [a, b\nstatus: open\n---\nbody\n', 'n.md');
    expect(fm.problems.length).toBeGreaterThan(0);
    expect(fm.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(fm.content).toBe('body\n');
  });

  it('treats a file without front matter as plain Markdown', () => {
    const fm = parseFrontMatter('# Title\n---\nnot front matter\n', 'n.md');
    expect(fm.hasFrontMatter).toBe(false);
    expect(fm.content).toBe('# Title\n---\nnot front matter\n');
    expect(fm.problems).toEqual([]);
  });

  it('handles CRLF and a byte-order mark', () => {
    const fm = parseFrontMatter('\uFEFF---\r\ntask: x\r\nstatus: open\r\n---\r\nbody\r\n', 'n.md');
    expect(fm.data).toEqual({ task: 'x', status: 'open' });
    expect(fm.problems).toEqual([]);
  });

  it('flags front matter that is a list rather than a mapping', () => {
    const fm = parseFrontMatter('---\n- a\n- b\n---\nbody', 'n.md');
    expect(fm.data).toEqual({});
    expect(fm.problems.some((p) => /mapping/.test(p.message))).toBe(true);
  });
});

describe('YAML documents', () => {
  it('reports duplicate keys with their line', () => {
    const y = parseYaml('name: A\nlevel: senior\nname: B\n', 'growth/profile.yml');
    expect(y.problems.some((p) => p.line === 3 && /unique|duplicate/i.test(p.message))).toBe(true);
  });

  it('bounds alias expansion (billion laughs)', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const y = parseYaml(lines.join('\n'), 'bomb.yml');
    expect(y.data).toBeNull();
    expect(y.problems.length).toBeGreaterThan(0);
  });

  it('finds where a nested value was written', () => {
    const y = parseYaml('assessments:\n  - date: 2026-09-01\n    ratings:\n      mentoring: 2\n', 'a.yml');
    expect(y.lineOf(['assessments', 0, 'ratings', 'mentoring'])).toBe(4);
    expect(y.lineOf(['missing'])).toBeUndefined();
  });
});

describe('YAML nesting that would exhaust the parser', () => {
  it('refuses deeply nested flow collections with a problem instead of crashing', () => {
    for (let i = 0; i < 3; i++) {
      const y = parseYaml(`a: ${'['.repeat(100_000)}`, 'growth/profile.yml');
      expect(y.data).toBeNull();
      expect(y.problems[0]?.message).toMatch(/nested deeper than 200 levels/);
    }
  });

  it('refuses deeply indented block nesting', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const y = parseYaml(lines.join('\n'), 'a.yml');
    expect(y.data).toBeNull();
    expect(y.problems[0]?.message).toMatch(/nested deeper/);
  });

  it('still reads ordinary nesting', () => {
    const y = parseYaml('a: [[1, [2, {b: [3]}]]]\nc:\n  d:\n    - e: 1\n', 'a.yml');
    expect(y.problems).toEqual([]);
    expect(y.data).toEqual({ a: [[1, [2, { b: [3] }]]], c: { d: [{ e: 1 }] } });
  });
});
