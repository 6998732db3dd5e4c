import type { MapEvidenceRow, MapViewModel } from '../../shared/evidence-map-protocol';
import { monthTitle } from '../time/calendar';
import { previousMonth } from './review-offer';
import { openNextSteps, type NoteAtFile } from '../notes/next-steps';
import { EvidenceLinker, linksMarkdown } from '../packet/evidence-links';
import type { RepositoryInfo } from '../packet/repository-links';
import { kindLabel } from '../packet/strongest-evidence';
import { markdownText, trusted } from '../templates/markdown-text';
import type { TemplateRecord } from '../templates/template-data';
import { counted } from '../../shared/plural';

/** What a monthly review is written from. */
export interface ReviewInput {
  /** `2026-11` */
  readonly month: string;
  /** The Evidence Map's model for a window that contains the month. */
  readonly model: MapViewModel;
  /** The two-notes, for the open next steps carried forward and last month's notes to re-read. */
  readonly notes: readonly NoteAtFile[];
  readonly repositories: readonly RepositoryInfo[];
  /** `growth/plan.md`, for links to open milestones. */
  readonly planFile: string;
}

/**
 * The review's template data: the month's numbers by kind and criterion, its ledger entries and
 * git evidence, the open next steps from two-notes, goals and plan progress, the month's balance,
 * and the seeds' reflection prompts ("review monthly"; "in a month, compare clarity").
 */
export function reviewData(input: ReviewInput): TemplateRecord {
  const { model, month } = input;
  const linker = new EvidenceLinker(input.repositories);
  const rows = model.evidence.filter((r) => r.date.startsWith(`${month}-`));
  const line = (r: MapEvidenceRow) => {
    const head = [r.date, kindLabel(r.kind), r.title].map(markdownText).join(' · ');
    const where = linksMarkdown(linker.links(r));
    return trusted(where === '' ? head : `${head} — ${where}`);
  };
  const area = new Map(model.criteria.map((c) => [c.id, c.area]));
  let technical = 0;
  let soft = 0;
  for (const r of rows) {
    if (r.criteria.some((c) => area.get(c) === 'technical')) technical++;
    if (r.criteria.some((c) => area.get(c) === 'soft')) soft++;
  }
  const byCriterion = model.criteria.map((c) => ({ name: c.name, count: rows.filter((r) => r.criteria.includes(c.id)).length }));
  const lastMonth = previousMonth(month);
  const steps = openNextSteps(input.notes);
  return {
    month,
    title: monthTitle(month),
    name: model.person.name,
    total: rows.length,
    byKind: countBy(rows.map((r) => kindLabel(r.kind))),
    byCriterion: byCriterion.filter((c) => c.count > 0),
    quiet: byCriterion.filter((c) => c.count === 0).map((c) => c.name).join(', '),
    ledger: rows.filter((r) => r.source !== 'git').map((r) => ({ line: line(r) })),
    git: rows.filter((r) => r.source === 'git').map((r) => ({ line: line(r) })),
    nextSteps: steps.map((s) => ({
      text: s.text,
      task: s.task,
      date: s.date,
      half: s.half === 'futureMe' ? 'for future me' : 'for a teammate',
      link: trusted(linksMarkdown([{ label: `${s.file}#L${s.line}`, href: `/${s.file}#L${s.line}`, web: false }])),
    })),
    goals: model.goals.map((g) => ({ criterion: g.criterionName, text: g.text, progress: g.summary })),
    plan: model.plan
      ? {
          done: model.plan.done,
          total: model.plan.total,
          totalText: counted(model.plan.total, 'milestone'),
          open: model.plan.open.map((m) => ({ when: m.when ?? '', text: m.text, link: trusted(linksMarkdown([{ label: `${input.planFile}#L${m.line}`, href: `/${input.planFile}#L${m.line}`, web: false }])) })),
        }
      : undefined,
    balance: {
      technical,
      soft,
      // Strings, so that 0% still prints (mustache treats the number 0 as "no value").
      percent: technical + soft === 0 ? undefined : String(Math.round((100 * technical) / (technical + soft))),
      target: model.balance.targetTechnicalPercent === undefined ? undefined : String(model.balance.targetTechnicalPercent),
    },
    lastMonth: monthTitle(lastMonth),
    reread: input.notes
      .filter((n) => n.note.date.startsWith(`${lastMonth}-`))
      .sort((a, b) => (a.note.date < b.note.date ? -1 : a.note.date > b.note.date ? 1 : a.file < b.file ? -1 : 1))
      .map((n) => ({ task: n.note.task, date: n.note.date, link: trusted(linksMarkdown([{ label: n.file, href: `/${n.file}`, web: false }])) })),
  };
}

/** Counts, most frequent first, then by label: the same data always lists in the same order. */
function countBy(labels: readonly string[]): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
