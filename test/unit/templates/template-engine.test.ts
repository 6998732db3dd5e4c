import { describe, expect, it } from 'vitest';
import { checkTemplate, renderTemplate } from '../../../src/core/templates/template-engine';
import { markdownLink, markdownText, trusted } from '../../../src/core/templates/markdown-text';
import { resolveTemplate, templateFile } from '../../../src/core/templates/template-source';
import { growthLayout } from '../../../src/core/layout';
import { MemoryFileStore } from '../../fakes/memory-file-store';

const data = { name: 'Alex', html: '<script>alert(1)</script>', items: [{ title: 'RFC 12' }, { title: 'ADR 3' }] };

describe('template engine: a hostile template renders inert text', () => {
  it('cannot reach the Function constructor through constructor chains', () => {
    const hostile = [
      "{{constructor.constructor('return process')()}}",
      '{{constructor.constructor}}',
      '{{name.constructor.constructor}}',
      '{{items.constructor.constructor}}',
      '{{#items}}{{constructor.constructor}}{{/items}}',
      '{{__proto__}}{{toString}}{{hasOwnProperty}}{{valueOf}}',
      '{{#constructor}}leak{{/constructor}}',
      '{{#items.constructor}}leak{{/items.constructor}}',
    ].join('|');
    const out = renderTemplate(hostile, data);
    expect(out).toBe('|||||||');
  });

  it('escapes data in triple mustaches and ampersand tags as well as in double ones', () => {
    const out = renderTemplate('{{html}} {{{html}}} {{&html}}', data);
    expect(out).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &lt;script&gt;alert(1)&lt;/script&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<');
  });

  it('renders records and lists printed as values as nothing instead of failing', () => {
    expect(renderTemplate('[{{items}}][{{{items}}}][{{#items}}{{.}}{{/items}}]', data)).toBe('[][][]');
  });

  it('does not let a missing value fall through to a same-named outer one', () => {
    expect(renderTemplate('{{#rows}}<{{name}}>{{/rows}}', { name: 'outer', rows: [{ name: undefined }, { name: 'inner' }] })).toBe('<><inner>');
  });

  it('renders partials as nothing and warns at their line', () => {
    const source = 'Packet for {{name}}\n\n{{> secrets}}\n';
    const checked = checkTemplate(source, 'growth/templates/packet.md.mustache');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.warnings).toHaveLength(1);
    expect(checked.warnings[0]).toMatchObject({ line: 3, severity: 'warning' });
    expect(renderTemplate(source, data)).toBe('Packet for Alex\n\n');
  });

  it('keeps the template\'s own Markdown and passes generator-built links through', () => {
    const out = renderTemplate('# {{name}}\n{{#items}}- {{title}}\n{{/items}}{{link}}', { ...data, link: trusted(markdownLink('ledger [Nov]', '/growth/ledger/2026-11.md#L12')) });
    expect(out).toBe('# Alex\n- RFC 12\n- ADR 3\n[ledger \\[Nov\\]](/growth/ledger/2026-11.md#L12)');
  });
});

describe('Markdown text escaping', () => {
  it('stops data from forming HTML, links, images, table breaks or new lines', () => {
    expect(markdownText('![x](https://t.example/p.png) | <b>&</b>\n## Heading')).toBe('!\\[x\\](https://t.example/p.png) \\| &lt;b&gt;&amp;&lt;/b&gt; ## Heading');
  });

  it('refuses link targets with a scheme other than http(s)', () => {
    expect(markdownLink('click', 'javascript:alert(1)')).toBe('click');
    expect(markdownLink('doc', 'docs/a b(1).md')).toBe('[doc](docs/a%20b%281%29.md)');
  });
});

describe('broken and overriding templates', () => {
  const layout = growthLayout('growth');
  const builtin = 'built-in {{name}}';

  it('reports an unclosed section at its line and falls back to the built-in template', async () => {
    const file = templateFile(layout, 'packet');
    expect(file).toBe('growth/templates/packet.md.mustache');
    const store = new MemoryFileStore({ [file]: '# Packet\n\nIntro\n{{#criteria}}\n- {{name}}\n' });
    const resolved = await resolveTemplate(store, layout, 'packet', builtin);
    expect(resolved.source).toBe(builtin);
    expect(resolved.origin).toBe('builtin');
    expect(resolved.problems).toHaveLength(1);
    expect(resolved.problems[0]).toMatchObject({ file, line: 4, severity: 'error' });
    expect(resolved.problems[0]?.message).toContain('Unclosed section "criteria"');
  });

  it('reports an unopened section at the line of its closing tag', () => {
    const checked = checkTemplate('a\nb\n{{/goals}}\n', 'growth/templates/plan.md.mustache');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.line).toBe(3);
  });

  it('uses the team template when it parses', async () => {
    const file = templateFile(layout, 'review');
    const store = new MemoryFileStore({ [file]: 'Team review for {{name}}' });
    const resolved = await resolveTemplate(store, layout, 'review', builtin);
    expect(resolved).toEqual({ source: 'Team review for {{name}}', origin: file, problems: [] });
  });

  it('uses the built-in template silently when the team has none', async () => {
    const resolved = await resolveTemplate(new MemoryFileStore(), layout, 'plan', builtin);
    expect(resolved).toEqual({ source: builtin, origin: 'builtin', problems: [] });
  });
});
