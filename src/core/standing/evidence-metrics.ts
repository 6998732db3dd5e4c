import type { EvidenceItem } from '../evidence/evidence-item';
import type { MapMetrics, MapMetricSeries } from '../../shared/evidence-map-protocol';
import { quarterOrdinal } from '../time/calendar';

/** A count of evidence kinds per quarter; documents count only when the person authored them. */
interface KindMetric {
  readonly id: string;
  readonly label: string;
  readonly kinds: readonly string[];
  readonly authoredOnly?: boolean;
}

/** The seeds' "metrics over time", one definition for the map, the packet and the CLI. */
export const KIND_METRICS: readonly KindMetric[] = [
  { id: 'rfcs', label: 'RFCs and design docs authored', kinds: ['rfc', 'design-doc'], authoredOnly: true },
  { id: 'adrs', label: 'ADRs written', kinds: ['adr'], authoredOnly: true },
  { id: 'docs', label: 'Docs published', kinds: ['doc'], authoredOnly: true },
  { id: 'reviews', label: 'Reviews given', kinds: ['review'] },
  { id: 'mentoring', label: 'Mentoring', kinds: ['mentoring'] },
  { id: 'pairing', label: 'Pairing', kinds: ['pairing'] },
  { id: 'talks', label: 'Talks given', kinds: ['talk'] },
  { id: 'incidents', label: 'Incidents coordinated', kinds: ['incident'] },
  { id: 'conversations', label: 'Tough conversations', kinds: ['conversation'] },
];

/**
 * The top-level area a git item touched, as `repo/area`: a document's first folder, or the area a
 * `commits` summary stands for (its id is `git:<repo>:commits:<area>:<month>`). Ledger entries
 * and notes touch no area.
 */
export function areaOf(item: EvidenceItem): string | undefined {
  if (item.source !== 'git' || item.repo === undefined) return undefined;
  if (item.kind === 'commits') {
    const prefix = `git:${item.repo}:commits:`;
    if (!item.id.startsWith(prefix)) return undefined;
    const rest = item.id.slice(prefix.length);
    const colon = rest.lastIndexOf(':');
    return colon <= 0 ? undefined : `${item.repo}/${rest.slice(0, colon)}`;
  }
  if (item.path === undefined) return undefined;
  const slash = item.path.indexOf('/');
  return `${item.repo}/${slash < 0 ? '.' : item.path.slice(0, slash)}`;
}

/**
 * Metrics by quarter for `quarters` (oldest first): counts of each {@link KIND_METRICS} kind, plus
 * the repositories and top-level areas touched (the Staff case's "5 teams, 20+ services"), each
 * with its first and last quarter's value.
 */
export function evidenceMetrics(items: readonly EvidenceItem[], quarters: readonly string[]): MapMetrics {
  // `2026-Q1` → its ordinal: the quarter's first month is (n − 1) × 3 + 1.
  const first = quarters[0] === undefined ? 0 : quarterOrdinal(`${quarters[0].slice(0, 4)}-${String((Number(quarters[0].slice(6)) - 1) * 3 + 1).padStart(2, '0')}`);
  const byKind = new Map<string, number>();
  KIND_METRICS.forEach((m, i) => m.kinds.forEach((k) => byKind.set(k, i)));
  const counts = KIND_METRICS.map(() => quarters.map(() => 0));
  const repos = quarters.map(() => new Set<string>());
  const areas = quarters.map(() => new Set<string>());
  for (const item of items) {
    const q = quarterOrdinal(item.date) - first;
    if (q < 0 || q >= quarters.length) continue;
    const metric = byKind.get(item.kind);
    if (metric !== undefined && !(KIND_METRICS[metric]?.authoredOnly && item.role === 'contributed')) (counts[metric] as number[])[q]!++;
    if (item.repo !== undefined) repos[q]!.add(item.repo);
    const area = areaOf(item);
    if (area !== undefined) areas[q]!.add(area);
  }
  const series: MapMetricSeries[] = KIND_METRICS.map((m, i) => seriesOf(m.id, m.label, counts[i] as number[]));
  series.push(seriesOf('repositories', 'Repositories touched', repos.map((s) => s.size)));
  series.push(seriesOf('areas', 'Top-level areas touched', areas.map((s) => s.size)));
  return { quarters: [...quarters], series };
}

function seriesOf(id: string, label: string, values: number[]): MapMetricSeries {
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  return { id, label, values, first, last, summary: `${label} ${first} → ${last}` };
}
