import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { problem, type Problem } from '../problems';

/** A parsed YAML text: plain data, problems with lines, and a way to find where a value was written. */
export interface YamlText {
  readonly data: unknown;
  readonly problems: Problem[];
  /** 1-based line of the value at `path` (e.g. `['assessments', 2, 'ratings', 'mentoring']`), if present. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** Character offsets [start, end) of the value at `path` in the text the document was parsed from. */
  rangeOf(path: readonly (string | number)[]): readonly [number, number] | undefined;
}

/**
 * Parses YAML with the YAML 1.2 core schema: dates stay the strings the person wrote, duplicate
 * keys are problems, and alias expansion is bounded. `lineOffset` shifts reported lines when the
 * YAML is embedded (front matter starts on line 2 of its file).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlText {
  const tooDeep = nestingProblem(text);
  if (tooDeep !== undefined) {
    const refused = problem(file, tooDeep.line + lineOffset, `YAML nested deeper than ${MAX_NESTING} levels is not read; flatten it`);
    return { data: null, problems: [refused], lineOf: () => undefined, rangeOf: () => undefined };
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter,
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const line = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const problems: Problem[] = [];
  for (const err of doc.errors) {
    const start = err.pos[0];
    problems.push(problem(file, line(start), `YAML: ${firstLine(err.message)}`, 'error', lineCounter.linePos(start).col));
  }
  for (const warn of doc.warnings) {
    problems.push(problem(file, line(warn.pos[0]), `YAML: ${firstLine(warn.message)}`, 'warning'));
  }
  let data: unknown = null;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      problems.push(problem(file, 1 + lineOffset, `YAML: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  const nodeAt = (path: readonly (string | number)[]) => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    return isNode(node) && node.range ? node.range : undefined;
  };
  return {
    data,
    problems,
    lineOf: (path) => {
      const r = nodeAt(path);
      return r ? line(r[0]) : undefined;
    },
    rangeOf: (path) => {
      const r = nodeAt(path);
      return r ? [r[0], r[1]] as const : undefined;
    },
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/** True for a plain object (a YAML mapping), as opposed to arrays, null and scalars. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deeper nesting than any growth file needs; the YAML parser recurses per level. */
export const MAX_NESTING = 200;

/**
 * Finds nesting deep enough to exhaust the parser's stack. The yaml library recurses once per level,
 * and a second overflow in the same process can abort V8 itself (an extension host crash no
 * try/catch can stop), so such text from a cloned repository is refused before it is parsed.
 * Brackets inside quotes are counted too: a false alarm needs 200 of them, which no real file has.
 */
function nestingProblem(text: string): { line: number } | undefined {
  let depth = 0;
  let line = 1;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (atLineStart) {
      if (c === 32 || c === 45 /* - */ || c === 63 /* ? */) {
        indent++;
        if (indent > MAX_NESTING * 4) return { line };
        continue;
      }
      atLineStart = false;
    }
    if (c === 91 || c === 123) {
      depth++;
      if (depth > MAX_NESTING) return { line };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}
