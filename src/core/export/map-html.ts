import type { MapViewModel } from '../../shared/evidence-map-protocol';

/** The built webview app, as text, that an exported map carries inline. */
export interface MapHtmlAssets {
  /** dist/webview/evidence-map.js (an ES module). */
  readonly script: string;
  /** dist/webview/evidence-map.css. */
  readonly css: string;
  /** The codicon font, base64; without it the icons are simply absent. */
  readonly fontBase64?: string;
}

/** Hashing is a port so the core stays free of Node modules; the CLI passes node:crypto's SHA-256. */
export type Sha256Base64 = (text: string) => string;

/** The id of the element that carries the model; the webview reads it when there is no VS Code API. */
export const EMBEDDED_MODEL_ELEMENT_ID = 'evidence-map-model';

/**
 * One self-contained HTML file showing the Evidence Map: the same app and the same view model as
 * the panel, read-only, safe to mail to someone who does not use VS Code. Nothing is fetched: the
 * script and the stylesheet are inline and allowed by their hashes, the font is a data: URL, and
 * the model sits in a JSON element that is never executed, with every `<` escaped so that a
 * commit subject holding `</script>` cannot end the element.
 */
export function renderMapHtml(model: MapViewModel, assets: MapHtmlAssets, sha256: Sha256Base64): string {
  const json = embedJson({ ...model, interactive: false });
  const script = neutraliseClosingTag(assets.script, 'script');
  const css = neutraliseClosingTag(inlineFont(assets.css, assets.fontBase64), 'style');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(script)}'`,
    `style-src 'sha256-${sha256(css)}'`,
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = `Evidence Map · ${model.person.name} · ${model.window.label}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<script type="application/json" id="${EMBEDDED_MODEL_ELEMENT_ID}">${json}</script>`,
    `<script type="module">${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON for a script element: `<` becomes `\u003c` (still the same JSON string to a parser), so
 * neither `</script>` nor `<!--` can appear, and the line separators JSON allows but old parsers
 * choke on are escaped too.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Our own bundle and stylesheet never need a literal closing tag, but a string inside them might
 * spell one; `<\/` means the same to JavaScript and CSS and cannot end the element.
 */
function neutraliseClosingTag(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

function inlineFont(css: string, fontBase64: string | undefined): string {
  if (!fontBase64) return css;
  return css.replace(/url\((["']?)\.\/codicon\.ttf[^)"']*\1\)/g, `url("data:font/ttf;base64,${fontBase64}")`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
