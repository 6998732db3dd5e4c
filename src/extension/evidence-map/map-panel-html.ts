/** What the panel's page needs from the host: VS Code's resource origin and the bundle's URIs. */
export interface MapPanelResources {
  /** `webview.cspSource`: the origin local resources are served from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** A fresh random value per page load. */
  readonly nonce: string;
}

/**
 * The panel's page: no inline script or style at all, one nonce'd module script, the stylesheet
 * and the codicon font from the extension's dist/webview, and nothing else loadable. The model
 * arrives by message, never in the markup.
 */
export function mapPanelHtml(r: MapPanelResources): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${r.nonce}'`,
    `style-src ${r.cspSource}`,
    `font-src ${r.cspSource}`,
    `img-src ${r.cspSource} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(r.styleUri)}">
<title>Evidence Map</title>
</head>
<body>
<script type="module" nonce="${attr(r.nonce)}" src="${attr(r.scriptUri)}"></script>
</body>
</html>`;
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
