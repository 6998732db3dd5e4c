import type { Command } from 'commander';
import { planFile, writePlan } from '../../core/plan/plan-service';
import { localDay } from '../../core/time/calendar';
import { cliContext } from '../cli-context';
import type { CliIo } from '../cli-io';
import { loadDocumentInputs, type DocumentOptions } from './packet-inputs';
import { warn } from './packet';

interface PlanOptions extends DocumentOptions {
  readonly target?: string;
}

/**
 * `growth-ledger plan --target LEVEL`: writes `growth/plan.md` from the gap table and prints its
 * path. An existing plan is the person's (they tick and edit it): it is left as it is.
 */
export function registerPlanCommand(program: Command, io: CliIo): void {
  program
    .command('plan')
    .description('write the development plan from the gap table: goals at 6 and 12 months, strategies, a timeline of milestones')
    .option('--target <level>', 'the level to plan for (default: the profile’s targetLevel)')
    .option('--no-cache', 'read all history again, without reading or writing the cache')
    .action(async (_opts: PlanOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<PlanOptions>();
      const ctx = await cliContext(io, opts);
      const path = planFile(ctx.layout);
      if ((await ctx.store.read(path)) !== undefined) {
        io.stderr(`growth-ledger: ${path} exists; it is not overwritten\n`);
        io.stdout(`${path}\n`);
        return;
      }
      const inputs = await loadDocumentInputs(io, opts, opts.target);
      const result = await writePlan(ctx.store, ctx.layout, { model: inputs.model, framework: inputs.framework, date: localDay(ctx.clock.now()), ...(opts.target ? { target: opts.target } : {}) });
      warn(io, result.problems);
      io.stdout(`${result.path}\n`);
    });
}
