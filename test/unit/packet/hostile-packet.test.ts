import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePacket } from '../../../src/core/packet/packet-service';
import { growthLayout } from '../../../src/core/layout';
import type { MapViewModel } from '../../../src/shared/evidence-map-protocol';
import { removeTemporaryFolders } from '../../git/helpers/repo-builder';
import { yearInputs, type YearInputs } from '../../fixtures/year/year-pipeline';
import { MemoryFileStore } from '../../fakes/memory-file-store';

const HOSTILE_TITLE = '<script>alert(1)</script> [click](javascript:alert(2)) ![x](https://tracker.example/p.png) | `code';

let year: YearInputs;
let model: MapViewModel;

beforeAll(async () => {
  year = await yearInputs();
  // Commit subjects and ledger titles come from the repository: make every one hostile.
  model = { ...year.model, person: { ...year.model.person, name: '<img src=x onerror=alert(3)>' }, evidence: year.model.evidence.map((r) => ({ ...r, title: `${r.title} ${HOSTILE_TITLE}` })) };
}, 60_000);

afterAll(() => removeTemporaryFolders());

describe('a packet from hostile data and a hostile team template', () => {
  it('renders inert text: no HTML, no injected link or image, no code reached', async () => {
    const layout = growthLayout('growth');
    const template = [
      "# {{name}} {{constructor.constructor('return process')()}}",
      '{{{name}}} {{&name}} {{__proto__}} {{sections.constructor.constructor}}',
      '{{> secrets}}',
      '{{#appendix}}',
      '- {{{title}}} ({{{links}}})',
      '{{/appendix}}',
      '',
    ].join('\n');
    const store = new MemoryFileStore({ 'growth/templates/packet.md.mustache': template });
    const result = await writePacket(store, layout, { model, date: '2026-12-01', repositories: year.repositories, planFile: 'growth/plan.md' }, 'staff');
    expect(result.problems).toEqual([expect.objectContaining({ file: 'growth/templates/packet.md.mustache', line: 3, severity: 'warning' })]);
    const text = store.files.get(result.path) ?? '';
    const lines = text.split('\n');
    expect(lines[0]).toBe('# &lt;img src=x onerror=alert(3)&gt; ');
    expect(lines[1]).toBe('&lt;img src=x onerror=alert(3)&gt; &lt;img src=x onerror=alert(3)&gt;  ');
    expect(text).not.toMatch(/<[a-z!/]/i);
    // Brackets from data are backslash-escaped, so no link or image can start or end in it.
    expect(text).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(text).not.toMatch(/(?<!\\)!\[x(?<!\\)\]/);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(2)) !\\[x\\](https://tracker.example/p.png) \\| \\`code');
    expect(lines.filter((l) => l.startsWith('- ')).length).toBe(model.evidence.length);
  });

  it('falls back to the built-in template when a team template would render without end', async () => {
    const many = { ...model, evidence: Array.from({ length: 80 }, () => model.evidence).flat() };
    const store = new MemoryFileStore({ 'growth/templates/packet.md.mustache': '{{#appendix}}{{#appendix}}{{date}}{{/appendix}}{{/appendix}}\n' });
    const started = performance.now();
    const result = await writePacket(store, growthLayout('growth'), { model: many, date: '2026-12-01', repositories: year.repositories, planFile: 'growth/plan.md' }, 'staff');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'growth/templates/packet.md.mustache', line: 1, message: expect.stringContaining('built-in template is used') })]);
    expect(store.files.get(result.path)).toMatch(/^# Promotion packet: /);
  }, 30_000);
});
