import type { Criterion, Framework, Level, RatingScale } from '../model/types';
import type { Parsed } from '../problems';
import { parseYaml, isRecord } from '../yaml/yaml-document';
import { didYouMean, knownList } from '../model/closest-id';
import { FieldReader, type YamlPath } from '../model/yaml-fields';
import { isKebabId, kindsOf, SIGNAL_ONLY_KINDS } from './criteria-index';
import { parseCriteria } from './criterion-parser';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_ID, DEFAULT_SCALE } from './default-framework';

const TOP_KEYS = ['id', 'name', 'extends', 'scale', 'levels', 'kinds', 'criteria'] as const;
const SCALE_KEYS = ['min', 'max', 'labels'] as const;
const LEVEL_KEYS = ['id', 'name', 'rank', 'technicalShare'] as const;
/** Level ids end up in file names (`packets/2026-11-20-staff.md`), so they stay path-safe. */
const LEVEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Frameworks a `framework.yml` may extend, by id. */
const BASES: ReadonlyMap<string, Framework> = new Map([[DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK]]);

/**
 * Parses `growth/framework.yml`, a team's own framework. The format:
 *
 * ```yaml
 * id: acme-backend              # optional; defaults to the file's path
 * name: Acme backend ladder     # optional
 * extends: builtin:default      # optional: start from the built-in framework
 * scale:                        # optional; default 1–4
 *   min: 1
 *   max: 4
 *   labels: {1: Developing, 2: Approaching expectations, 3: Meets expectations, 4: Exceeds expectations}
 * levels:                       # most junior first; `rank`, when given, must strictly increase
 *   - {id: senior, name: Senior Engineer, rank: 3, technicalShare: 70}   # optional: % technical work aimed for
 *   - staff                     # a bare id is fine too
 * kinds: [on-call]              # evidence kinds added to the built-in ones
 * criteria:
 *   - id: mentoring             # kebab-case, unique
 *     name: Mentoring
 *     area: soft                # technical | soft
 *     description: Helping other engineers grow.
 *     expectations:             # level id → text (a list of texts is joined)
 *       senior: Mentors one or two engineers with visible growth.
 *     signals:                  # what counts as evidence when nobody tagged it
 *       kinds: [mentoring, pairing]
 *       paths: ['**\/onboarding/**']   # picomatch globs, repository-relative
 *       keywords: [mentor, office hours]
 * ```
 *
 * With `extends`, levels and scale are inherited unless given, and a criterion whose id the base
 * has replaces only the fields it sets (expectations merge level by level). Whatever can be read
 * is returned; every problem carries its line.
 */
export function parseFramework(text: string, file: string): Parsed<Framework> {
  const yaml = parseYaml(text, file);
  const reader = new FieldReader(yaml, file);
  const empty: Framework = { id: file, name: file, scale: DEFAULT_SCALE, levels: [], criteria: [], extraKinds: [] };
  if (yaml.data === null || yaml.data === undefined) {
    if (yaml.problems.length === 0) reader.report([], `${file} is empty; describe \`levels\` and \`criteria\`, or delete it to use the built-in framework`);
    return { value: empty, problems: [...yaml.problems, ...reader.problems] };
  }
  if (!isRecord(yaml.data)) {
    reader.report([], `${file} must be a mapping with \`levels:\` and \`criteria:\`, not a ${Array.isArray(yaml.data) ? 'list' : 'single value'}`);
    return { value: empty, problems: [...yaml.problems, ...reader.problems] };
  }
  const data = yaml.data;
  reader.unknownKeys(data, TOP_KEYS, [], 'the framework');
  const base = readBase(reader, data.extends);
  const id = reader.text(data.id, ['id'], '`id`') || file;
  const name = reader.text(data.name, ['name'], '`name`') || id;
  const scale = 'scale' in data ? readScale(reader, data.scale, ['scale']) : (base?.scale ?? DEFAULT_SCALE);
  const levels = 'levels' in data || !base ? readLevels(reader, data.levels, ['levels']) : base.levels;
  const extraKinds = [...new Set([...(base?.extraKinds ?? []), ...readKinds(reader, data.kinds, ['kinds'])])];
  const criteria = parseCriteria(reader, data.criteria, ['criteria'], {
    levels,
    signalKinds: new Set([...kindsOf(extraKinds), ...SIGNAL_ONLY_KINDS]),
    base: new Map<string, Criterion>((base?.criteria ?? []).map((c) => [c.id, c])),
  });
  if (criteria.length === 0 && !('criteria' in data)) {
    reader.report([], 'the framework has no `criteria`; add a `criteria:` list (or `extends: builtin:default`)');
  }
  return { value: { id, name, scale, levels, criteria, extraKinds }, problems: [...yaml.problems, ...reader.problems] };
}

function readBase(reader: FieldReader, value: unknown): Framework | undefined {
  const ref = reader.text(value, ['extends'], '`extends`');
  if (ref === undefined || ref === '') return undefined;
  const base = BASES.get(ref);
  if (!base) reader.report(['extends'], `cannot extend \`${ref}\`${didYouMean(ref, BASES.keys())}; known: ${knownList(BASES.keys())}`);
  return base;
}

/** Reads `scale:`; a scale that cannot work (min ≥ max) falls back to 1–4 so ratings still validate. */
export function readScale(reader: FieldReader, value: unknown, path: YamlPath): RatingScale {
  const map = reader.mapping(value, path, '`scale`');
  if (!map) return DEFAULT_SCALE;
  reader.unknownKeys(map, SCALE_KEYS, path, '`scale`');
  const min = readInteger(reader, map.min, [...path, 'min'], '`scale.min`') ?? DEFAULT_SCALE.min;
  const max = readInteger(reader, map.max, [...path, 'max'], '`scale.max`') ?? DEFAULT_SCALE.max;
  if (min >= max) {
    reader.report(path, `scale min (${min}) must be below max (${max}); using ${DEFAULT_SCALE.min}–${DEFAULT_SCALE.max} until it is fixed`);
    return DEFAULT_SCALE;
  }
  const labels: Record<number, string> = {};
  const rawLabels = map.labels;
  // `labels: [Developing, …]` names the ratings from min upwards; a mapping names them by number.
  const entries: [string, unknown][] = Array.isArray(rawLabels)
    ? rawLabels.map((v, i) => [String(min + i), v])
    : Object.entries(reader.mapping(rawLabels, [...path, 'labels'], '`scale.labels`') ?? {});
  for (const [key, label] of entries) {
    const n = Number(key);
    const at = [...path, 'labels', Array.isArray(rawLabels) ? n - min : key];
    if (!Number.isInteger(n) || n < min || n > max) {
      reader.report(at, `scale label \`${key}\` is not a rating between ${min} and ${max}`, 'warning');
      continue;
    }
    const text = reader.text(label, at, 'a scale label');
    if (text) labels[n] = text;
  }
  return { min, max, labels };
}

function readInteger(reader: FieldReader, value: unknown, path: YamlPath, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  reader.report(path, `${what} must be a whole number, not \`${String(value)}\``);
  return undefined;
}

/** A level's `technicalShare`: a percentage from 0 to 100 (`70` or `70%`), the rest being soft work. */
function readShare(reader: FieldReader, value: unknown, path: YamlPath, id: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(value) ? Number.parseFloat(value) : Number.NaN;
  if (Number.isFinite(n) && n >= 0 && n <= 100) return n;
  reader.report(path, `technicalShare of level \`${id}\` must be a percentage from 0 to 100 (e.g. \`70\` for the seeds' 70/30 split)`, 'warning');
  return undefined;
}

/** Reads `levels:`, keeping the order written (most junior first). */
export function readLevels(reader: FieldReader, value: unknown, path: YamlPath): Level[] {
  const items = reader.list(value, path, '`levels`');
  if (items.length === 0) {
    reader.report(path, 'the framework has no `levels`; list them from the most junior to the most senior (e.g. junior, mid, senior, staff, principal)');
  }
  const levels: Level[] = [];
  let previous: { id: string; rank: number } | undefined;
  items.forEach((item, i) => {
    const at = [...path, i];
    const entry = isRecord(item) ? item : { id: item };
    if (isRecord(item)) reader.unknownKeys(item, LEVEL_KEYS, at, 'a level');
    const id = reader.text(entry.id, isRecord(item) ? [...at, 'id'] : at, 'a level `id`');
    if (id === undefined || id === '') {
      reader.report(at, 'level has no `id`; give it a short id such as `senior`');
      return;
    }
    if (!LEVEL_ID.test(id)) {
      reader.report(at, `level id \`${id}\` may only use letters, digits, \`.\`, \`_\` and \`-\` (it becomes part of file names)`);
      return;
    }
    if (levels.some((l) => l.id === id)) {
      reader.report(at, `level \`${id}\` is listed twice; keep one`);
      return;
    }
    const share = readShare(reader, entry.technicalShare, [...at, 'technicalShare'], id);
    levels.push({ id, name: reader.text(entry.name, [...at, 'name'], 'a level `name`') || id, ...(share !== undefined ? { technicalShare: share } : {}) });
    if (entry.rank === undefined) return;
    const rank = entry.rank;
    if (typeof rank !== 'number') {
      reader.report([...at, 'rank'], `rank of level \`${id}\` must be a number`);
      return;
    }
    if (previous && rank <= previous.rank) {
      reader.report([...at, 'rank'], `levels out of order: \`${id}\` (rank ${rank}) comes after \`${previous.id}\` (rank ${previous.rank}); list levels from the most junior to the most senior with increasing ranks`);
    }
    previous = { id, rank };
  });
  return levels;
}

function readKinds(reader: FieldReader, value: unknown, path: YamlPath): string[] {
  const builtin = kindsOf([]);
  const out: string[] = [];
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? [...path, i] : path;
    const kind = reader.text(item, at, 'an evidence kind');
    if (kind === undefined || kind === '') return;
    if (!isKebabId(kind)) reader.report(at, `evidence kind \`${kind}\` must be kebab-case (it is used as a tag, e.g. \`#on-call\`)`);
    else if (builtin.has(kind) || SIGNAL_ONLY_KINDS.includes(kind)) reader.report(at, `evidence kind \`${kind}\` is built in already`, 'info');
    else if (!out.includes(kind)) out.push(kind);
  });
  return out;
}
