import { describe, expect, it } from 'vitest';
import { mapPanelHtml } from '../../../src/extension/evidence-map/map-panel-html';

const page = mapPanelHtml({
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/evidence-map.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/evidence-map.css',
  nonce: 'bm9uY2Utb25l',
});

function csp(html: string): Map<string, string> {
  const content = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(content.split(';').map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));
}

describe('the Evidence Map panel page', () => {
  it('allows only its nonce\'d script and resources from the extension', () => {
    const policy = csp(page);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'nonce-bm9uY2Utb25l'");
    expect(policy.get('style-src')).toBe('https://file+.vscode-resource.vscode-cdn.net');
    expect(policy.get('font-src')).toBe('https://file+.vscode-resource.vscode-cdn.net');
    expect(page).not.toContain('unsafe-inline');
    expect(page).not.toContain('unsafe-eval');
  });

  it('has exactly one script, external and carrying the nonce, and no inline style', () => {
    const scripts = page.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="module" nonce="bm9uY2Utb25l" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/evidence-map.js">']);
    expect(page).not.toMatch(/<style|style="/);
  });
});
