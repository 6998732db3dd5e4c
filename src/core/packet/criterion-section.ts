import type { MapCriterionRow, MapEvidenceRow, MapRating, MapViewModel } from '../../shared/evidence-map-protocol';
import { EvidenceLinker, type EvidenceLink } from './evidence-links';
import { kindLabel } from './strongest-evidence';

/** Evidence bullets shown under a criterion before "… and N more in the appendix". */
export const SECTION_ITEMS = 20;

/** One evidence bullet of a criterion section. */
export interface SectionItem {
  readonly date: string;
  readonly kind: string;
  readonly title: string;
  readonly links: readonly EvidenceLink[];
}

/**
 * A criterion's section of the packet as data, so that the Markdown packet, *Copy Section as
 * Plain Text* and *Copy Section as HTML* all say the same thing.
 */
export interface CriterionSection {
  readonly id: string;
  readonly name: string;
  readonly targetLevel: string;
  readonly expectation?: string;
  /** `self 3 (2026-10-01) · manager 2 (2026-10-05)`, when rated. */
  readonly ratings?: string;
  readonly evidenceCount: number;
  /** Newest first, at most {@link SECTION_ITEMS}. */
  readonly items: readonly SectionItem[];
  /** Items not shown here (they are in the appendix). */
  readonly more: number;
  /** The honest "still missing" line, where the gap table shows a gap. */
  readonly missing?: string;
}

/** The sections, in framework order. */
export function criterionSections(model: MapViewModel, linker: EvidenceLinker): CriterionSection[] {
  return model.criteria.map((row) => criterionSection(model, row, linker));
}

export function criterionSection(model: MapViewModel, row: MapCriterionRow, linker: EvidenceLinker): CriterionSection {
  const rows = row.items.map((i) => model.evidence[i]).filter((r): r is MapEvidenceRow => r !== undefined);
  const shown = rows.slice(0, SECTION_ITEMS);
  const ratings = [rated('self', row.self), rated('manager', row.manager)].filter((s): s is string => s !== undefined).join(' · ');
  const base = {
    id: row.id,
    name: row.name,
    targetLevel: model.person.targetLevelName ?? model.person.targetLevel ?? 'target level',
    evidenceCount: row.evidenceCount,
    items: shown.map((r) => ({ date: r.date, kind: kindLabel(r.kind), title: r.title, links: linker.links(r) })),
    more: Math.max(0, rows.length - shown.length),
  };
  return {
    ...base,
    ...(row.targetExpectation !== undefined ? { expectation: row.targetExpectation } : {}),
    ...(ratings !== '' ? { ratings } : {}),
    ...(row.verdict !== 'meets' ? { missing: row.verdictReason } : {}),
  };
}

function rated(by: string, r: MapRating | undefined): string | undefined {
  return r === undefined ? undefined : `${by} ${r.rating} (${r.date})`;
}
