import type { MapEvidenceRow, MapRatingSeries, MapViewModel } from '../../shared/evidence-map-protocol';
import type { TemplateRecord, TemplateValue } from '../templates/template-data';
import { markdownText, trusted } from '../templates/markdown-text';
import { criterionSections, type CriterionSection } from './criterion-section';
import { EvidenceLinker, linksMarkdown, type EvidenceLink } from './evidence-links';
import type { RepositoryInfo } from './repository-links';
import { kindLabel, strongestEvidence } from './strongest-evidence';
import { counted } from '../../shared/plural';

/** Everything a packet is written from. Nothing else is read: the same input gives the same bytes. */
export interface PacketInput {
  readonly model: MapViewModel;
  /** The day the packet is written, YYYY-MM-DD (passed in: no clock inside). */
  readonly date: string;
  /** The repositories evidence came from, with their remotes for web links. */
  readonly repositories: readonly RepositoryInfo[];
  /** `growth/plan.md`, for links to open milestones. */
  readonly planFile: string;
}

/** The packet's template data and its criterion sections (for *Copy Section*). */
export interface PacketData {
  readonly data: TemplateRecord;
  readonly sections: readonly CriterionSection[];
}

/** Metrics that count distinct things per quarter: their quarters are not summed into a window total. */
const DISTINCT_METRICS: ReadonlySet<string> = new Set(['repositories', 'areas']);

const AREAS = [
  { id: 'technical', label: 'Technical' },
  { id: 'soft', label: 'Soft skills' },
  { id: 'overall', label: 'Overall' },
] as const;

export function packetData(input: PacketInput): PacketData {
  const { model } = input;
  const linker = new EvidenceLinker(input.repositories);
  const sections = criterionSections(model, linker);
  const names = new Map(model.criteria.map((c) => [c.id, c.name]));
  const target = model.person.targetLevelName ?? model.person.targetLevel ?? 'the target level';
  const current = model.person.levelName ?? model.person.level;
  const repositories = model.filters.repositories.join(', ');
  // Criteria in framework order; each prefers evidence no earlier criterion's summary showed.
  const summaryUsed = new Set<string>();
  const data: TemplateRecord = {
    name: model.person.name,
    current: current ?? '',
    target,
    date: input.date,
    window: model.window.label,
    since: model.window.since,
    until: model.window.until,
    framework: model.framework.name,
    repositories,
    evidenceCount: model.evidence.length,
    evidenceCountText: counted(model.evidence.length, 'evidence item'),
    notices: model.notices.map((text) => ({ text })),
    meetingTarget: model.headline.meetingTarget,
    criteriaCount: model.headline.criteria,
    summary: model.criteria.map((c) => {
      const best = strongestEvidence(c.items.map((i) => model.evidence[i]).filter((r): r is MapEvidenceRow => r !== undefined), summaryUsed);
      if (best) summaryUsed.add(best.id);
      return best ? { criterion: c.name, found: true, line: trusted(itemLine(best.date, kindLabel(best.kind), best.title, linker.links(best))) } : { criterion: c.name, found: false };
    }),
    metrics: model.metrics.series
      .filter((s) => s.values.some((v) => v > 0))
      // Distinct counts (repositories, areas) do not add up over quarters; kind counts do.
      .map((s) => ({ label: s.label, first: s.first, last: s.last, total: DISTINCT_METRICS.has(s.id) ? undefined : s.values.reduce((a, b) => a + b, 0) })),
    firstQuarter: model.metrics.quarters[0] ?? '',
    lastQuarter: model.metrics.quarters[model.metrics.quarters.length - 1] ?? '',
    sections: sections.map(sectionRecord),
    ratings: AREAS.map((a) => ({
      area: a.label,
      self: seriesText(model.ratings.find((s) => s.by === 'self' && s.area === a.id)),
      manager: seriesText(model.ratings.find((s) => s.by === 'manager' && s.area === a.id)),
    })),
    hasRatings: model.ratings.some((s) => s.points.length > 0),
    ratingSummaries: model.ratings.filter((s) => s.points.length > 1).map((s) => ({ text: s.summary })),
    goals: model.goals.map((g) => ({ criterion: g.criterionName, text: g.text, progress: g.summary })),
    hasGoals: model.goals.length > 0,
    plan: model.plan
      ? {
          done: model.plan.done,
          total: model.plan.total,
          totalText: counted(model.plan.total, 'milestone'),
          open: model.plan.open.map((m) => ({
            when: m.when ?? '',
            text: m.text,
            link: trusted(linksMarkdown([{ label: `${input.planFile}#L${m.line}`, href: `/${input.planFile}#L${m.line}`, web: false }])),
          })),
        }
      : undefined,
    feedback: model.evidence
      .filter((r) => r.kind === 'feedback')
      .map((r) => ({ line: trusted(itemLine(r.date, '', r.title, linker.links(r))) })),
    appendix: model.evidence.map((r) => ({
      date: r.date,
      kind: kindLabel(r.kind),
      title: r.title,
      criteria: r.criteria.map((c) => names.get(c) ?? c).join(', ') || '—',
      links: trusted(linksMarkdown(linker.links(r)) || '—'),
    })),
  };
  return { data, sections };
}

function sectionRecord(s: CriterionSection): TemplateValue {
  return {
    id: s.id,
    name: s.name,
    targetLevel: s.targetLevel,
    expectation: s.expectation,
    ratings: s.ratings,
    evidenceCount: s.evidenceCount,
    items: s.items.map((i) => ({ date: i.date, kind: i.kind, title: i.title, line: trusted(itemLine(i.date, i.kind, i.title, i.links)) })),
    hasItems: s.items.length > 0,
    more: s.more > 0 ? s.more : undefined,
    missing: s.missing,
  };
}

/** `2026-09-14 · RFC · Retry budgets — [docs/rfcs/0007.md](/docs/rfcs/0007.md) · commit 3f2a9c1` with every part escaped. */
function itemLine(date: string, kind: string, title: string, links: readonly EvidenceLink[]): string {
  const head = [date, kind, title].filter((p) => p !== '').map(markdownText).join(' · ');
  const where = linksMarkdown(links);
  return where === '' ? head : `${head} — ${where}`;
}

function seriesText(series: MapRatingSeries | undefined): string {
  if (!series || series.points.length === 0) return '—';
  return series.points.map((p) => `${p.average.toFixed(1)} (${p.date})`).join(' → ');
}
