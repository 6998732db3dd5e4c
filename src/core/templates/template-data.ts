import { isTrusted, markdownText } from './markdown-text';

/**
 * What a template may see: strings, numbers, booleans, lists and records, nothing else. Values of
 * this shape are built by the packet, review and plan generators and converted by
 * {@link toTemplateData} just before rendering.
 */
export type TemplateValue =
  | string
  | number
  | boolean
  | undefined
  | { readonly trustedMarkdown: string }
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };

/** A record of template values (the top level of a template's data). */
export type TemplateRecord = { readonly [key: string]: TemplateValue };

const MAX_DEPTH = 32;

/**
 * Converts generator data into what the template engine walks, closing every door a template
 * could use to reach code:
 * - records and lists get a `null` prototype, so names like `constructor`, `__proto__`,
 *   `toString` or `hasOwnProperty` resolve to nothing (mustache only looks up names that are `in`
 *   the object);
 * - functions, symbols, bigints, dates and class instances are dropped (no lambdas, nothing
 *   callable reaches the engine);
 * - every plain string is escaped with {@link markdownText} here, once, so that `{{x}}` and
 *   `{{{x}}}` render the same inert text: a team's template cannot un-escape data;
 * - only {@link TrustedMarkdown} built by the generators passes through unescaped.
 */
export function toTemplateData(value: TemplateRecord): Record<string, unknown> {
  return convertRecord(value, 0) ?? Object.create(null);
}

function convert(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return markdownText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (isTrusted(value)) return value.trustedMarkdown;
  if (Array.isArray(value)) return convertList(value, depth);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return convertRecord(value as Record<string, unknown>, depth);
  }
  return undefined;
}

function convertList(list: readonly unknown[], depth: number): unknown[] | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  const out: unknown[] = [];
  for (const item of list) {
    const v = convert(item, depth + 1);
    if (v !== undefined) out.push(v);
  }
  // Lists keep their length and indices (mustache iterates with them) and lose everything else.
  Object.setPrototypeOf(out, null);
  return out;
}

function convertRecord(record: Readonly<Record<string, unknown>>, depth: number): Record<string, unknown> | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '__proto__') continue;
    // A key whose value is absent stays, as `undefined`: mustache then stops at this record
    // instead of finding a same-named value further out (a section's missing `ratings` must not
    // render the packet's top-level `ratings`).
    out[key] = convert(record[key], depth + 1);
  }
  return out;
}
