import type { MapEvidenceRow } from '../../shared/evidence-map-protocol';

/**
 * How strongly each kind of evidence speaks for a criterion in a promotion conversation, strongest
 * first. Written artifacts that others build on come first (the seeds' "RFCs authored", "decision
 * records"), then leading moments (incidents, projects, talks), then what multiplies others
 * (mentoring, pairing, reviews), then the rest. Kinds not listed (a framework's own) rank after
 * these and before `commits` and `other`.
 */
export const KIND_STRENGTH: readonly string[] = [
  'rfc',
  'design-doc',
  'adr',
  'project',
  'incident',
  'talk',
  'mentoring',
  'doc',
  'recognition',
  'feedback',
  'conversation',
  'pairing',
  'review',
  'learning',
];

const LAST = ['commits', 'other'];

const RANK = new Map<string, number>([...KIND_STRENGTH.map((k, i) => [k, i] as const), ...LAST.map((k, j) => [k, KIND_STRENGTH.length + 1 + j] as const)]);

function strength(kind: string): number {
  return RANK.get(kind) ?? KIND_STRENGTH.length;
}

/**
 * The summary's pick for one criterion: the row of the strongest kind (see {@link KIND_STRENGTH}),
 * then the newest, then the smallest id, so the same evidence always gives the same pick. Rows in
 * `used` (picked for an earlier criterion) are passed over while another row is left, so one RFC
 * does not stand for half the framework.
 */
export function strongestEvidence(rows: readonly MapEvidenceRow[], used: ReadonlySet<string> = new Set()): MapEvidenceRow | undefined {
  let best: MapEvidenceRow | undefined;
  let fresh: MapEvidenceRow | undefined;
  for (const row of rows) {
    if (best === undefined || compareStrength(row, best) < 0) best = row;
    if (!used.has(row.id) && (fresh === undefined || compareStrength(row, fresh) < 0)) fresh = row;
  }
  return fresh ?? best;
}

/** Negative when `a` is stronger evidence than `b`. */
export function compareStrength(a: MapEvidenceRow, b: MapEvidenceRow): number {
  return strength(a.kind) - strength(b.kind) || (a.date > b.date ? -1 : a.date < b.date ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  rfc: 'RFC',
  adr: 'ADR',
  'design-doc': 'design doc',
  doc: 'doc',
  review: 'review given',
  commits: 'commits',
  'two-note': 'two-note',
};

/** A kind as the packet prints it. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/-/g, ' ');
}
