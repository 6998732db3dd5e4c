import type { GrowthFileStore } from '../ports';
import type { GrowthLayout } from '../layout';
import { problem, type Problem } from '../problems';
import { checkTemplate } from './template-engine';

/** The documents a team can restyle. */
export type TemplateName = 'packet' | 'review' | 'plan';

/**
 * Where a team's own template lives: `growth/templates/packet.md.mustache`,
 * `growth/templates/review.md.mustache`, `growth/templates/plan.md.mustache`.
 */
export function templateFile(layout: GrowthLayout, name: TemplateName): string {
  return `${layout.root === '' ? '' : `${layout.root}/`}templates/${name}.md.mustache`;
}

/** The template to render with, where it came from, and what was wrong with the team's one. */
export interface ResolvedTemplate {
  readonly source: string;
  /** The team's file, or `builtin`. */
  readonly origin: string;
  readonly problems: readonly Problem[];
}

/**
 * The team's template when there is one and it parses; otherwise the built-in one, with the
 * reason as a problem at the team file's line (for the Problems panel and the CLI's stderr).
 */
export async function resolveTemplate(store: GrowthFileStore, layout: GrowthLayout, name: TemplateName, builtin: string): Promise<ResolvedTemplate> {
  const file = templateFile(layout, name);
  let text: string | undefined;
  try {
    text = await store.read(file);
  } catch (e) {
    return { source: builtin, origin: 'builtin', problems: [problem(file, 1, `could not read the template: ${e instanceof Error ? e.message : String(e)}; the built-in template is used`)] };
  }
  if (text === undefined) return { source: builtin, origin: 'builtin', problems: [] };
  const checked = checkTemplate(text, file);
  if (!checked.ok) return { source: builtin, origin: 'builtin', problems: [checked.problem] };
  return { source: checked.source, origin: file, problems: checked.warnings };
}

/** Every team template's problems, for the Problems panel: checked whenever the growth folder changes. */
export async function teamTemplateProblems(store: GrowthFileStore, layout: GrowthLayout): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of ['packet', 'review', 'plan'] as const) problems.push(...(await resolveTemplate(store, layout, name, '')).problems);
  return problems;
}
