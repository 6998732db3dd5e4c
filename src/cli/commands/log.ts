import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io';
import { cliContext, splitList, type GlobalOptions } from '../cli-context';
import { logEntry } from '../../core/services/log-entry';
import { loadGrowthModel } from '../../core/model/growth-model';
import { criteriaIndex } from '../../core/framework/criteria-index';

interface LogOptions extends GlobalOptions {
  readonly kind: string;
  readonly title: string;
  readonly criteria?: string;
  readonly tags?: string;
  readonly body?: string;
  readonly date?: string;
}

/** `growth-ledger log`: appends an entry to this month's ledger file. */
export function registerLogCommand(program: Command, io: CliIo): void {
  program
    .command('log')
    .description('append an entry to the ledger of its month')
    .requiredOption('--kind <kind>', 'what kind of evidence: conversation, doc, rfc, review, mentoring, incident, …')
    .requiredOption('--title <title>', 'one line saying what happened')
    .option('--criteria <ids>', 'comma-separated criterion ids, e.g. mentoring,communication')
    .option('--tags <tags>', 'comma-separated free tags')
    .option('--body <text>', 'Markdown body of the entry')
    .option('--date <YYYY-MM-DD>', 'date of the entry (default: today)')
    .action(async (_opts: LogOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<LogOptions>();
      const ctx = await cliContext(io, opts);
      const model = await loadGrowthModel(ctx.store, ctx.layout);
      const vocab = criteriaIndex(model.framework);
      if (!vocab.knownKinds.has(opts.kind)) {
        throw new CliError(`unknown kind "${opts.kind}"; known: ${[...vocab.knownKinds].join(', ')}`, 2);
      }
      const criteria = splitList(opts.criteria);
      const unknown = criteria.filter((c) => !vocab.knownCriteria.has(c));
      if (unknown.length > 0) {
        throw new CliError(`unknown criteria ${unknown.join(', ')}; known: ${[...vocab.knownCriteria].join(', ')}`, 2);
      }
      const result = await logEntry(ctx.store, ctx.layout, ctx.clock, {
        kind: opts.kind,
        title: opts.title,
        criteria,
        tags: splitList(opts.tags),
        body: opts.body,
        date: opts.date,
      }).catch((e: unknown) => {
        throw new CliError(e instanceof Error ? e.message : String(e), 1);
      });
      io.stdout(`logged in ${result.path}\n`);
    });
}
