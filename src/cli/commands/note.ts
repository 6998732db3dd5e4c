import type { Command } from 'commander';
import { type CliIo } from '../cli-io';
import { cliContext, splitList, type GlobalOptions } from '../cli-context';
import { newTwoNote } from '../../core/services/two-note-service';
import { readHead } from '../../adapters/repo/repo-files';

interface NoteOptions extends GlobalOptions {
  readonly task: string;
  readonly branch?: string;
  readonly criteria?: string;
}

/** `growth-ledger note`: creates a two-note file for a task. */
export function registerNoteCommand(program: Command, io: CliIo): void {
  program
    .command('note')
    .description('create a two-note file (for future me / for a teammate) for a task')
    .requiredOption('--task <task>', 'the task the note is about')
    .option('--branch <branch>', 'branch the work is on (default: the current branch)')
    .option('--criteria <ids>', 'comma-separated criterion ids')
    .action(async (_opts: NoteOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<NoteOptions>();
      const ctx = await cliContext(io, opts);
      const branch = opts.branch ?? (await readHead(ctx.repoRoot))?.branch;
      const result = await newTwoNote(ctx.store, ctx.layout, ctx.clock, {
        task: opts.task,
        branch,
        criteria: splitList(opts.criteria),
      });
      io.stdout(`created ${result.path}\n`);
    });
}
