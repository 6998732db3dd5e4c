import type { MapPlanProgress } from '../../shared/evidence-map-protocol';
import { splitLines, VerbatimTracker } from '../ledger/markdown-lines';
import { CHECKBOX } from '../notes/note-sections';

/** One checklist item of `growth/plan.md`. */
export interface PlanMilestone {
  /** The item's text without its period label. */
  readonly text: string;
  /** The period in bold at the start of the item (`**Month 2–3 (2027-02)**`), when there is one. */
  readonly when?: string;
  readonly done: boolean;
  /** 1-based line in plan.md. */
  readonly line: number;
}

const WHEN = /^(\*\*|__)(.+?)\1\s*:?\s*(.*)$/;

/**
 * The milestones of a development plan: every task-list item (`- [ ]` / `- [x]`) outside code
 * fences and comments, in file order. The plan is the person's file after it is written: they add,
 * reword and tick items by hand, so any checklist item counts, wherever it sits.
 */
export function parsePlanMilestones(text: string): PlanMilestone[] {
  const milestones: PlanMilestone[] = [];
  const verbatim = new VerbatimTracker();
  splitLines(text).forEach((line, index) => {
    if (verbatim.step(line, index)) return;
    const box = CHECKBOX.exec(line);
    if (!box) return;
    const body = (box[2] ?? '').trim();
    if (body === '') return;
    const when = WHEN.exec(body);
    const done = box[1] !== ' ';
    if (when && (when[3] ?? '').trim() !== '') {
      milestones.push({ text: (when[3] ?? '').trim(), when: (when[2] ?? '').trim(), done, line: index + 1 });
    } else {
      milestones.push({ text: body, done, line: index + 1 });
    }
  });
  return milestones;
}

/** Done and open counts, and the open milestones in file order, as the Evidence Map and the packet show them. */
export function planProgress(milestones: readonly PlanMilestone[]): MapPlanProgress {
  const open = milestones
    .filter((m) => !m.done)
    .map((m) => (m.when === undefined ? { text: m.text, line: m.line } : { text: m.text, line: m.line, when: m.when }));
  return { done: milestones.length - open.length, total: milestones.length, open };
}
