import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { EvidenceList } from '../evidence/evidence-assembly';
import { noCorrections } from '../mapping/evidence-corrections';
import { mapEvidence } from '../mapping/evidence-mapping';
import type { GrowthSnapshot } from '../services/growth-snapshot';
import { buildMapViewModel } from '../standing/map-view-model';
import type { MapPlanProgress } from '../../shared/evidence-map-protocol';

/**
 * The Evidence Map's model as the packet, the review and the plan read it: the one evidence list
 * mapped with the person's corrections, over all repositories, not interactive. The editor's
 * commands and the CLI both call this, so they write the same documents for the same files.
 */
export function documentModel(list: Pick<EvidenceList, 'items' | 'window'>, snapshot: GrowthSnapshot, plan: MapPlanProgress | undefined): MapViewModel {
  const framework = snapshot.model.framework;
  const mapped = mapEvidence(list.items, framework, snapshot.model.corrections ?? noCorrections());
  const repositories = [...new Set(mapped.items.flatMap((i) => (i.repo === undefined ? [] : [i.repo])))].sort();
  return buildMapViewModel({
    model: snapshot.model,
    items: mapped.items,
    window: { since: list.window.since, until: list.window.until, rule: list.window.rule },
    repositories,
    notices: [],
    interactive: false,
    ...(plan ? { plan } : {}),
  });
}
