import Mustache from 'mustache';
import { problem, type Problem } from '../problems';
import { toTemplateData, type TemplateRecord } from './template-data';

/** Templates larger than this are refused: a template is a page of Markdown, not a data file. */
export const MAX_TEMPLATE_CHARS = 200_000;

/** A template checked and parsed, ready to render; or why it cannot be used. */
export type CheckedTemplate =
  | { readonly ok: true; readonly source: string; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Parses a template with mustache's own parser (which builds a token list and never compiles to
 * JavaScript), so that a broken one is found before rendering and reported at its line. Partials
 * (`{{> name}}`) are not supported: a template cannot pull in another file; it gets a warning and
 * the partial renders as nothing.
 */
export function checkTemplate(source: string, file: string): CheckedTemplate {
  if (source.length > MAX_TEMPLATE_CHARS) {
    return { ok: false, problem: problem(file, 1, `the template is larger than ${MAX_TEMPLATE_CHARS} characters; the built-in template is used`) };
  }
  let tokens: unknown[];
  try {
    tokens = new Mustache.Writer().parse(source) as unknown[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /\bat (\d+)$/.exec(message);
    const fallback = at ? lineAt(source, Number(at[1])) : 1;
    const what = message.replace(/\s*at \d+$/, '');
    const unclosed = /^Unclosed section "([^"]*)"/.exec(what);
    const line = unclosed ? (openingLine(source, unclosed[1] ?? '', at ? Number(at[1]) : source.length) ?? fallback) : fallback;
    return { ok: false, problem: problem(file, line, `broken template: ${what}; the built-in template is used`) };
  }
  const warnings = partialTokens(tokens).map((offset) =>
    problem(file, lineAt(source, offset), 'partials ({{> name}}) are not supported in growth templates; this one renders as nothing', 'warning'),
  );
  return { ok: true, source, warnings };
}

/**
 * How much rendering one document may take. Logic-less does not mean cheap: a template can nest
 * a section over the appendix inside another one (20,000 × 20,000 rows). Counted per section
 * pass and per character produced, far above what any sensible template needs.
 */
export const RENDER_BUDGET = { passes: 2_000_000, characters: 64_000_000 };

/** A template that would take more than {@link RENDER_BUDGET} to render. */
export class TemplateBudgetError extends Error {
  constructor() {
    super('the template renders far more than a document needs (sections nested over long lists?)');
    this.name = 'TemplateBudgetError';
  }
}

/** mustache's writer with a budget on section passes and produced text. */
class BudgetWriter extends Mustache.Writer {
  private passes = 0;
  private characters = 0;

  override renderTokens(...args: Parameters<Mustache.Writer['renderTokens']>): string {
    if (++this.passes > RENDER_BUDGET.passes) throw new TemplateBudgetError();
    const out = super.renderTokens(...args);
    this.characters += out.length;
    if (this.characters > RENDER_BUDGET.characters) throw new TemplateBudgetError();
    return out;
  }
}

/**
 * Renders a checked template over generator data. The data is converted to inert, escaped,
 * prototype-free values first (see {@link toTemplateData}); the escape function is the identity
 * because escaping already happened there, once, for `{{x}}` and `{{{x}}}` alike. Throws
 * {@link TemplateBudgetError} when the template would take too much.
 */
export function renderTemplate(source: string, data: TemplateRecord): string {
  const writer = new BudgetWriter();
  const tokens = writer.parse(source) as unknown[];
  neutraliseNames(tokens);
  return writer.renderTokens(tokens as string[][], new Mustache.Context(toTemplateData(data)), undefined, source, { escape: printable });
}

/**
 * Renders with the team's template and falls back to the built-in one when rendering it fails
 * (its budget), with the reason as a problem at the template's first line.
 */
export function renderWithFallback(template: { readonly source: string; readonly origin: string }, builtin: string, data: TemplateRecord): { text: string; problems: Problem[] } {
  if (template.source === builtin) return { text: renderTemplate(builtin, data), problems: [] };
  try {
    return { text: renderTemplate(template.source, data), problems: [] };
  } catch (e) {
    if (!(e instanceof TemplateBudgetError)) throw e;
    return { text: renderTemplate(builtin, data), problems: [problem(template.origin, 1, `${e.message}; the built-in template is used`)] };
  }
}

/** Data is escaped already; a record or list printed as a value (`{{items}}`) renders as nothing. */
function printable(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** A name no data has: what a neutralised tag looks up (it contains no dot, so it is one plain lookup). */
const NOTHING = '\u0000';

/**
 * Makes every printing tag escape-printing, and replaces tag names that touch `Object.prototype` (`constructor`, `__proto__`, `hasOwnProperty`,
 * …) in any dotted segment. The data has no such keys, so they would render nothing anyway; but
 * mustache caches every looked-up name on a plain object, and caching `hasOwnProperty` breaks its
 * later lookups, so a template could make rendering throw.
 */
function neutraliseNames(tokens: readonly unknown[]): void {
  for (const t of tokens) {
    if (!Array.isArray(t)) continue;
    // `{{{x}}}` and `{{&x}}` become `{{x}}`: the data is escaped already, so they print the same,
    // and every printed value then goes through `printable` (a record printed raw would throw).
    if (t[0] === '&') t[0] = 'name';
    if ((t[0] === 'name' || t[0] === '#' || t[0] === '^') && typeof t[1] === 'string') {
      if (t[1].split('.').some((segment: string) => segment === '__proto__' || segment in Object.prototype)) t[1] = NOTHING;
    }
    if (Array.isArray(t[4])) neutraliseNames(t[4] as unknown[]);
  }
}

/** Line of the last `{{#name}}` / `{{^name}}` before `end`: where an unclosed section was opened. */
function openingLine(source: string, name: string, end: number): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\{\\{\\s*[#^]\\s*${escaped}\\s*\\}\\}`, 'g');
  let last: number | undefined;
  for (let m = re.exec(source); m && m.index < end; m = re.exec(source)) last = m.index;
  return last === undefined ? undefined : lineAt(source, last);
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Offsets of `{{> partial}}` tokens, nested sections included. Tokens are `[type, value, start, end, children?]`. */
function partialTokens(tokens: readonly unknown[]): number[] {
  const found: number[] = [];
  for (const t of tokens) {
    if (!Array.isArray(t)) continue;
    if (t[0] === '>' && typeof t[2] === 'number') found.push(t[2]);
    if (Array.isArray(t[4])) found.push(...partialTokens(t[4] as unknown[]));
  }
  return found;
}
