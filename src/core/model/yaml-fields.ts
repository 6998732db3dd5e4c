import { problem, type Problem, type Severity } from '../problems';
import type { YamlText } from '../yaml/yaml-document';
import { isRecord } from '../yaml/yaml-document';
import { didYouMean } from './closest-id';

/** A path into a YAML document, e.g. `['criteria', 3, 'signals', 'paths', 0]`. */
export type YamlPath = readonly (string | number)[];

/**
 * Reads loosely typed YAML values into typed ones, reporting each surprise at the line it was
 * written on. Shared by the profile, framework and assessments parsers so that their messages
 * read alike.
 */
export class FieldReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly yaml: YamlText,
    readonly file: string,
  ) {}

  /** The line of `path`, or of its nearest ancestor that was written down (a missing key reports at its parent). */
  line(path: YamlPath): number {
    for (let n = path.length; n >= 0; n--) {
      const line = this.yaml.lineOf(path.slice(0, n));
      if (line !== undefined) return line;
    }
    return 1;
  }

  report(path: YamlPath, message: string, severity: Severity = 'error'): void {
    this.problems.push(problem(this.file, this.line(path), message, severity));
  }

  /** A text value; numbers and booleans are read as the text written (`level: 3`). */
  text(value: unknown, path: YamlPath, what: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.report(path, `${what} must be text, not a ${describe(value)}`);
    return undefined;
  }

  /** A list of texts; a single text is read as a list of one, so `bots: ci-bot` works. */
  textList(value: unknown, path: YamlPath, what: string): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const one = this.text(value, path, what);
      return one === undefined || one === '' ? [] : [one];
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      const t = this.text(item, [...path, i], `each entry of ${what}`);
      if (t !== undefined && t !== '') out.push(t);
    });
    return out;
  }

  /** A mapping, or `undefined` (with a problem) when something else was written. */
  mapping(value: unknown, path: YamlPath, what: string): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (isRecord(value)) return value;
    this.report(path, `${what} must be a mapping of \`key: value\` lines, not a ${describe(value)}`);
    return undefined;
  }

  /** A list, or `[]` (with a problem) when something else was written. */
  list(value: unknown, path: YamlPath, what: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.report(path, `${what} must be a list (lines starting with \`- \`), not a ${describe(value)}`);
    return [];
  }

  /** Warns about keys this version does not read; they stay in the file untouched. */
  unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: YamlPath, where: string): string[] {
    const unknown = Object.keys(obj).filter((k) => !known.includes(k));
    for (const key of unknown) {
      this.report(
        [...path, key],
        `unknown key \`${key}\` in ${where}${didYouMean(key, known)}; it is kept in the file but not used`,
        'warning',
      );
    }
    return unknown;
  }
}

/** `mapping`, `list`, `number` … for messages about a value of the wrong shape. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty value';
  if (Array.isArray(value)) return 'list';
  if (isRecord(value)) return 'mapping';
  return typeof value === 'string' ? 'text' : typeof value;
}
