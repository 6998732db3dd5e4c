import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io';
import { cliContext, type GlobalOptions } from '../cli-context';
import { loadGrowthSnapshot } from '../../core/services/growth-snapshot';
import { formatProblem } from '../../core/problems';

/** `growth-ledger validate`: prints every problem in the growth folder; non-zero when there is any. */
export function registerValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check profile, framework, assessments, ledger and two-notes; print problems as file:line: message')
    .action(async (_opts: GlobalOptions, cmd: Command) => {
      const ctx = await cliContext(io, cmd.optsWithGlobals<GlobalOptions>());
      const snapshot = await loadGrowthSnapshot(ctx.store, ctx.layout);
      const sorted = [...snapshot.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
      for (const p of sorted) io.stdout(`${formatProblem(p)}\n`);
      const entries = snapshot.ledger.reduce((n, l) => n + l.entries.length, 0);
      if (sorted.length > 0) {
        throw new CliError(`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${ctx.layout.root}/`, 1);
      }
      io.stdout(`${ctx.layout.root}/ is valid: ${entries} ledger entries, ${snapshot.notes.length} two-notes${snapshot.model.profile ? '' : ' (no profile.yml yet: run growth-ledger init)'}\n`);
    });
}
