import picomatch from 'picomatch';
import type { FieldReader, YamlPath } from '../model/yaml-fields';

/**
 * Why `glob` cannot be used, or `undefined` when it is fine. Globs come from hand-written YAML
 * and are matched against repository-relative paths (or author names, for bots), so an absolute
 * path or an unclosed bracket is a mistake worth naming rather than a pattern that silently
 * never matches.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'an empty pattern matches nothing';
  if (glob.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(glob)) {
    return `\`${glob}\` is absolute; patterns are matched against paths relative to the repository root (e.g. \`**/adr/**\`)`;
  }
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return `\`${glob}\` is not a valid glob: ${why}`;
  }
  return undefined;
}

/** Valid globs from a list (or a single glob); each invalid one is reported and left out. */
export function readGlobs(reader: FieldReader, value: unknown, path: YamlPath, where: string): string[] {
  if (value === undefined || value === null) return [];
  const items: [unknown, YamlPath][] = Array.isArray(value) ? value.map((v, i) => [v, [...path, i]]) : [[value, path]];
  const out: string[] = [];
  for (const [item, at] of items) {
    const glob = reader.text(item, at, `each pattern in ${where}`);
    if (glob === undefined) continue;
    const why = globProblem(glob);
    if (why === undefined) out.push(glob);
    else reader.report(at, `${why} (in ${where})`);
  }
  return out;
}
