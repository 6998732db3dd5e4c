import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { EvidenceList } from '../evidence/evidence-assembly';
import { noCorrections } from '../mapping/evidence-corrections';
import { mapEvidence } from '../mapping/evidence-mapping';
import type { GrowthSnapshot } from '../services/growth-snapshot';
import { buildMapViewModel } from '../standing/map-view-model';
import type { MapPlanProgress } from '../../shared/evidence-map-protocol';

/**
 * The Evidence Map's model as the packet, the review and the plan read it: the one evidence list
 * mapped with the person's corrections, over all repositories, not interactive (`target`, when
 * given, replaces the profile's target level). The editor's
 * commands and the CLI both call this, so they write the same documents for the same files.
 */
export function documentModel(list: Pick<EvidenceList, 'items' | 'window'>, snapshot: GrowthSnapshot, plan: MapPlanProgress | undefined, target?: string): MapViewModel {
  const framework = snapshot.model.framework;
  const profile = snapshot.model.profile;
  // A packet for another level than the profile's target compares with that level's expectations.
  const model = target !== undefined && profile ? { ...snapshot.model, profile: { ...profile, targetLevel: target } } : snapshot.model;
  const mapped = mapEvidence(list.items, framework, snapshot.model.corrections ?? noCorrections());
  const repositories = [...new Set(mapped.items.flatMap((i) => (i.repo === undefined ? [] : [i.repo])))].sort();
  return buildMapViewModel({
    model,
    items: mapped.items,
    window: { since: list.window.since, until: list.window.until, rule: list.window.rule },
    repositories,
    notices: [],
    interactive: false,
    ...(plan ? { plan } : {}),
  });
}
