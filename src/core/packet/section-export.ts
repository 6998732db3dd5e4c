import type { CriterionSection } from './criterion-section';

/**
 * *Copy Section as Plain Text*: the criterion's section for review tools that take plain text.
 * Links become their label followed by the web URL when there is one; repository paths stay as
 * names (a review tool cannot open them).
 */
export function sectionAsPlainText(section: CriterionSection): string {
  const lines = [section.name, ''];
  if (section.expectation !== undefined) lines.push(`${section.targetLevel} expectation: ${section.expectation}`);
  if (section.ratings !== undefined) lines.push(`Ratings: ${section.ratings}`);
  lines.push(`Evidence (${section.evidenceCount}):`);
  for (const item of section.items) {
    const where = item.links.map((l) => (l.web && l.href && /^https?:\/\//.test(l.href) ? `${l.label} <${l.href}>` : l.label)).join('; ');
    lines.push(`- ${item.date} ${item.kind}: ${oneLine(item.title)}${where ? ` (${where})` : ''}`);
  }
  if (section.items.length === 0) lines.push('- none in this window');
  if (section.more > 0) lines.push(`- … and ${section.more} more`);
  if (section.missing !== undefined) lines.push(`Still missing: ${section.missing}`);
  return `${lines.join('\n')}\n`;
}

/**
 * *Copy Section as HTML*: the same content as a fragment for rich-text review tools. Every piece
 * of text is escaped; only web (http/https) links become anchors.
 */
export function sectionAsHtml(section: CriterionSection): string {
  const out = [`<h3>${html(section.name)}</h3>`];
  if (section.expectation !== undefined) out.push(`<p><strong>${html(section.targetLevel)} expectation:</strong> ${html(section.expectation)}</p>`);
  if (section.ratings !== undefined) out.push(`<p><strong>Ratings:</strong> ${html(section.ratings)}</p>`);
  out.push(`<p><strong>Evidence (${section.evidenceCount}):</strong></p>`, '<ul>');
  for (const item of section.items) {
    const where = item.links
      .map((l) => (l.web && l.href && /^https?:\/\//.test(l.href) ? `<a href="${html(l.href)}">${html(l.label)}</a>` : html(l.label)))
      .join('; ');
    out.push(`<li>${html(item.date)} ${html(item.kind)}: ${html(oneLine(item.title))}${where ? ` (${where})` : ''}</li>`);
  }
  if (section.items.length === 0) out.push('<li>none in this window</li>');
  if (section.more > 0) out.push(`<li>… and ${section.more} more</li>`);
  out.push('</ul>');
  if (section.missing !== undefined) out.push(`<p><strong>Still missing:</strong> ${html(section.missing)}</p>`);
  return `${out.join('\n')}\n`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
