import type { Clock, GrowthFileStore } from '../ports';
import { type GrowthLayout } from '../layout';
import { localDay } from '../time/calendar';
import type { Assessor, Framework } from '../model/types';
import { assessmentInsertion } from '../model/assessment-writer';
import { isIsoDate } from '../time/calendar';

export interface RecordAssessmentInput {
  readonly by: Assessor;
  readonly ratings: Readonly<Record<string, number>>;
  readonly note?: string;
  readonly date?: string;
}

/**
 * Adds one dated assessment to `assessments.yml` without rewriting anything already there.
 * Ratings are checked against the framework first, so a bad rating never reaches the file.
 */
export async function recordAssessment(
  store: GrowthFileStore,
  layout: GrowthLayout,
  clock: Clock,
  framework: Framework,
  input: RecordAssessmentInput,
): Promise<{ path: string }> {
  const known = new Set(framework.criteria.map((c) => c.id));
  const entries = Object.entries(input.ratings);
  if (entries.length === 0) throw new Error('rate at least one criterion');
  for (const [id, value] of entries) {
    if (!known.has(id)) throw new Error(`criterion "${id}" is not in the framework; known: ${[...known].join(', ')}`);
    if (!Number.isInteger(value) || value < framework.scale.min || value > framework.scale.max) {
      throw new Error(`rating ${value} for ${id} is outside the scale ${framework.scale.min}–${framework.scale.max}`);
    }
  }
  const date = input.date ?? localDay(clock.now());
  if (!isIsoDate(date)) throw new Error(`"${date}" is not a date; write it as YYYY-MM-DD`);
  const path = layout.assessments;
  const current = await store.read(path);
  const change = assessmentInsertion(current, { date, by: input.by, ratings: input.ratings, note: input.note });
  if (change.kind === 'error') throw new Error(`${path}: ${change.message}`);
  if (change.kind === 'create') {
    if (!(await store.create(path, change.text))) throw new Error(`${path} appeared while it was being created; try again`);
  } else {
    await store.insert(path, change.offset, change.text, current ?? '');
  }
  return { path };
}
