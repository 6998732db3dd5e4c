import type { GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { renderTemplate, renderWithFallback } from '../templates/template-engine';
import { resolveTemplate } from '../templates/template-source';
import type { GeneratedDocument } from '../templates/generated-file';
import { BUILTIN_REVIEW_TEMPLATE } from './review-template';
import { reviewData, type ReviewInput } from './review-data';

/** The review as text from the built-in template (or the one given). Pure. */
export function renderReview(input: ReviewInput, template: string = BUILTIN_REVIEW_TEMPLATE): string {
  return renderTemplate(template, reviewData(input));
}

/**
 * Writes `growth/reviews/YYYY-MM.md` when it does not exist. A review that exists holds the
 * person's reflections, so it is left as it is and `created` is false: the caller opens it.
 */
export async function writeReview(store: GrowthFileStore, layout: GrowthLayout, input: ReviewInput): Promise<GeneratedDocument> {
  const path = layout.reviewFile(input.month);
  if ((await store.read(path)) !== undefined) return { path, created: false, problems: [] };
  const template = await resolveTemplate(store, layout, 'review', BUILTIN_REVIEW_TEMPLATE);
  const { text, problems } = renderWithFallback(template, BUILTIN_REVIEW_TEMPLATE, reviewData(input));
  const created = await store.create(path, text);
  return { path, created, problems: [...template.problems, ...problems] };
}
