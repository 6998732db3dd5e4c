import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_MODEL_ELEMENT_ID, embedJson, renderMapHtml } from '../../../src/core/export/map-html';
import type { MapViewModel } from '../../../src/shared/evidence-map-protocol';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'map', 'view-model.json'), 'utf8')) as MapViewModel;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const assets = {
  script: 'const s = "</script><script>alert(1)</script>"; document.title = s;',
  css: '@font-face { src: url("./codicon.ttf?abc") format("truetype"); } body { content: "</style><img src=x>"; }',
  fontBase64: 'AAEAAA==',
};

/** The text between the opening tag with this id and the first closing tag of its kind, as an HTML parser would cut it. */
function elementText(html: string, id: string): string {
  const open = html.indexOf(`id="${id}">`);
  const start = html.indexOf('>', open) + 1;
  return html.slice(start, html.indexOf('</script', start));
}

describe('the self-contained Evidence Map file', () => {
  const html = renderMapHtml(fixture, assets, sha256);

  it('embeds the model as JSON that parses back to the model, read-only', () => {
    const parsed = JSON.parse(elementText(html, EMBEDDED_MODEL_ELEMENT_ID)) as MapViewModel;
    expect(parsed).toEqual({ ...fixture, interactive: false });
    expect(parsed.evidence.some((e) => e.title.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('keeps a title holding </script> inside the JSON element', () => {
    const hostile = { ...fixture, evidence: [{ ...fixture.evidence[0]!, title: '</script><script>alert("owned")</script><!--' }] };
    const out = renderMapHtml(hostile, assets, sha256);
    const json = elementText(out, EMBEDDED_MODEL_ELEMENT_ID);
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as MapViewModel).evidence[0]!.title).toBe('</script><script>alert("owned")</script><!--');
    // Only the two script elements the file is made of (the JSON and the bundle) are ever closed.
    expect(out.match(/<\/script/gi)).toHaveLength(2);
  });

  it('escapes the line separators JSON allows but a script parser may not', () => {
    expect(embedJson({ t: 'a\u2028b\u2029c' })).toBe('{"t":"a\\u2028b\\u2029c"}');
  });

  it('allows the inline bundle and stylesheet by their hashes and loads nothing from the network', () => {
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'sha256-${sha256(script)}'`);
    expect(policy).toContain(`style-src 'sha256-${sha256(style)}'`);
    expect(policy).not.toMatch(/unsafe-inline|https?:/);
    expect(html).not.toMatch(/\b(src|href)=["']?https?:/);
  });

  it('neutralises closing tags a bundle or stylesheet might spell, without changing their meaning', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('"<\\/script><script>alert(1)<\\/script>"');
    expect(html).not.toContain('"</style>');
  });

  it('carries the codicon font as a data: URL', () => {
    expect(html).toContain('url("data:font/ttf;base64,AAEAAA==")');
    expect(html).not.toContain('./codicon.ttf');
  });

  it('titles the page with the person and window, as text', () => {
    const evil = renderMapHtml({ ...fixture, person: { ...fixture.person, name: '<b>Dana</b>' } }, assets, sha256);
    expect(evil).toContain('<title>Evidence Map · &lt;b&gt;Dana&lt;/b&gt; · Dec 2025 – Nov 2026</title>');
  });
});
