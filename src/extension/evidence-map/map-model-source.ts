import type * as vscode from 'vscode';
import type { MapEvidenceRow, MapViewModel } from '../../shared/evidence-map-protocol';

/** The filters a person picks in the page; absent means the profile's window and every repository. */
export interface MapFilter {
  readonly months?: number;
  readonly repository?: string;
}

/**
 * Where the panel's view model comes from. The composition root provides it (evidence assembly and
 * the core's model builder); the panel never computes a number itself.
 */
export interface MapModelSource {
  /** The model for a filter, or undefined when there is nothing to show (no growth folder yet). */
  model(filter: MapFilter): Promise<MapViewModel | undefined>;
  /** Fires when evidence, assessments or the framework change, so the page can refresh in place. */
  readonly onDidChange: vscode.Event<void>;
}

/**
 * What the page's buttons do, passed in by the composition root. Each receives the item as the
 * model the page was showing described it, looked up by id on the host (never taken from the page).
 */
export interface MapActions {
  openItem(item: MapEvidenceRow): Thenable<unknown>;
  excludeItem(item: MapEvidenceRow): Thenable<unknown>;
  /** Without a criterion the action asks which one. */
  mapItem(item: MapEvidenceRow, criterion?: string): Thenable<unknown>;
  /** A packet for the window the map shows (the person may have picked another than the profile's). */
  generatePacket(window?: { readonly since: string; readonly until: string }): Thenable<unknown>;
  recordAssessment(): Thenable<unknown>;
}
