import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthWorkspace } from '../growth-workspace';

/**
 * The repositories Growth Ledger may run git in: the workspace's folders and the ones the profile
 * lists, as absolute paths. Anything else named in a command argument or a document URI is refused.
 */
export async function knownRepoPaths(ws: GrowthWorkspace): Promise<string[]> {
  return (await knownRepos(ws)).map((r) => r.path);
}

/** The same, marking the repositories the profile lists (their problems are worth a warning; a workspace folder that is not a repository is not). */
export async function knownRepos(ws: GrowthWorkspace): Promise<{ path: string; listed: boolean }[]> {
  const root = ws.root.fsPath;
  const profile = (await ws.snapshot().catch(() => undefined))?.model.profile;
  const folders = [root, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath)].map((p) => path.resolve(p));
  const listed = (profile?.repositories ?? []).map((r) => path.resolve(root, r)).filter((p) => !folders.includes(p));
  return [...new Set(folders)].map((p) => ({ path: p, listed: false })).concat([...new Set(listed)].map((p) => ({ path: p, listed: true })));
}

/** The known repository whose folder name is `name` (how evidence items name their repository). */
export function repoByName(known: readonly string[], name: string): string | undefined {
  const matches = known.filter((p) => path.basename(p).replace(/\.git$/, '') === name);
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The prompt of `reposToMine` (outside-repos.ts): one question naming every repository outside the
 * workspace by its real path. Pass it with `context.workspaceState` and the workspace folders, e.g.
 * `reposToMine(await knownRepos(ws), folders, context.workspaceState, askToMineOutsideRepos)`.
 */
export async function askToMineOutsideRepos(realPaths: readonly string[]): Promise<boolean | undefined> {
  const mine = 'Mine Them';
  const skip = 'Do Not Mine';
  const list = realPaths.map((p) => `• ${p}`).join('\n');
  const answer = await vscode.window.showWarningMessage(
    realPaths.length === 1
      ? 'This workspace points Growth Ledger at a repository outside it. Mine its history?'
      : `This workspace points Growth Ledger at ${realPaths.length} repositories outside it. Mine their history?`,
    {
      modal: true,
      // Both routes are files that came with the folder: the profile's `repositories:`, and a
      // `.git` file or `core.worktree` setting that sends git elsewhere (git-redirect.ts).
      detail: `${list}\n\ngrowth/profile.yml (its repositories: list) or the folder's own .git file or core.worktree setting names these folders, and they came with what you opened, so whoever made it chose them. Growth Ledger only reads their history; your answer is remembered for this workspace.`,
    },
    mine,
    skip,
  );
  return answer === mine ? true : answer === skip ? false : undefined;
}
