import type { GrowthLayout } from '../layout';
import { ledgerEvidence } from '../ledger/ledger-evidence';
import type { DocPathOverrides, Profile } from '../model/types';
import { noteEvidence } from '../notes/note-evidence';
import type { GrowthSnapshot } from '../services/growth-snapshot';
import type { EvidenceItem, EvidenceSource } from './evidence-item';
import { inWindow, type ResolvedWindow } from './evidence-window';

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
}

/** The one evidence list, and the window it covers. */
export interface EvidenceList {
  readonly items: readonly EvidenceItem[];
  readonly window: ResolvedWindow;
  /** Items per source, after the window and the source filter. */
  readonly counts: Readonly<Record<EvidenceSource, number>>;
}

/**
 * The one evidence assembly the editor's views and the CLI both call: ledger entries, two-notes
 * and git evidence, in the window, newest first, then by id. Ids are stable (see EvidenceItem), so
 * the same files and history give the same list wherever it is asked for.
 */
export function assembleEvidence(inputs: EvidenceInputs): EvidenceList {
  const wanted = new Set(inputs.sources ?? EVIDENCE_SOURCES);
  const window = { since: inputs.window.since, until: inputs.window.until };
  const items: EvidenceItem[] = [];
  const keep = (item: EvidenceItem) => {
    if (inWindow(item.date, window)) items.push(item);
  };
  if (wanted.has('ledger')) for (const l of inputs.snapshot.ledger) for (const item of ledgerEvidence(l.entries, l.file)) keep(item);
  if (wanted.has('note')) for (const n of inputs.snapshot.notes) keep(noteEvidence(n.note, n.file));
  if (wanted.has('git')) for (const item of inputs.git ?? []) keep(item);
  // Plain code-unit order for ids: the same on every machine and locale.
  items.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts: Record<EvidenceSource, number> = { ledger: 0, note: 0, git: 0 };
  for (const item of items) counts[item.source]++;
  return { items, window: inputs.window, counts };
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
