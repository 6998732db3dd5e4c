import type { Area, Criterion, Framework, Level } from '../model/types';
import type { Parsed } from '../problems';
import { parseYaml, isRecord } from '../yaml/yaml-document';
import { FieldReader, type YamlPath } from '../model/yaml-fields';
import { toKebabId } from './criteria-index';
import { DEFAULT_FRAMEWORK, DEFAULT_SCALE } from './default-framework';
import { parseFramework, readScale } from './framework-parser';

/** Keys a published ladder uses for its groups of competencies (its "themes"). */
const THEME_KEYS = ['themes', 'areas', 'pillars', 'categories', 'tracks'] as const;
const COMPETENCY_KEYS = ['competencies', 'skills'] as const;
const EXPECTATION_KEYS = ['expectations', 'levels', 'behaviours', 'behaviors', 'criteria'] as const;
const TEXT_KEYS = ['expectations', 'criteria', 'behaviours', 'behaviors', 'description', 'summary', 'text'] as const;
/** Theme or competency names that describe working with people rather than with systems. */
const SOFT_HINT = /communicat|collaborat|leader|mentor|people|influence|culture|team|feedback|empathy|social|relationship|coach|citizenship/i;

/**
 * Imports a published, machine-readable career framework (levels × themes × competencies). The
 * accepted shape, with the alternative key names in brackets:
 *
 * ```yaml
 * name: Example Engineering Ladder        # [title]
 * levels:                                 # optional when competencies list their levels in order
 *   - {id: e1, name: Engineer I}          # [key, code, slug] / [title]; a bare name also works
 * themes:                                 # [areas, pillars, categories, tracks]; or a flat `competencies:`
 *   - name: Craft                         # [title]; `area: technical|soft` optional
 *     competencies:                       # [skills]
 *       - name: Code quality              # [title]; `id` optional (kebab-cased from the name)
 *         description: …                  # [summary]
 *         expectations:                   # [levels, behaviours, behaviors, criteria]
 *           e1: Writes tested code.       # level id or name → text or list of texts, or a list
 *           e2: [Reviews peers' code, …]  #   of {level, expectations|criteria|description: …} in ladder order
 * ```
 *
 * A competency's area is `soft` when it or its theme says so, or when the name is about people
 * (communication, collaboration, leadership, mentoring, …), else `technical`. Competencies whose
 * id matches a built-in criterion borrow its signals; others get their name as a keyword.
 */
export function importFramework(text: string, file: string): Parsed<Framework> {
  const yaml = parseYaml(text, file);
  const reader = new FieldReader(yaml, file);
  const data = reader.mapping(yaml.data, [], file) ?? {};
  const name = reader.text(data.name ?? data.title, [data.name !== undefined ? 'name' : 'title'], '`name`') || file;
  const groups = competencyGroups(reader, data);
  const levels = data.levels !== undefined ? readImportedLevels(reader, data.levels) : levelsFromCompetencies(groups);
  if (levels.length === 0) reader.report([], `no levels found in ${file}; add a top-level \`levels:\` list, most junior first`);
  const criteria = new Map<string, Criterion>();
  for (const group of groups) {
    group.items.forEach((item, i) => {
      const at = [...group.path, i];
      const c = readCompetency(reader, item, at, levels, group.theme);
      if (!c) return;
      const id = criteria.has(c.id) && group.theme ? `${toKebabId(group.theme)}-${c.id}` : c.id;
      if (criteria.has(id)) reader.report(at, `competency \`${c.id}\` appears twice; the second one is left out`, 'warning');
      else criteria.set(id, { ...c, id });
    });
  }
  if (criteria.size === 0) reader.report([], `no competencies found in ${file}; expected \`competencies:\` or \`themes:\` with competencies under them`);
  const scale = data.scale !== undefined ? readScale(reader, data.scale, ['scale']) : DEFAULT_SCALE;
  return { value: { id: file, name, scale, levels, criteria: [...criteria.values()], extraKinds: [] }, problems: [...yaml.problems, ...reader.problems] };
}

/**
 * Reads a framework file in whichever format it is written: Growth Ledger's own (`criteria:`)
 * or a published ladder (`competencies:`/`themes:` …, see {@link importFramework}).
 */
export function frameworkFromText(text: string, file: string): Parsed<Framework> {
  const data = parseYaml(text, file).data;
  const imported = isRecord(data) && !('criteria' in data) && [...THEME_KEYS, ...COMPETENCY_KEYS].some((k) => k in data);
  return imported ? importFramework(text, file) : parseFramework(text, file);
}

interface Group {
  readonly theme?: string;
  readonly themeArea?: Area;
  readonly items: unknown[];
  readonly path: YamlPath;
}

function competencyGroups(reader: FieldReader, data: Record<string, unknown>): Group[] {
  const groups: Group[] = [];
  for (const key of COMPETENCY_KEYS) {
    if (key in data) groups.push({ items: reader.list(data[key], [key], `\`${key}\``), path: [key] });
  }
  for (const key of THEME_KEYS) {
    reader.list(data[key], [key], `\`${key}\``).forEach((theme, t) => {
      const at = [key, t];
      const map = reader.mapping(theme, at, `each entry of \`${key}\``);
      if (!map) return;
      const themeName = reader.text(map.name ?? map.title, at, 'a theme name');
      const listKey = COMPETENCY_KEYS.find((k) => k in map);
      if (!listKey) {
        reader.report(at, `theme \`${themeName ?? t + 1}\` has no \`competencies:\` list`, 'warning');
        return;
      }
      groups.push({ theme: themeName, items: reader.list(map[listKey], [...at, listKey], `\`${listKey}\``), path: [...at, listKey] });
    });
  }
  return groups;
}

function readImportedLevels(reader: FieldReader, value: unknown): Level[] {
  const levels: Level[] = [];
  reader.list(value, ['levels'], '`levels`').forEach((item, i) => {
    const map = isRecord(item) ? item : undefined;
    const name = reader.text(map ? (map.name ?? map.title ?? map.id) : item, ['levels', i], 'a level');
    const rawId = map ? reader.text(map.id ?? map.key ?? map.code ?? map.slug, ['levels', i], 'a level id') : undefined;
    const id = rawId || toKebabId(name ?? '');
    if (!id || !name) {
      reader.report(['levels', i], 'level has neither an id nor a name; it is left out', 'warning');
      return;
    }
    if (levels.some((l) => l.id === id)) reader.report(['levels', i], `level \`${id}\` is listed twice; the second is left out`, 'warning');
    else levels.push({ id, name });
  });
  return levels;
}

/** Levels in the order the competencies list them, when the file has no `levels:` of its own. */
function levelsFromCompetencies(groups: readonly Group[]): Level[] {
  const levels: Level[] = [];
  for (const group of groups) {
    for (const item of group.items) {
      const list = isRecord(item) ? EXPECTATION_KEYS.map((k) => item[k]).find(Array.isArray) : undefined;
      for (const entry of list ?? []) {
        const label = isRecord(entry) ? (entry.level ?? entry.id ?? entry.name ?? entry.title) : undefined;
        if (typeof label !== 'string' && typeof label !== 'number') continue;
        const id = toKebabId(String(label)) || String(label);
        if (!levels.some((l) => l.id === id)) levels.push({ id, name: String(label) });
      }
    }
  }
  return levels;
}

function readCompetency(reader: FieldReader, item: unknown, at: YamlPath, levels: readonly Level[], theme: string | undefined): Criterion | undefined {
  const map = reader.mapping(item, at, 'each competency');
  if (!map) return undefined;
  const name = reader.text(map.name ?? map.title ?? map.id, at, 'a competency name');
  const id = toKebabId(reader.text(map.id, [...at, 'id'], 'a competency id') || name || '');
  if (!id || !name) {
    reader.report(at, 'competency has no name; it is left out', 'warning');
    return undefined;
  }
  const description = reader.text(map.description ?? map.summary, at, 'a description') ?? '';
  const explicitArea = reader.text(map.area, [...at, 'area'], '`area`');
  const area: Area = explicitArea === 'soft' || explicitArea === 'technical' ? explicitArea : SOFT_HINT.test(`${theme ?? ''} ${name}`) ? 'soft' : 'technical';
  const key = EXPECTATION_KEYS.find((k) => k in map);
  const expectations = key ? readExpectations(reader, map[key], [...at, key], levels, id) : {};
  const builtin = DEFAULT_FRAMEWORK.criteria.find((c) => c.id === id);
  const signals = builtin ? builtin.signals : { kinds: [], paths: [], keywords: [name.toLowerCase()] };
  return { id, name, area, description, expectations, signals };
}

function readExpectations(reader: FieldReader, value: unknown, at: YamlPath, levels: readonly Level[], id: string): Record<string, string> {
  const out: Record<string, string> = {};
  const levelFor = (label: string): Level | undefined => {
    const l = label.toLowerCase();
    return levels.find((level) => level.id.toLowerCase() === l || level.name.toLowerCase() === l || level.id === toKebabId(label));
  };
  const entries: [string, unknown, YamlPath][] = Array.isArray(value)
    ? value.flatMap((e, i): [string, unknown, YamlPath][] => {
        if (!isRecord(e)) return [];
        const label = e.level ?? e.id ?? e.name ?? e.title;
        const textKey = TEXT_KEYS.find((k) => k in e);
        return [[String(label ?? ''), textKey ? e[textKey] : undefined, [...at, i]]];
      })
    : Object.entries(reader.mapping(value, at, 'expectations') ?? {}).map(([k, v]): [string, unknown, YamlPath] => [k, v, [...at, k]]);
  for (const [label, text, where] of entries) {
    const level = levelFor(label);
    if (!level) {
      reader.report(where, `competency \`${id}\` names level \`${label}\`, which is not in the levels list; it is left out`, 'warning');
      continue;
    }
    const lines = reader.textList(text, where, 'an expectation');
    if (lines.length > 0) out[level.id] = lines.join('; ');
  }
  return out;
}
