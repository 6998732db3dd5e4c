import type { Framework, Level, RatingScale } from '../model/types';
import { DEFAULT_SOFT_CRITERIA } from './default-soft-criteria';
import { DEFAULT_TECHNICAL_CRITERIA } from './default-technical-criteria';

/** The id a profile uses to ask for the built-in framework (`framework: builtin:default`). */
export const DEFAULT_FRAMEWORK_ID = 'builtin:default';

/**
 * Junior to principal, the individual-contributor ladder the seeds describe. The technical share
 * starts from the "seventy percent technical, thirty percent soft" many leaders quote and leans
 * softer with each level, since the seeds find soft skills are what caps the senior levels.
 */
export const DEFAULT_LEVELS: readonly Level[] = [
  { id: 'junior', name: 'Junior Engineer', technicalShare: 80 },
  { id: 'mid', name: 'Mid-level Engineer', technicalShare: 75 },
  { id: 'senior', name: 'Senior Engineer', technicalShare: 70 },
  { id: 'staff', name: 'Staff Engineer', technicalShare: 60 },
  { id: 'principal', name: 'Principal Engineer', technicalShare: 50 },
];

/**
 * 1–4, rated against the expectations of the person's current level: the seeds read "2.8/4.0"
 * as a senior with gaps and "3.1" as ready to be considered for staff.
 */
export const DEFAULT_SCALE: RatingScale = {
  min: 1,
  max: 4,
  labels: {
    1: 'Developing',
    2: 'Approaching expectations',
    3: 'Meets expectations',
    4: 'Exceeds expectations',
  },
};

/**
 * The framework used when the growth folder has no `framework.yml`: twelve criteria (six
 * technical, six soft) covering the areas of the seeds' gap table and soft-skills essays, with a
 * concrete expectation at every level.
 */
export const DEFAULT_FRAMEWORK: Framework = {
  id: DEFAULT_FRAMEWORK_ID,
  name: 'Growth Ledger default (individual contributor)',
  scale: DEFAULT_SCALE,
  levels: DEFAULT_LEVELS,
  criteria: [...DEFAULT_TECHNICAL_CRITERIA, ...DEFAULT_SOFT_CRITERIA],
  extraKinds: [],
};
