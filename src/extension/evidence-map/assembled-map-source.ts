import type * as vscode from 'vscode';
import type { WindowOverrides } from '../../core/evidence/evidence-window';
import { buildMapViewModel } from '../../core/standing/map-view-model';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { HubEvidence } from '../evidence/evidence-hub';
import type { MapFilter, MapModelSource } from './map-model-source';

export interface AssembledMapSourceDeps {
  /** The one evidence list (the hub's), for the profile's window or the months the person picked. */
  evidence(overrides: WindowOverrides): Promise<HubEvidence | undefined>;
  readonly onDidChange: vscode.Event<unknown>;
}

/**
 * The panel's {@link MapModelSource} over the evidence the Evidence view shows: the same assembly
 * (mapping, corrections, window rule) and the core's view-model builder. Nothing here computes a
 * number of its own, so the panel, the tree and the CLI's map agree.
 */
export function assembledMapSource(deps: AssembledMapSourceDeps): MapModelSource {
  return {
    onDidChange: (listener, thisArg, disposables) => deps.onDidChange(() => listener.call(thisArg, undefined), undefined, disposables),
    async model(filter: MapFilter): Promise<MapViewModel | undefined> {
      const evidence = await deps.evidence(filter.months ? { months: filter.months } : {});
      if (!evidence) return undefined;
      const { window } = evidence;
      const repositories = [...new Set(evidence.items.flatMap((i) => (i.repo ? [i.repo] : [])))].sort();
      const notices = [
        ...(evidence.gitMined ? [] : ['Git history is not part of this map: the workspace is in Restricted Mode, or mining has not finished yet.']),
        ...evidence.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
      ];
      return buildMapViewModel({
        model: evidence.snapshot.model,
        items: evidence.items,
        window: { since: window.since, until: window.until, rule: window.rule, ...(filter.months ? { months: filter.months } : {}) },
        ...(filter.repository && repositories.includes(filter.repository) ? { repository: filter.repository } : {}),
        repositories,
        notices,
        interactive: true,
      });
    },
  };
}
