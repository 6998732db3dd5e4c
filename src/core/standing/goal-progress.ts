import type { EvidenceItem } from '../evidence/evidence-item';
import type { Framework, Goal } from '../model/types';
import type { MapGoal } from '../../shared/evidence-map-protocol';
import { decidingRating, type LatestRatings } from './latest-ratings';
import { ratingText } from './rating-format';
import { counted } from '../../shared/plural';

/**
 * Each development goal with its progress: the latest rating of its criterion against the goal's
 * target, the due date, milestones done, and the evidence for the criterion in the window.
 * Goals in `assessments.yml` carry no date they were set, so the window's start stands in for it
 * (a milestone's date says when it was reached, not when the goal began).
 */
export function goalProgress(goals: readonly Goal[], framework: Framework, ratings: LatestRatings, items: readonly EvidenceItem[], windowSince: string): MapGoal[] {
  return goals.map((goal) => {
    const criterion = framework.criteria.find((c) => c.id === goal.criterion);
    const latest = decidingRating(ratings.get(goal.criterion))?.value.rating;
    const since = windowSince;
    const evidenceSince = items.filter((i) => i.date >= since && i.criteria.includes(goal.criterion)).length;
    const done = goal.milestones.filter((m) => m.done).length;
    const parts: string[] = [];
    if (latest !== undefined && goal.target !== undefined) parts.push(`latest ${ratingText(latest)} of target ${ratingText(goal.target)}${latest >= goal.target ? ' (reached)' : ''}`);
    else if (latest !== undefined) parts.push(`latest ${ratingText(latest)}`);
    else if (goal.target !== undefined) parts.push(`not rated yet, target ${ratingText(goal.target)}`);
    if (goal.due) parts.push(`due ${goal.due}`);
    parts.push(`${evidenceSince} ${evidenceSince === 1 ? 'item' : 'items'} since ${since}`);
    if (goal.milestones.length > 0) parts.push(`${done} of ${counted(goal.milestones.length, 'milestone')} done`);
    return {
      criterion: goal.criterion,
      criterionName: criterion?.name ?? goal.criterion,
      text: goal.text,
      ...(goal.target !== undefined ? { target: goal.target } : {}),
      ...(latest !== undefined ? { latest } : {}),
      ...(goal.due ? { due: goal.due } : {}),
      milestonesDone: done,
      milestonesTotal: goal.milestones.length,
      evidenceSince,
      summary: parts.join(', '),
    };
  });
}
