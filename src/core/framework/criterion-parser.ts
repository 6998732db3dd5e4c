import type { Area, Criterion, Level, Signals } from '../model/types';
import { didYouMean, knownList } from '../model/closest-id';
import { type FieldReader, type YamlPath } from '../model/yaml-fields';
import { isKebabId, toKebabId } from './criteria-index';
import { readGlobs } from './glob-check';

const CRITERION_KEYS = ['id', 'name', 'area', 'description', 'expectations', 'signals'] as const;
const SIGNAL_KEYS = ['kinds', 'paths', 'keywords'] as const;
const AREAS: readonly Area[] = ['technical', 'soft'];

/** What a criterion is checked against. */
export interface CriterionContext {
  readonly levels: readonly Level[];
  readonly signalKinds: ReadonlySet<string>;
  /** Criteria of the framework this one extends: an entry with the same id overrides one of them. */
  readonly base: ReadonlyMap<string, Criterion>;
}

/**
 * Reads the `criteria:` list. A criterion with an unusable id is left out (ratings and tags could
 * not name it); everything else is kept with its problems reported. With a base framework, an
 * entry whose id the base already has replaces only the fields it gives.
 */
export function parseCriteria(reader: FieldReader, value: unknown, path: YamlPath, ctx: CriterionContext): Criterion[] {
  // Inherited criteria only keep expectations for levels this framework still has.
  const out = new Map<string, Criterion>([...ctx.base].map(([id, c]) => [id, { ...c, expectations: keepKnownLevels(c.expectations, ctx.levels) }]));
  const seen = new Set<string>();
  reader.list(value, path, '`criteria`').forEach((item, i) => {
    const at = [...path, i];
    const entry = reader.mapping(item, at, 'each criterion');
    if (!entry) return;
    const id = reader.text(entry.id, [...at, 'id'], 'a criterion `id`');
    if (id === undefined || id === '') {
      reader.report(at, 'criterion has no `id`; give it a kebab-case id such as `code-quality`');
      return;
    }
    if (!isKebabId(id)) {
      const fix = toKebabId(id);
      reader.report([...at, 'id'], `criterion id \`${id}\` is not kebab-case${fix ? `; use \`${fix}\`` : ''} (lowercase words joined by hyphens)`);
      return;
    }
    if (seen.has(id)) {
      reader.report([...at, 'id'], `criterion \`${id}\` is defined twice; keep one of them (the first is used)`);
      return;
    }
    seen.add(id);
    out.set(id, readCriterion(reader, entry, at, id, ctx));
  });
  return [...out.values()];
}

function readCriterion(reader: FieldReader, entry: Record<string, unknown>, at: YamlPath, id: string, ctx: CriterionContext): Criterion {
  reader.unknownKeys(entry, CRITERION_KEYS, at, `criterion \`${id}\``);
  const base = ctx.base.get(id);
  const name = reader.text(entry.name, [...at, 'name'], '`name`') || base?.name || titleOf(id);
  const description = reader.text(entry.description, [...at, 'description'], '`description`') ?? base?.description ?? '';
  const area = readArea(reader, entry.area, [...at, 'area'], id, base?.area);
  const expectations = {
    ...keepKnownLevels(base?.expectations ?? {}, ctx.levels),
    ...readExpectations(reader, entry.expectations, [...at, 'expectations'], id, ctx.levels),
  };
  const missing = ctx.levels.filter((l) => !(l.id in expectations)).map((l) => l.id);
  if (missing.length > 0 && missing.length < ctx.levels.length) {
    reader.report(at, `criterion \`${id}\` has no expectation for ${missing.join(', ')}; the gap table will show nothing there`, 'info');
  } else if (missing.length > 0) {
    reader.report(at, `criterion \`${id}\` has no \`expectations\`; add one line per level (${knownList(ctx.levels.map((l) => l.id))})`, 'warning');
  }
  const signals = readSignals(reader, entry.signals, [...at, 'signals'], id, ctx.signalKinds, base?.signals);
  return { id, name, area, description, expectations, signals };
}

function readArea(reader: FieldReader, value: unknown, path: YamlPath, id: string, inherited: Area | undefined): Area {
  const text = reader.text(value, path, '`area`');
  if (text === undefined) {
    if (inherited) return inherited;
    reader.report(path, `criterion \`${id}\` has no \`area\`; write \`area: technical\` or \`area: soft\` (read as technical for now)`, 'warning');
    return 'technical';
  }
  const area = AREAS.find((a) => a === text.toLowerCase());
  if (area) return area;
  reader.report(path, `area \`${text}\` of criterion \`${id}\` must be \`technical\` or \`soft\`${didYouMean(text, AREAS)}`);
  return inherited ?? 'technical';
}

function readExpectations(reader: FieldReader, value: unknown, path: YamlPath, id: string, levels: readonly Level[]): Record<string, string> {
  const map = reader.mapping(value, path, '`expectations`');
  const out: Record<string, string> = {};
  if (!map) return out;
  const levelIds = levels.map((l) => l.id);
  for (const [level, text] of Object.entries(map)) {
    const at = [...path, level];
    if (!levelIds.includes(level)) {
      reader.report(at, `criterion \`${id}\` has an expectation for level \`${level}\`, which the framework does not define${didYouMean(level, levelIds)}; known: ${knownList(levelIds)}`);
      continue;
    }
    // A list of behaviours is common in published ladders; it reads as one line here.
    const lines = Array.isArray(text) ? reader.textList(text, at, `the \`${level}\` expectation`) : [reader.text(text, at, `the \`${level}\` expectation`) ?? ''];
    const joined = lines.filter((l) => l !== '').join('; ');
    if (joined === '') reader.report(at, `the \`${level}\` expectation of \`${id}\` is empty`, 'warning');
    else out[level] = joined;
  }
  return out;
}

function keepKnownLevels(expectations: Readonly<Record<string, string>>, levels: readonly Level[]): Record<string, string> {
  return Object.fromEntries(levels.flatMap((l) => (expectations[l.id] === undefined ? [] : [[l.id, expectations[l.id] as string]])));
}

function readSignals(reader: FieldReader, value: unknown, path: YamlPath, id: string, signalKinds: ReadonlySet<string>, base: Signals | undefined): Signals {
  const map = reader.mapping(value, path, '`signals`');
  if (!map) return base ?? { kinds: [], paths: [], keywords: [] };
  reader.unknownKeys(map, SIGNAL_KEYS, path, `the signals of \`${id}\``);
  const kinds = 'kinds' in map ? reader.textList(map.kinds, [...path, 'kinds'], '`signals.kinds`') : [...(base?.kinds ?? [])];
  kinds.forEach((kind, i) => {
    if (!signalKinds.has(kind)) {
      reader.report([...path, 'kinds', i], `evidence kind \`${kind}\` in the signals of \`${id}\` is not known${didYouMean(kind, signalKinds)}; add it under \`kinds:\` at the top of the framework if it is new (known: ${knownList(signalKinds, 16)})`, 'warning');
    }
  });
  const paths = 'paths' in map ? readGlobs(reader, map.paths, [...path, 'paths'], `the signals of \`${id}\``) : [...(base?.paths ?? [])];
  const keywords = 'keywords' in map ? reader.textList(map.keywords, [...path, 'keywords'], '`signals.keywords`') : [...(base?.keywords ?? [])];
  return { kinds, paths, keywords };
}

function titleOf(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
