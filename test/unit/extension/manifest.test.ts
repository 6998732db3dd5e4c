import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_IDS } from '../../../src/extension/command-ids';

interface Manifest {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  capabilities: { untrustedWorkspaces: { supported: string | boolean; description?: string } };
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    keybindings: { command: string; key: string; mac?: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; contents: string }[];
    configuration: { properties: Record<string, unknown> };
  };
  activationEvents: string[];
}

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

describe('package.json and the registered commands agree', () => {
  it('declares exactly the commands in command-ids.ts, each with a title and category', () => {
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    expect(declared).toEqual(Object.values(COMMAND_IDS).sort());
    for (const c of manifest.contributes.commands) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.category).toBe('Growth Ledger');
      expect(c.command).toMatch(/^growthLedger\.[a-z][a-zA-Z]+$/);
    }
  });

  it('implements every command id in a command file of its own', () => {
    const dir = join(root, 'src', 'extension', 'commands');
    const sources = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const key of Object.keys(COMMAND_IDS)) {
      const owners = sources.filter((s) => s.includes(`readonly id = COMMAND_IDS.${key};`));
      expect(owners, `command ${key}`).toHaveLength(1);
    }
    const composition = readFileSync(join(dir, '..', 'extension.ts'), 'utf8');
    const classes = sources.map((s) => /export class (\w+Command) implements Command/.exec(s)?.[1]).filter(Boolean);
    for (const name of classes) expect(composition, `${name} registered in extension.ts`).toContain(`new ${name}(`);
  });

  it('binds Log Entry to ctrl+alt+l / cmd+alt+l', () => {
    const binding = manifest.contributes.keybindings.find((k) => k.command === COMMAND_IDS.logEntry);
    expect(binding?.key).toBe('ctrl+alt+l');
    expect(binding?.mac).toBe('cmd+alt+l');
  });

  it('keeps @types/vscode at the version engines.vscode promises (vsce refuses a newer one)', () => {
    const engine = manifest.engines.vscode.replace(/^[\^~>=]+/, '');
    expect(manifest.devDependencies['@types/vscode']).toBe(engine);
  });

  it('declares limited support for untrusted workspaces, with a description', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.untrustedWorkspaces.description).toMatch(/no git/);
  });

  it('offers Set Up in welcome content and contributes both Growth views', () => {
    const views = manifest.contributes.views['growthLedger']?.map((v) => v.id);
    expect(views).toEqual(['growthLedger.evidence', 'growthLedger.ledger']);
    expect(manifest.contributes.viewsWelcome.some((w) => w.contents.includes('command:growthLedger.setUp'))).toBe(true);
  });

  it('activates only where a growth folder exists (commands and views add their own events)', () => {
    // No `*` and no `onStartupFinished`: a window that never uses Growth Ledger never loads it.
    expect(manifest.activationEvents).toEqual(['workspaceContains:growth/profile.yml']);
  });
});
