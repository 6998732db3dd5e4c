import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import type { Command } from '../command-manager';
import type { GrowthWorkspaceProvider } from '../workspace-provider';
import { setUpGrowthFolder, type SetUpInput } from '../../core/services/set-up';
import { DEFAULT_FRAMEWORK } from '../../core/framework/default-framework';
import type { Clock } from '../../core/ports';
import type { HostAdapters } from '../host-adapters';
import { argumentObject, optionalList, optionalText } from './command-args';

/**
 * Set Up: creates `profile.yml` from the repository's git identity (asked for in an untrusted
 * workspace, where git does not run) and this month's ledger, then opens the profile to review.
 */
export class SetUpCommand implements Command {
  readonly id = COMMAND_IDS.setUp;

  constructor(
    private readonly workspaces: GrowthWorkspaceProvider,
    private readonly repo: Pick<HostAdapters, 'readGitIdentity'>,
    private readonly clock: Clock,
  ) {}

  async execute(raw?: unknown): Promise<vscode.Uri | undefined> {
    const ws = await this.workspaces.require();
    const fields = argumentObject(raw);
    const levels = new Set(DEFAULT_FRAMEWORK.levels.map((l) => l.id));
    const level = optionalText(fields, 'level', 64);
    const targetLevel = optionalText(fields, 'targetLevel', 64);
    for (const l of [level, targetLevel]) if (l !== undefined && !levels.has(l)) throw new Error(`unknown level "${l}"; known: ${[...levels].join(', ')}`);
    const args: Partial<SetUpInput> | undefined = fields && {
      name: optionalText(fields, 'name', 200),
      identities: optionalList(fields, 'identities')?.slice(0, 50),
      level,
      targetLevel,
    };
    const input = await this.collect(ws.trusted ? ws.root.fsPath : undefined, args);
    if (!input) return undefined;
    const result = await setUpGrowthFolder(ws.store, ws.layout, this.clock, input);
    ws.invalidate();
    const profile = ws.uri(result.profile);
    await vscode.window.showTextDocument(profile, { preview: false });
    const message = result.createdProfile
      ? `Growth Ledger is set up in ${ws.layout.root}/. Review your profile, then log your first entry.`
      : `${result.profile} already exists and was left as it is.`;
    void vscode.window.showInformationMessage(message, 'Log Entry').then((choice) => {
      if (choice) void vscode.commands.executeCommand(COMMAND_IDS.logEntry);
    });
    return profile;
  }

  private async collect(repoPath: string | undefined, args?: Partial<SetUpInput>): Promise<SetUpInput | undefined> {
    if (args?.name && args.identities?.length) return { name: args.name, identities: args.identities, level: args.level, targetLevel: args.targetLevel };
    const git = repoPath ? await this.repo.readGitIdentity(repoPath, () => vscode.workspace.isTrusted).catch(() => ({ name: undefined, email: undefined })) : {};
    const name =
      args?.name ??
      git.name ??
      (await vscode.window.showInputBox({ title: 'Set Up (1/3): your name', prompt: 'As you commit under it', ignoreFocusOut: true, validateInput: required }));
    if (!name) return undefined;
    const email =
      git.email ??
      (await vscode.window.showInputBox({ title: 'Set Up (1/3): your email', prompt: 'The email your commits use (more can be added in profile.yml)', ignoreFocusOut: true, validateInput: required }));
    if (!email) return undefined;
    const identities = args?.identities?.length ? args.identities : [...new Set([name, email])];
    const level = args?.level ?? (await pickLevel('Set Up (2/3): your current level'));
    if (level === undefined) return undefined;
    const targetLevel = args?.targetLevel ?? (await pickLevel('Set Up (3/3): the level you are growing toward', level));
    if (targetLevel === undefined) return undefined;
    return { name, identities, level: level || undefined, targetLevel: targetLevel || undefined };
  }
}

/** Resolves the level id, '' for "decide later", undefined when cancelled. */
async function pickLevel(title: string, above?: string): Promise<string | undefined> {
  const levels = DEFAULT_FRAMEWORK.levels;
  const from = above ? levels.findIndex((l) => l.id === above) + 1 : 0;
  const items = [...levels.slice(from).map((l) => ({ label: l.name, description: l.id, id: l.id })), { label: 'Decide later', description: 'edit profile.yml any time', id: '' }];
  const picked = await vscode.window.showQuickPick(items, { title, ignoreFocusOut: true });
  return picked?.id;
}

function required(value: string): string | undefined {
  return value.trim() === '' ? 'Needed to recognise your commits' : undefined;
}
