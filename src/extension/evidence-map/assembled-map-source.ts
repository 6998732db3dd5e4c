import type * as vscode from 'vscode';
import type { EvidenceItem } from '../../core/evidence/evidence-item';
import { evidenceWindow } from '../../core/evidence/evidence-window';
import { noCorrections, type EvidenceCorrections } from '../../core/mapping/evidence-corrections';
import { mapEvidence } from '../../core/mapping/evidence-mapping';
import type { GrowthModel } from '../../core/model/growth-model';
import type { EvidenceWindow } from '../../core/model/types';
import { buildMapViewModel } from '../../core/standing/map-view-model';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import type { MapFilter, MapModelSource } from './map-model-source';

/** What the map is computed from: the growth files' model, every evidence item, and the corrections. */
export interface MapInputs {
  readonly model: GrowthModel;
  readonly items: readonly EvidenceItem[];
  readonly corrections?: EvidenceCorrections;
  /** Things to tell the person (Restricted Mode, …). */
  readonly notices: readonly string[];
}

export interface AssembledMapSourceDeps {
  /** Undefined when there is no growth profile yet. */
  load(): Promise<MapInputs | undefined>;
  readonly onDidChange: vscode.Event<unknown>;
  /** The `growthLedger.evidenceWindowMonths` setting, for a profile without a window. */
  defaultMonths(): number;
  today(): Date;
}

/**
 * A {@link MapModelSource} over the evidence the extension already has: it maps the items with the
 * core's mapping (corrections win) and builds the view model with the core's builder, for the
 * window the person picked or the profile's. Nothing here computes a number of its own.
 */
export function assembledMapSource(deps: AssembledMapSourceDeps): MapModelSource {
  return {
    onDidChange: (listener, thisArg, disposables) => deps.onDidChange(() => listener.call(thisArg, undefined), undefined, disposables),
    async model(filter: MapFilter): Promise<MapViewModel | undefined> {
      const inputs = await deps.load();
      const profile = inputs?.model.profile;
      if (!inputs || !profile) return undefined;
      const today = deps.today();
      const window = chosenWindow(filter.months, profile.window, deps.defaultMonths(), today);
      const mapped = mapEvidence(inputs.items, inputs.model.framework, inputs.corrections ?? noCorrections());
      const repositories = [...new Set(inputs.items.flatMap((i) => (i.repo ? [i.repo] : [])))].sort();
      return buildMapViewModel({
        model: inputs.model,
        items: mapped.items,
        window,
        ...(filter.repository && repositories.includes(filter.repository) ? { repository: filter.repository } : {}),
        repositories,
        notices: [...inputs.notices, ...mapped.problems.map((p) => p.message)],
        interactive: true,
      });
    },
  };
}

function chosenWindow(months: number | undefined, profile: EvidenceWindow, defaultMonths: number, today: Date) {
  const until = today.toISOString().slice(0, 10);
  if (months) return { since: evidenceWindow({ months }, defaultMonths, today), until, rule: `the last ${months} months, as you picked`, months };
  const since = evidenceWindow(profile, defaultMonths, today);
  const rule = profile.since
    ? `the profile's window: since ${profile.since}`
    : profile.months
      ? `the profile's window: ${profile.months} months`
      : `the setting's window: ${defaultMonths} months`;
  return { since, until, rule };
}
