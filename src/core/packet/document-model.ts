import type { MapPlanProgress, MapViewModel } from '../../shared/evidence-map-protocol';
import type { EvidenceItem } from '../evidence/evidence-item';
import type { ResolvedWindow } from '../evidence/evidence-window';
import type { GrowthSnapshot } from '../services/growth-snapshot';
import { buildMapViewModel } from '../standing/map-view-model';

/** What the packet, review and plan commands have when they ask for the model. */
export interface DocumentModelInput {
  /** The one evidence list, already mapped by the assembly (corrections applied), in the window. */
  readonly items: readonly EvidenceItem[];
  readonly window: ResolvedWindow;
  readonly snapshot: GrowthSnapshot;
  readonly plan?: MapPlanProgress;
  /** A level id replacing the profile's target level (a packet for another level). */
  readonly target?: string;
  readonly notices?: readonly string[];
}

/**
 * The Evidence Map's model as the packet, the review and the plan read it: over all repositories,
 * not interactive, with the plan's progress. The editor's commands and the CLI both call this, so
 * they write the same documents for the same files and history.
 */
export function documentModel(input: DocumentModelInput): MapViewModel {
  const { snapshot, target } = input;
  const profile = snapshot.model.profile;
  // A packet for another level than the profile's target compares with that level's expectations.
  const model = target !== undefined && profile ? { ...snapshot.model, profile: { ...profile, targetLevel: target } } : snapshot.model;
  const repositories = [...new Set(input.items.flatMap((i) => (i.repo === undefined ? [] : [i.repo])))].sort();
  return buildMapViewModel({
    model,
    items: input.items,
    window: { since: input.window.since, until: input.window.until, rule: input.window.rule },
    repositories,
    notices: [...(input.notices ?? [])],
    interactive: false,
    ...(input.plan ? { plan: input.plan } : {}),
  });
}
