import { Document } from 'yaml';
import type { Assessor } from './types';
import { parseYaml, isRecord } from '../yaml/yaml-document';
import { isIsoDate } from '../time/calendar';

/** One dated rating round to record, as the Record Assessment command collects it. */
export interface NewAssessment {
  readonly date: string;
  readonly by: Assessor;
  readonly ratings: Readonly<Record<string, number>>;
  readonly note?: string;
}

/**
 * How to add an assessment without touching a byte anyone wrote: create the file, insert text at
 * one offset (hand it to `GrowthFileStore.insert` with the text it was computed from), or explain
 * what the person has to fix first.
 */
export type AssessmentInsertion =
  | { readonly kind: 'create'; readonly text: string }
  | { readonly kind: 'insert'; readonly offset: number; readonly text: string }
  | { readonly kind: 'error'; readonly message: string };

const HEADER = [
  '# Self and manager assessments, one item per rating round, newest last.',
  '# Ratings use the framework\'s scale (1–4 by default). Growth Ledger adds items here and',
  '# never rewrites what is already written. Development goals go under a `goals:` key:',
  '#   goals:',
  '#     - criterion: mentoring',
  '#       goal: Mentor four engineers, not two',
  '#       target: 3',
  '#       due: 2026-12-01',
  '#       milestones:',
  '#         - {date: 2026-06-01, text: Start weekly office hours, done: false}',
];

/**
 * Where and what to insert into `assessments.yml` (`currentText`, or `undefined` when it does
 * not exist) so that it gains `assessment` as the last item of its `assessments:` list. The item
 * copies the list's indentation and the file's line endings; an absent key is appended at the
 * end. The result is checked by parsing it back: if the file would not read as before plus the
 * new item, nothing is inserted and the message says why.
 */
export function assessmentInsertion(currentText: string | undefined, assessment: NewAssessment, file = 'growth/assessments.yml'): AssessmentInsertion {
  const invalid = invalidAssessment(assessment);
  if (invalid) return { kind: 'error', message: invalid };
  if (currentText === undefined) {
    return { kind: 'create', text: [...HEADER, '', 'assessments:', ...itemLines(assessment, '  '), ''].join('\n') };
  }
  const eol = currentText.includes('\r\n') ? '\r\n' : '\n';
  const planned = plan(currentText, assessment, file, eol);
  if (planned.kind !== 'insert') return planned;
  return verified(currentText, planned, assessment, file);
}

function plan(text: string, a: NewAssessment, file: string, eol: string): AssessmentInsertion {
  const yaml = parseYaml(text, file);
  const broken = yaml.problems.find((p) => p.severity === 'error');
  if (broken) {
    return { kind: 'error', message: `${file} cannot be read (line ${broken.line}: ${broken.message}); fix it, then record the assessment again` };
  }
  const appendKey = (): AssessmentInsertion => {
    const gap = text.trim() === '' ? (text === '' || text.endsWith('\n') ? '' : eol) : text.endsWith('\n') ? eol : eol + eol;
    return { kind: 'insert', offset: text.length, text: gap + ['assessments:', ...itemLines(a, '  ')].join(eol) + eol };
  };
  if (yaml.data === null || yaml.data === undefined) return appendKey();
  if (!isRecord(yaml.data)) return { kind: 'error', message: `${file} must be a mapping with an \`assessments:\` list; it holds a ${Array.isArray(yaml.data) ? 'list' : 'single value'} at its top` };
  if (!('assessments' in yaml.data)) return appendKey();
  const value = yaml.data.assessments;
  const range = yaml.rangeOf(['assessments']);
  const line = yaml.lineOf(['assessments']) ?? 1;
  if (value === null && range) {
    if (range[1] > range[0]) {
      return { kind: 'error', message: `\`assessments\` at ${file}:${line} is set to \`${text.slice(range[0], range[1])}\`; leave nothing after \`assessments:\` (or list items under it), then record again` };
    }
    // `assessments:` with nothing under it: the list starts on the next line.
    const offset = lineEnd(text, range[0]);
    return { kind: 'insert', offset, text: eol + itemLines(a, '  ').join(eol) + (offset === text.length ? eol : '') };
  }
  if (!Array.isArray(value) || !range) {
    return { kind: 'error', message: `\`assessments\` at ${file}:${line} must be a list of items starting with \`- date:\`` };
  }
  if (text[range[0]] === '[') {
    return {
      kind: 'error',
      message: `\`assessments\` at ${file}:${line} is written inline as \`[…]\`; Growth Ledger only adds to a block list (one \`- date: …\` item per line). Rewrite it that way (an empty list is just \`assessments:\`), then record again`,
    };
  }
  const indent = ' '.repeat(range[0] - (text.lastIndexOf('\n', range[0] - 1) + 1));
  // Items separated by blank lines get a blank line before the new one too.
  const gap = /\n[ \t]*\r?\n[ \t]*- /.test(text.slice(range[0], range[1])) ? eol : '';
  const item = gap + itemLines(a, indent).join(eol);
  // The list ends where its last value ends; the new item goes on the line after, before any
  // comment or key that follows.
  if (range[1] > 0 && text[range[1] - 1] === '\n') return { kind: 'insert', offset: range[1], text: item + eol };
  const newline = text.indexOf('\n', range[1]);
  if (newline < 0) return { kind: 'insert', offset: text.length, text: eol + item };
  return { kind: 'insert', offset: newline + 1, text: item + eol };
}

/** Offset of the line break ending the line that holds `offset`, or the end of the text. */
function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  if (i < 0) return text.length;
  return i > 0 && text[i - 1] === '\r' ? i - 1 : i;
}

/** The item as YAML lines, each prefixed with `indent` (blank lines of a block note stay blank). */
function itemLines(a: NewAssessment, indent: string): string[] {
  const item = { date: a.date, by: a.by, ratings: { ...a.ratings }, ...(a.note ? { note: a.note } : {}) };
  const yaml = new Document([item], { schema: 'core' }).toString({ lineWidth: 0, indent: 2 });
  return yaml.replace(/\n$/, '').split('\n').map((l) => (l === '' ? '' : indent + l));
}

function invalidAssessment(a: NewAssessment): string | undefined {
  if (!isIsoDate(a.date)) return `assessment date \`${a.date}\` is not a real day written as YYYY-MM-DD`;
  if (a.by !== 'self' && a.by !== 'manager') return `assessment \`by\` must be self or manager, not \`${String(a.by)}\``;
  if (Object.keys(a.ratings).length === 0) return 'the assessment has no ratings; rate at least one criterion';
  const bad = Object.entries(a.ratings).find(([, n]) => typeof n !== 'number' || !Number.isFinite(n));
  if (bad) return `rating for \`${bad[0]}\` must be a number`;
  return undefined;
}

/** Parses the text as it would be after the insertion and checks it reads as before plus the item. */
function verified(text: string, ins: { offset: number; text: string }, a: NewAssessment, file: string): AssessmentInsertion {
  const before = parseYaml(text, file).data;
  const after = parseYaml(text.slice(0, ins.offset) + ins.text + text.slice(ins.offset), file);
  const oldList = isRecord(before) && Array.isArray(before.assessments) ? before.assessments : [];
  const data = after.data;
  const ok =
    !after.problems.some((p) => p.severity === 'error') &&
    isRecord(data) &&
    Array.isArray(data.assessments) &&
    JSON.stringify(data.assessments.slice(0, -1)) === JSON.stringify(oldList) &&
    JSON.stringify(data.assessments.at(-1)) === JSON.stringify({ date: a.date, by: a.by, ratings: a.ratings, ...(a.note ? { note: a.note } : {}) }) &&
    Object.keys(data).every((k) => k === 'assessments' || JSON.stringify(data[k]) === JSON.stringify(isRecord(before) ? before[k] : undefined));
  if (ok) return { kind: 'insert', offset: ins.offset, text: ins.text };
  return {
    kind: 'error',
    message: `the assessment could not be added to ${file} without changing what is there (the file's layout is unusual); add it by hand under \`assessments:\` or move that list to the end of the file`,
  };
}
