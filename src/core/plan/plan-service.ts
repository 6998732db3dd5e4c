import type { GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { renderTemplate, renderWithFallback } from '../templates/template-engine';
import { resolveTemplate } from '../templates/template-source';
import type { GeneratedDocument } from '../templates/generated-file';
import { BUILTIN_PLAN_TEMPLATE } from './plan-template';
import { planData, type PlanInput } from './plan-builder';
import { parsePlanMilestones, planProgress } from './plan-parser';
import type { MapPlanProgress } from '../../shared/evidence-map-protocol';

/** `growth/plan.md`. */
export function planFile(layout: GrowthLayout): string {
  return layout.root === '' ? 'plan.md' : `${layout.root}/plan.md`;
}

/** The plan as text from the built-in template (or the one given). Pure. */
export function renderPlan(input: PlanInput, template: string = BUILTIN_PLAN_TEMPLATE): string {
  return renderTemplate(template, planData(input));
}

/**
 * Writes `growth/plan.md` when there is none. An existing plan is the person's (they tick and
 * reword it), so it is left as it is and `created` is false: the caller opens it instead.
 */
export async function writePlan(store: GrowthFileStore, layout: GrowthLayout, input: PlanInput): Promise<GeneratedDocument> {
  const path = planFile(layout);
  if ((await store.read(path)) !== undefined) return { path, created: false, problems: [] };
  const template = await resolveTemplate(store, layout, 'plan', BUILTIN_PLAN_TEMPLATE);
  const { text, problems } = renderWithFallback(template, BUILTIN_PLAN_TEMPLATE, planData(input));
  const created = await store.create(path, text);
  return { path, created, problems: [...template.problems, ...problems] };
}

/** The plan's progress for the Evidence Map, the packet and the Ledger view; undefined without a plan. */
export async function readPlanProgress(store: GrowthFileStore, layout: GrowthLayout): Promise<MapPlanProgress | undefined> {
  const text = await store.read(planFile(layout));
  return text === undefined ? undefined : planProgress(parsePlanMilestones(text));
}
