import type { Assessment, Assessments, Assessor, Framework, Goal, Milestone } from './types';
import type { Parsed } from '../problems';
import { parseYaml, isRecord } from '../yaml/yaml-document';
import { didYouMean, knownList } from './closest-id';
import { isIsoDate, isoDateAdvice } from '../time/calendar';
import { FieldReader, type YamlPath } from './yaml-fields';

const TOP_KEYS = ['assessments', 'goals'] as const;
const ASSESSMENT_KEYS = ['date', 'by', 'ratings', 'note'] as const;
const GOAL_KEYS = ['criterion', 'goal', 'target', 'due', 'milestones'] as const;
const MILESTONE_KEYS = ['date', 'text', 'done'] as const;
const ASSESSORS: readonly Assessor[] = ['self', 'manager'];

/**
 * Parses `growth/assessments.yml`:
 *
 * ```yaml
 * assessments:
 *   - date: 2026-05-04
 *     by: self            # self | manager
 *     ratings:            # criterion id → rating on the framework's scale
 *       mentoring: 2
 *       architecture: 3
 *     note: Before the API standardisation project.
 * goals:
 *   - criterion: mentoring
 *     goal: Mentor four engineers, not two
 *     target: 3           # the rating aimed for
 *     due: 2026-12-01
 *     milestones:
 *       - {date: 2026-06-01, text: Start weekly office hours, done: true}
 *       - Write the onboarding guide   # a bare text is a milestone not done yet
 * ```
 *
 * An assessment without a real date or a valid `by`, and a goal without a known criterion or a
 * text, are left out (a gap table built on them would mislead); a rating for an unknown criterion
 * or off the scale is left out of its assessment. Each is reported at its line.
 */
export function parseAssessments(text: string, file: string, framework: Framework): Parsed<Assessments> {
  const yaml = parseYaml(text, file);
  const reader = new FieldReader(yaml, file);
  const data = reader.mapping(yaml.data, [], file) ?? {};
  reader.unknownKeys(data, TOP_KEYS, [], file);
  const ctx = { reader, framework, criteria: framework.criteria.map((c) => c.id) };
  const assessments = reader.list(data.assessments, ['assessments'], '`assessments`').flatMap((item, i) => readAssessment(ctx, item, ['assessments', i]));
  const goals = reader.list(data.goals, ['goals'], '`goals`').flatMap((item, i) => readGoal(ctx, item, ['goals', i]));
  return { value: { assessments, goals }, problems: [...yaml.problems, ...reader.problems] };
}

interface Context {
  readonly reader: FieldReader;
  readonly framework: Framework;
  readonly criteria: readonly string[];
}

function readAssessment(ctx: Context, item: unknown, at: YamlPath): Assessment[] {
  const { reader } = ctx;
  const entry = reader.mapping(item, at, 'each assessment');
  if (!entry) return [];
  reader.unknownKeys(entry, ASSESSMENT_KEYS, at, 'an assessment');
  const date = readDate(reader, entry.date, [...at, 'date'], 'assessment `date`', true);
  const by = readAssessor(reader, entry.by, [...at, 'by']);
  const ratings: Record<string, number> = {};
  const map = reader.mapping(entry.ratings, [...at, 'ratings'], '`ratings`');
  for (const [criterion, rating] of Object.entries(map ?? {})) {
    const where = [...at, 'ratings', criterion];
    if (!knownCriterion(ctx, criterion, where)) continue;
    const n = readRating(ctx, rating, where, `rating for \`${criterion}\``);
    if (n !== undefined) ratings[criterion] = n;
  }
  if (!map) reader.report(at, 'assessment has no `ratings`; add `ratings:` with one `criterion: rating` line per criterion', 'warning');
  const note = reader.text(entry.note, [...at, 'note'], '`note`');
  if (date === undefined || by === undefined) return [];
  return [{ date, by, ratings, ...(note ? { note } : {}), line: reader.line(at) }];
}

function readGoal(ctx: Context, item: unknown, at: YamlPath): Goal[] {
  const { reader } = ctx;
  const entry = reader.mapping(item, at, 'each goal');
  if (!entry) return [];
  reader.unknownKeys(entry, GOAL_KEYS, at, 'a goal');
  const criterion = reader.text(entry.criterion, [...at, 'criterion'], 'goal `criterion`');
  if (criterion === undefined || criterion === '') reader.report(at, `goal has no \`criterion\`; name the criterion it develops (known: ${knownList(ctx.criteria)})`);
  const criterionOk = criterion !== undefined && criterion !== '' && knownCriterion(ctx, criterion, [...at, 'criterion']);
  const text = reader.text(entry.goal, [...at, 'goal'], '`goal`');
  if (!text) reader.report(at, 'goal has no `goal` text; say in one line what you want to be true (e.g. "Mentor four engineers")');
  const target = entry.target === undefined || entry.target === null ? undefined : readRating(ctx, entry.target, [...at, 'target'], 'goal `target`');
  const due = readDate(reader, entry.due, [...at, 'due'], 'goal `due`', false);
  const milestones = reader.list(entry.milestones, [...at, 'milestones'], '`milestones`').flatMap((m, i) => readMilestone(reader, m, [...at, 'milestones', i]));
  if (!criterionOk || !text || criterion === undefined) return [];
  return [{ criterion, text, ...(target !== undefined ? { target } : {}), ...(due ? { due } : {}), milestones, line: reader.line(at) }];
}

function readMilestone(reader: FieldReader, item: unknown, at: YamlPath): Milestone[] {
  if (!isRecord(item)) {
    const text = reader.text(item, at, 'a milestone');
    return text ? [{ text, done: false }] : [];
  }
  reader.unknownKeys(item, MILESTONE_KEYS, at, 'a milestone');
  const text = reader.text(item.text, [...at, 'text'], 'milestone `text`');
  const date = readDate(reader, item.date, [...at, 'date'], 'milestone `date`', false);
  let done = false;
  if (typeof item.done === 'boolean') done = item.done;
  else if (item.done !== undefined && item.done !== null) reader.report([...at, 'done'], `milestone \`done\` must be true or false, not \`${String(item.done)}\``, 'warning');
  if (!text) {
    reader.report(at, 'milestone has no `text`; say what will be done', 'warning');
    return [];
  }
  return [{ ...(date ? { date } : {}), text, done }];
}

function readDate(reader: FieldReader, value: unknown, at: YamlPath, what: string, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) reader.report(at, `${what} is missing; write the day as YYYY-MM-DD`);
    return undefined;
  }
  const text = typeof value === 'string' ? value.trim() : String(value);
  if (isIsoDate(text)) return text;
  reader.report(at, `${what}: ${isoDateAdvice(text)}`);
  return undefined;
}

function readAssessor(reader: FieldReader, value: unknown, at: YamlPath): Assessor | undefined {
  const text = reader.text(value, at, '`by`');
  if (text === undefined || text === '') {
    reader.report(at, 'assessment has no `by`; write `by: self` or `by: manager`');
    return undefined;
  }
  const by = ASSESSORS.find((a) => a === text.toLowerCase());
  if (!by) reader.report(at, `\`by: ${text}\` must be \`self\` or \`manager\`${didYouMean(text, ASSESSORS)}`);
  return by;
}

function knownCriterion(ctx: Context, id: string, at: YamlPath): boolean {
  if (ctx.criteria.includes(id)) return true;
  ctx.reader.report(at, `criterion \`${id}\` is not in the framework${didYouMean(id, ctx.criteria)}; known: ${knownList(ctx.criteria)}`);
  return false;
}

function readRating(ctx: Context, value: unknown, at: YamlPath, what: string): number | undefined {
  const { min, max } = ctx.framework.scale;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  ctx.reader.report(at, `${what} is \`${String(value)}\`; ratings go from ${min} to ${max} on this framework's scale`);
  return undefined;
}
