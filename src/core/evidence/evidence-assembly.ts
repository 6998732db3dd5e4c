import type { GrowthLayout } from '../layout';
import { mapEvidence, type ExcludedItem } from '../mapping/evidence-mapping';
import { noCorrections } from '../mapping/evidence-corrections';
import type { Problem } from '../problems';
import { ledgerEvidence } from '../ledger/ledger-evidence';
import type { DocPathOverrides, Profile } from '../model/types';
import { noteEvidence } from '../notes/note-evidence';
import type { GrowthSnapshot } from '../services/growth-snapshot';
import type { EvidenceItem, EvidenceSource } from './evidence-item';
import { inWindow, type ResolvedWindow } from './evidence-window';
import { forgeSquashesIn } from '../mining/classification/commit-summary';

/** Every source of evidence, in the order they are listed. */
export const EVIDENCE_SOURCES: readonly EvidenceSource[] = ['ledger', 'note', 'git'];

/** What the one evidence list is made from. */
export interface EvidenceInputs {
  /** The parsed growth folder: ledger entries and two-notes. */
  readonly snapshot: GrowthSnapshot;
  /** What mining found in git (any window: it is filtered here); absent when git was not mined. */
  readonly git?: readonly EvidenceItem[];
  readonly window: ResolvedWindow;
  /** Sources to keep (default: all). */
  readonly sources?: readonly EvidenceSource[];
  /** Squash and rebase merges made on a forge, per day (from the mining stats). */
  readonly forgeSquashDays?: Readonly<Record<string, number>>;
}

/** The one evidence list, and the window it covers. */
export interface EvidenceList {
  /** Mapped to criteria (with reasons), in the window, newest first. */
  readonly items: readonly EvidenceItem[];
  /** Items in the window the person excluded in evidence.yml, with why. */
  readonly excluded: readonly ExcludedItem[];
  /** Corrections in evidence.yml that match nothing or name unknown criteria. */
  readonly problems: readonly Problem[];
  readonly window: ResolvedWindow;
  /** Items per source, after the window and the source filter. */
  readonly counts: Readonly<Record<EvidenceSource, number>>;
  /** Squash or rebase merges made on a forge in the window: reviews git cannot show (see forgeSquashNotice). */
  readonly forgeSquashMerges: number;
}

/** The one sentence both the CLI and the editor say about forge squash merges, or undefined when there are none. */
export function forgeSquashNotice(count: number): string | undefined {
  if (count <= 0) return undefined;
  return `${count} ${count === 1 ? 'commit was' : 'commits were'} squash- or rebase-merged on a forge in this window: git does not record who merged ${count === 1 ? 'it, so that review is' : 'them, so those reviews are'} not counted`;
}

/**
 * The one evidence assembly the editor's views and the CLI both call: ledger entries, two-notes
 * and git evidence, mapped to the framework's criteria (tags, then signals, with the person's
 * corrections from evidence.yml winning), in the window, newest first, then by id. Ids are stable
 * (see EvidenceItem), so the same files and history give the same list wherever it is asked for.
 */
export function assembleEvidence(inputs: EvidenceInputs): EvidenceList {
  const wanted = new Set(inputs.sources ?? EVIDENCE_SOURCES);
  const { snapshot } = inputs;
  const all: EvidenceItem[] = [];
  for (const l of snapshot.ledger) for (const item of ledgerEvidence(l.entries, l.file)) all.push(item);
  for (const n of snapshot.notes) all.push(noteEvidence(n.note, n.file));
  for (const item of inputs.git ?? []) all.push(item);
  // Every item is mapped (not only the window's), so a correction is an orphan only when its item
  // is gone from the whole history; without git (Restricted Mode) git corrections cannot be judged.
  const gitKnown = inputs.git !== undefined;
  const mapped = mapEvidence(all, snapshot.model.framework, snapshot.model.corrections ?? noCorrections(''), {
    knownIds: { has: (id) => !gitKnown && id.startsWith('git:') },
  });
  const window = { since: inputs.window.since, until: inputs.window.until };
  const keep = (item: EvidenceItem) => wanted.has(item.source) && inWindow(item.date, window);
  const items = mapped.items.filter(keep);
  // Plain code-unit order for ids: the same on every machine and locale.
  items.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts: Record<EvidenceSource, number> = { ledger: 0, note: 0, git: 0 };
  for (const item of items) counts[item.source]++;
  const forgeSquashMerges = wanted.has('git') && inputs.forgeSquashDays ? forgeSquashesIn(inputs.forgeSquashDays, window) : 0;
  return { items, excluded: mapped.excluded.filter((e) => keep(e.item)), problems: mapped.problems, window: inputs.window, counts, forgeSquashMerges };
}

/** What mining needs from a profile, in the shape both the editor and the CLI pass on. */
export interface ProfileMiningOptions {
  readonly identities: readonly string[];
  readonly bots: readonly string[];
  readonly paths: DocPathOverrides;
  /** The growth folder: its files are evidence of their own, never documents or areas of work. */
  readonly growthRoot: string;
}

/** The mining options a profile implies (one place, so the editor and the CLI cannot drift). */
export function miningOptionsFor(profile: Pick<Profile, 'identities' | 'bots' | 'paths'>, layout: GrowthLayout): ProfileMiningOptions {
  return { identities: profile.identities, bots: profile.bots, paths: profile.paths, growthRoot: layout.root };
}

/** Parses `ledger,git` into sources; unknown names are returned apart for a usage message. */
export function parseSources(text: string): { sources: EvidenceSource[]; unknown: string[] } {
  const sources: EvidenceSource[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '')) {
    const name = raw === 'notes' || raw === 'two-note' || raw === 'two-notes' ? 'note' : raw;
    if ((EVIDENCE_SOURCES as readonly string[]).includes(name)) {
      if (!sources.includes(name as EvidenceSource)) sources.push(name as EvidenceSource);
    } else unknown.push(raw);
  }
  return { sources, unknown };
}
