import type { Command } from 'commander';
import { planFile } from '../../core/plan/plan-service';
import { writeReview } from '../../core/review/review-service';
import { daysInMonth, isIsoMonth, localMonth } from '../../core/time/calendar';
import { cliContext } from '../cli-context';
import { CliError, type CliIo } from '../cli-io';
import { loadDocumentInputs, type DocumentOptions } from './packet-inputs';
import { warn } from './packet';

interface ReviewOptions extends DocumentOptions {
  readonly month?: string;
}

/**
 * `growth-ledger review [--month YYYY-MM]`: writes `growth/reviews/YYYY-MM.md` (default: this
 * month) and prints its path. An existing review is left as it is (its path is printed, with a
 * note on stderr): it holds the person's reflections.
 */
export function registerReviewCommand(program: Command, io: CliIo): void {
  program
    .command('review')
    .description('write the monthly review: the month in numbers, its evidence, open next steps, goals, reflection prompts')
    .option('--month <YYYY-MM>', 'the month to review (default: this month)')
    .option('--no-cache', 'read all history again, without reading or writing the cache')
    .action(async (_opts: ReviewOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ReviewOptions>();
      const ctx = await cliContext(io, opts);
      const month = opts.month ?? localMonth(ctx.clock.now());
      if (!isIsoMonth(month)) throw new CliError(`--month ${month} is not a month; write it as YYYY-MM`, 2);
      const path = ctx.layout.reviewFile(month);
      if ((await ctx.store.read(path)) !== undefined) {
        io.stderr(`growth-ledger: ${path} exists; it is not overwritten\n`);
        io.stdout(`${path}\n`);
        return;
      }
      const until = `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
      const inputs = await loadDocumentInputs(io, { ...opts, until });
      const result = await writeReview(ctx.store, ctx.layout, { month, model: inputs.model, notes: inputs.notes, repositories: inputs.repositories, planFile: planFile(ctx.layout) });
      warn(io, result.problems);
      io.stdout(`${result.path}\n`);
    });
}
