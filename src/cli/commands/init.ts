import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io';
import { cliContext, type GlobalOptions } from '../cli-context';
import { setUpGrowthFolder } from '../../core/services/set-up';
import { readGitIdentity } from '../../adapters/repo/git-identity';

interface InitOptions extends GlobalOptions {
  readonly name?: string;
  readonly identity?: string[];
  readonly level?: string;
  readonly target?: string;
}

/** `growth-ledger init`: creates profile.yml (identity from git unless given) and this month's ledger. */
export function registerInitCommand(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create growth/profile.yml and this month\'s ledger (nothing existing is touched)')
    .option('--name <name>', 'your name (default: git config user.name)')
    .option('--identity <nameOrEmail>', 'a name or email you commit under (repeatable; default: git user.name and user.email)', collect, [])
    .option('--level <level>', 'your current level, e.g. senior')
    .option('--target <level>', 'the level you are growing toward, e.g. staff')
    .action(async (_opts: InitOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<InitOptions>();
      const ctx = await cliContext(io, opts);
      const fromGit = opts.name && opts.identity?.length ? undefined : await readGitIdentity(ctx.repoRoot, true, io.env);
      const name = opts.name ?? fromGit?.name;
      const identities = unique([...(opts.identity ?? []), ...(opts.identity?.length ? [] : [fromGit?.name, fromGit?.email])]);
      if (!name || identities.length === 0) {
        throw new CliError('no identity: git has no user.name/user.email here; pass --name NAME --identity EMAIL', 2);
      }
      const result = await setUpGrowthFolder(ctx.store, ctx.layout, ctx.clock, {
        name,
        identities,
        level: opts.level,
        targetLevel: opts.target,
      });
      io.stdout(`${result.createdProfile ? 'created' : 'kept existing'} ${result.profile}\n`);
      io.stdout(`${result.createdLedger ? 'created' : 'kept existing'} ${result.ledger}\n`);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim() !== '').map((v) => v.trim()))];
}
