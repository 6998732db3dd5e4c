import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthWorkspace } from '../growth-workspace';

/**
 * The repositories Growth Ledger may run git in: the workspace's folders and the ones the profile
 * lists, as absolute paths. Anything else named in a command argument or a document URI is refused.
 */
export async function knownRepoPaths(ws: GrowthWorkspace): Promise<string[]> {
  const root = ws.root.fsPath;
  const profile = (await ws.snapshot().catch(() => undefined))?.model.profile;
  const paths = [root, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath), ...(profile?.repositories ?? []).map((r) => path.resolve(root, r))];
  return [...new Set(paths.map((p) => path.resolve(p)))];
}

/** The known repository whose folder name is `name` (how evidence items name their repository). */
export function repoByName(known: readonly string[], name: string): string | undefined {
  const matches = known.filter((p) => path.basename(p).replace(/\.git$/, '') === name);
  return matches.length === 1 ? matches[0] : undefined;
}
