import matter from 'gray-matter';
import { parseYaml, type YamlText } from './yaml-document';
import { problem, type Problem } from '../problems';

/** The front matter of a Markdown file and the Markdown after it. */
export interface FrontMatter {
  /** The mapping in the front matter; `{}` when there is none or it could not be read. */
  readonly data: Record<string, unknown>;
  /** The Markdown after the closing `---`. */
  readonly content: string;
  /** 1-based line of the first line of `content` in the file. */
  readonly contentLine: number;
  readonly hasFrontMatter: boolean;
  readonly problems: Problem[];
  /** 1-based file line of a front-matter value. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const OPENING = /^\uFEFF?---([^\r\n]*)\r?\n/;

/**
 * The one way this project reads front matter. gray-matter evaluates `---js` and
 * `---javascript` blocks with `eval` by default; here any language but YAML is refused before
 * gray-matter sees the text, and the engine table handed to gray-matter refuses them again, so a
 * note from an untrusted repository can never run code. Options are always passed, which keeps
 * gray-matter from using its process-wide cache (cached results are shared, mutable objects).
 */
export function parseFrontMatter(text: string, file: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return plain(text, file, []);
  const language = (opening[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    const refusal = problem(
      file,
      1,
      `front matter in "${language}" is not allowed and was not run; only YAML front matter ("---") is read`,
    );
    return plain(text, file, [refusal]);
  }
  let yaml: YamlText | undefined;
  const refuse = (): never => {
    throw new Error('executable front matter is disabled');
  };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text.replace(/^\uFEFF/, ''), {
      language: 'yaml',
      excerpt: false,
      engines: {
        yaml: (source: string) => {
          // gray-matter hands over the text after `---`, usually starting with that line's newline;
          // CRLF files leave a stray `\r` before the closing fence, which YAML would keep in the last value.
          const normalised = source.replace(/\r\n?/g, '\n');
          const offset = normalised.startsWith('\n') ? 0 : 1;
          yaml = parseYaml(normalised, file, offset);
          return (isMapping(yaml.data) ? yaml.data : {}) as object;
        },
        js: refuse,
        javascript: refuse,
        coffee: refuse,
        coffeescript: refuse,
        cson: refuse,
        json: refuse,
        toml: refuse,
      },
    });
  } catch (e) {
    return plain(text, file, [problem(file, 1, `front matter could not be read: ${e instanceof Error ? e.message : String(e)}`)]);
  }
  const problems = [...(yaml?.problems ?? [])];
  if (yaml && yaml.data !== null && yaml.data !== undefined && !isMapping(yaml.data)) {
    problems.push(problem(file, 2, 'front matter must be a mapping of `key: value` lines'));
  }
  const contentLine = countLines(text.length - parsed.content.length, text);
  return {
    data: { ...(parsed.data as Record<string, unknown>) },
    content: parsed.content,
    contentLine,
    hasFrontMatter: true,
    problems,
    lineOf: (path) => yaml?.lineOf(path),
  };
}

function plain(text: string, _file: string, problems: Problem[]): FrontMatter {
  return { data: {}, content: text, contentLine: 1, hasFrontMatter: false, problems, lineOf: () => undefined };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 1-based line at character offset `offset` of `text`. */
function countLines(offset: number, text: string): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
