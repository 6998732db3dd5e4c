import * as vscode from 'vscode';
import type { MapEvidenceRow } from '../../shared/evidence-map-protocol';
import { COMMAND_IDS } from '../command-ids';
import type { MapActions } from './map-model-source';

/** The corrections the mapping feature writes to `growth/evidence.yml`, provided by the composition root. */
export interface MapCorrections {
  exclude(item: MapEvidenceRow): Thenable<unknown>;
  /** Without a criterion it asks which ones. */
  mapTo(item: MapEvidenceRow, criterion?: string): Thenable<unknown>;
}

/**
 * The page's actions through the extension's existing commands: an item opens exactly as from the
 * Evidence tree (Open Evidence checks the path and the commit id again), and the packet and the
 * assessment are their own commands.
 */
export function commandMapActions(corrections: MapCorrections | undefined): MapActions {
  const missing = () => Promise.reject(new Error('corrections to evidence.yml are not available in this build'));
  return {
    openItem: (item: MapEvidenceRow) =>
      vscode.commands.executeCommand(COMMAND_IDS.openEvidenceItem, { path: item.path, line: item.line, sha: item.sha, repo: item.repo }),
    excludeItem: (item) => (corrections ? corrections.exclude(item) : missing()),
    mapItem: (item, criterion) => (corrections ? corrections.mapTo(item, criterion) : missing()),
    generatePacket: (window) => vscode.commands.executeCommand(COMMAND_IDS.generatePacket, window ? { since: window.since, until: window.until } : undefined),
    recordAssessment: () => vscode.commands.executeCommand(COMMAND_IDS.recordAssessment),
  };
}
