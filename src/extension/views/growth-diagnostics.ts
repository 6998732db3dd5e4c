import * as vscode from 'vscode';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import type { Problem } from '../../core/problems';
import { teamTemplateProblems } from '../../core/templates/template-source';

/**
 * Problems in growth files, in the Problems panel at their line. Recomputed when the growth folder
 * changes (which includes every save); files whose problems are gone are cleared.
 */
export class GrowthDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('growthLedger');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspaces: GrowthWorkspaceProvider, private readonly log: vscode.LogOutputChannel) {
    this.subscription = workspaces.onDidChange(() => void this.refresh());
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const ws = await this.workspaces.get();
    if (!ws) {
      this.collection.clear();
      return;
    }
    let problems: readonly Problem[];
    try {
      // Team templates are read only when a document is written; their problems show here before that.
      problems = [...(await ws.snapshot()).problems, ...(await teamTemplateProblems(ws.store, ws.layout))];
    } catch (e) {
      this.log.error(`could not read the growth folder: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const line = Math.max(0, p.line - 1);
      const range = new vscode.Range(line, Math.max(0, (p.column ?? 1) - 1), line, Number.MAX_SAFE_INTEGER);
      const diagnostic = new vscode.Diagnostic(range, p.message, severity(p.severity));
      diagnostic.source = 'Growth Ledger';
      const list = byFile.get(p.file) ?? [];
      list.push(diagnostic);
      byFile.set(p.file, list);
    }
    this.collection.clear();
    for (const [file, diagnostics] of byFile) this.collection.set(ws.uri(file), diagnostics);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

function severity(s: Problem['severity']): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}
