import { DOCUMENT_KINDS, type DocPathOverrides, type EvidenceWindow, type Framework, type Profile } from './types';
import type { Parsed, Problem } from '../problems';
import { parseYaml, isRecord } from '../yaml/yaml-document';
import { readGlobs } from '../framework/glob-check';
import { DEFAULT_FRAMEWORK_ID } from '../framework/default-framework';
import { didYouMean, knownList } from './closest-id';
import { isIsoDate, isoDateAdvice } from '../time/calendar';
import { FieldReader, type YamlPath } from './yaml-fields';

const PROFILE_KEYS = ['name', 'identities', 'level', 'targetLevel', 'framework', 'repositories', 'window', 'bots', 'paths'] as const;
const WINDOW_KEYS = ['since', 'months'] as const;
/** `Alex Chen <alex@example.com>`, the way git prints an identity. */
const NAME_AND_EMAIL = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/;

/**
 * A profile read without a framework yet: the framework it names decides which levels are valid,
 * so the loader reads this first, resolves the framework, then calls {@link checkProfileLevels}.
 */
export interface ProfileDraft {
  readonly value: Profile;
  readonly problems: readonly Problem[];
  /** Whether the file sets `framework` (otherwise `growth/framework.yml` is looked for). */
  readonly frameworkGiven: boolean;
  /** Line of a top-level key's value (e.g. `framework`), for problems found later. */
  lineOf(key: string): number;
}

/**
 * Parses `growth/profile.yml`:
 *
 * ```yaml
 * name: Alex Chen
 * identities: [Alex Chen, alex@example.com, "A. Chen <alex.chen@corp.example>"]
 * level: senior
 * targetLevel: staff
 * framework: builtin:default      # or a path relative to the growth folder, e.g. framework.yml
 * repositories: [../payments-api]  # extra repositories to mine
 * window: {since: 2026-01-01}      # or {months: 12}
 * bots: ["*[bot]*", ci@example.com]
 * paths: {rfc: ["proposals/**"], adr: ["**\/decisions/**"]}
 * ```
 *
 * Unknown keys are warned about and kept in `extra`.
 */
export function parseProfile(text: string, file: string, framework: Framework): Parsed<Profile> {
  const draft = readProfile(text, file);
  return { value: draft.value, problems: [...draft.problems, ...checkProfileLevels(draft, framework, file)] };
}

/** Reads everything in a profile that does not depend on the framework. */
export function readProfile(text: string, file: string): ProfileDraft {
  const yaml = parseYaml(text, file);
  const reader = new FieldReader(yaml, file);
  let data: Record<string, unknown> = {};
  if (isRecord(yaml.data)) data = yaml.data;
  else if (yaml.data !== null && yaml.data !== undefined) {
    reader.report([], `${file} must be a mapping of \`key: value\` lines (name, identities, level, …)`);
  }
  const unknown = reader.unknownKeys(data, PROFILE_KEYS, [], 'the profile');
  const identities = readIdentities(reader, data.identities);
  if (identities.length === 0 && yaml.problems.length === 0) {
    reader.report(['identities'], 'the profile has no `identities`: list every name and email you commit under (see `git config user.name` and `git config user.email`), or no git evidence can be credited to you');
  }
  let name = reader.text(data.name, ['name'], '`name`') ?? '';
  if (name === '') {
    name = identities.find((i) => !i.includes('@')) ?? '';
    if (yaml.problems.length === 0) reader.report(['name'], 'the profile has no `name`; packets will use your first identity', 'warning');
  }
  const level = reader.text(data.level, ['level'], '`level`') || undefined;
  const targetLevel = reader.text(data.targetLevel, ['targetLevel'], '`targetLevel`') || undefined;
  const value: Profile = {
    name,
    identities,
    ...(level ? { level } : {}),
    ...(targetLevel ? { targetLevel } : {}),
    framework: readFrameworkRef(reader, data.framework),
    repositories: reader.textList(data.repositories, ['repositories'], '`repositories`'),
    window: readWindow(reader, data.window),
    bots: readGlobs(reader, data.bots, ['bots'], '`bots`'),
    paths: readPaths(reader, data.paths),
    ...(unknown.length > 0 ? { extra: Object.fromEntries(unknown.map((k) => [k, data[k]])) } : {}),
  };
  const frameworkGiven = data.framework !== undefined && data.framework !== null && data.framework !== '';
  return { value, problems: [...yaml.problems, ...reader.problems], frameworkGiven, lineOf: (key) => reader.line([key]) };
}

/** Problems with the profile's levels against the framework it resolved to. */
export function checkProfileLevels(draft: ProfileDraft, framework: Framework, file: string): Problem[] {
  const problems: Problem[] = [];
  const ids = framework.levels.map((l) => l.id);
  const known = `known levels: ${knownList(ids)}`;
  const { level, targetLevel } = draft.value;
  const at = (key: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line: draft.lineOf(key), severity, message });
  const levelOk = level === undefined || ids.includes(level);
  const targetOk = targetLevel === undefined || ids.includes(targetLevel);
  if (!levelOk) at('level', `level \`${level}\` is not in the framework${didYouMean(level ?? '', ids)}; ${known}`);
  if (!targetOk) at('targetLevel', `targetLevel \`${targetLevel}\` is not in the framework${didYouMean(targetLevel ?? '', ids)}; ${known}`);
  if (level !== undefined && targetLevel !== undefined && levelOk && targetOk && ids.indexOf(targetLevel) <= ids.indexOf(level)) {
    at('targetLevel', `targetLevel \`${targetLevel}\` is not above your level \`${level}\`; levels go ${ids.join(' → ')}`, 'warning');
  }
  return problems;
}

function readIdentities(reader: FieldReader, value: unknown): string[] {
  const out: string[] = [];
  const add = (id: string | undefined) => {
    if (id !== undefined && id !== '' && !out.includes(id)) out.push(id);
  };
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  items.forEach((item, i) => {
    const at: YamlPath = Array.isArray(value) ? ['identities', i] : ['identities'];
    if (isRecord(item)) {
      // `- {name: Alex Chen, email: alex@example.com}` is how some people think of an identity.
      add(reader.text(item.name, [...at, 'name'], 'an identity name'));
      for (const email of reader.textList(item.email ?? item.emails, [...at, 'email'], 'an identity email')) add(email);
      return;
    }
    const text = reader.text(item, at, 'an identity');
    const m = text === undefined ? null : NAME_AND_EMAIL.exec(text);
    if (m) {
      add(m[1]?.trim());
      add(m[2]);
    } else add(text);
  });
  return out;
}

function readFrameworkRef(reader: FieldReader, value: unknown): string {
  const ref = reader.text(value, ['framework'], '`framework`');
  if (ref === undefined || ref === '') return DEFAULT_FRAMEWORK_ID;
  if (ref.startsWith('builtin:') && ref !== DEFAULT_FRAMEWORK_ID) {
    reader.report(['framework'], `there is no built-in framework \`${ref}\`; use \`${DEFAULT_FRAMEWORK_ID}\` or a path relative to the growth folder (e.g. \`framework.yml\`)`);
    return DEFAULT_FRAMEWORK_ID;
  }
  return ref;
}

function readWindow(reader: FieldReader, value: unknown): EvidenceWindow {
  const map = reader.mapping(value, ['window'], '`window`');
  if (!map) return {};
  reader.unknownKeys(map, WINDOW_KEYS, ['window'], '`window`');
  const sinceText = reader.text(map.since, ['window', 'since'], '`window.since`');
  const since = sinceText !== undefined && isIsoDate(sinceText) ? sinceText : undefined;
  if (sinceText !== undefined && since === undefined) reader.report(['window', 'since'], `window.since: ${isoDateAdvice(sinceText)}`);
  let months: number | undefined;
  if (map.months !== undefined && map.months !== null) {
    if (typeof map.months === 'number' && Number.isInteger(map.months) && map.months > 0) months = map.months;
    else reader.report(['window', 'months'], `window.months must be a whole number of months above 0 (e.g. 12), not \`${String(map.months)}\``);
  }
  if (since !== undefined && months !== undefined) {
    reader.report(['window', 'months'], 'window gives both `since` and `months`; `since` is used, remove one of them', 'warning');
    return { since };
  }
  return { ...(since ? { since } : {}), ...(months ? { months } : {}) };
}

function readPaths(reader: FieldReader, value: unknown): DocPathOverrides {
  const map = reader.mapping(value, ['paths'], '`paths`');
  if (!map) return {};
  reader.unknownKeys(map, DOCUMENT_KINDS, ['paths'], '`paths`');
  const out: { -readonly [K in keyof DocPathOverrides]: DocPathOverrides[K] } = {};
  for (const kind of DOCUMENT_KINDS) {
    if (kind in map) out[kind] = readGlobs(reader, map[kind], ['paths', kind], `\`paths.${kind}\``);
  }
  return out;
}
