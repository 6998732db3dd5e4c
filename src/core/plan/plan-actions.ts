/**
 * Concrete actions per evidence kind, in the spirit of the seeds' development plans ("write a short
 * doc proposing a solution", "mentor a new junior dev", "lead a technical brown bag"). A strategy
 * for a criterion takes the actions of the kinds that count as its evidence, so a team's own
 * framework gets sensible actions from its own signals.
 */
export interface PlanAction {
  readonly action: string;
  /** What a done action leaves behind: the evidence the next packet can link. */
  readonly result: string;
}

const ACTIONS: Readonly<Record<string, PlanAction>> = {
  rfc: { action: 'Write an RFC for a problem that crosses team lines and take it through review', result: 'an RFC authored, with reviewers from other teams' },
  'design-doc': { action: 'Write a design doc before the next sizeable change and ask two other teams to review it', result: 'a design doc with the options considered' },
  adr: { action: 'Record the next architectural decision as an ADR: context, options, decision, consequences', result: 'an ADR in the repository' },
  doc: { action: 'Publish a doc others keep asking for: onboarding, a runbook, a deprecation plan', result: 'a published doc others link to' },
  review: { action: 'Review pull requests outside your team every week, explaining the why in each comment', result: 'reviews given across teams' },
  mentoring: { action: 'Mentor an engineer with a monthly check-in and write down what changed for them', result: 'a mentee who can name what they learned' },
  pairing: { action: 'Pair every sprint on a task at the edge of a teammate\'s experience', result: 'pairing sessions in the history' },
  talk: { action: 'Give a brown bag or tech talk about something you built', result: 'a talk given, with questions answered' },
  incident: { action: 'Coordinate the next incident response and write its retro', result: 'an incident coordinated and a retro published' },
  project: { action: 'Lead a project with a named outcome that needs another team', result: 'a cross-team project delivered' },
  conversation: { action: 'Hold the tough conversation you have been postponing, then log what you learned', result: 'a conversation handled and logged' },
  feedback: { action: 'Ask two colleagues for feedback every month', result: 'peer feedback, logged with #feedback' },
  learning: { action: 'Take a workshop or course on the area and apply one thing from it at work', result: 'a learning applied and logged' },
  recognition: { action: 'Show your results beyond the team: a demo, a newsletter post, the all-hands', result: 'recognition from outside the team' },
  commits: { action: 'Take on a change that spans several repositories or services', result: 'commits in more repositories' },
};

const FALLBACK: PlanAction = { action: 'Agree with your manager on one piece of work that shows this criterion at the target level', result: 'evidence your manager recognises for it' };

/** Up to `max` actions for a criterion, from the kinds of evidence that count for it, in signal order. */
export function actionsFor(kinds: readonly string[], max = 3): PlanAction[] {
  const out: PlanAction[] = [];
  for (const kind of kinds) {
    const a = ACTIONS[kind];
    if (a && !out.includes(a)) out.push(a);
    if (out.length === max) break;
  }
  return out.length > 0 ? out : [FALLBACK];
}
