import { createFileAtomic } from '../../adapters/fs/atomic-write';
import * as path from 'node:path';
import type { Command } from 'commander';
import { writePacket } from '../../core/packet/packet-service';
import { packetData } from '../../core/packet/packet-data';
import { BUILTIN_PACKET_TEMPLATE } from '../../core/packet/packet-template';
import { planFile } from '../../core/plan/plan-service';
import { formatProblem, type Problem } from '../../core/problems';
import { resolveTemplate } from '../../core/templates/template-source';
import { renderWithFallback } from '../../core/templates/template-engine';
import { localDay } from '../../core/time/calendar';
import { CliError, type CliIo } from '../cli-io';
import { loadDocumentInputs, type DocumentOptions } from './packet-inputs';

interface PacketOptions extends DocumentOptions {
  readonly target?: string;
  readonly out?: string;
}

/**
 * `growth-ledger packet --target LEVEL [--since DATE] [--until DATE] [--out FILE]`: writes a
 * promotion packet draft to `growth/packets/DATE-LEVEL.md` (`-2`, `-3` … when one exists: nothing
 * is overwritten) or to `--out FILE` (refused when it exists), and prints the path.
 */
export function registerPacketCommand(program: Command, io: CliIo): void {
  program
    .command('packet')
    .description('write a promotion packet draft: summary, metrics, evidence per criterion with links, ratings, goals, feedback, appendix')
    .option('--target <level>', 'the level the packet argues for (default: the profile’s targetLevel)')
    .option('--since <YYYY-MM-DD>', 'first day of evidence (default: the profile’s window)')
    .option('--until <YYYY-MM-DD>', 'last day of evidence (default: today)')
    .option('--out <file>', 'write here instead of growth/packets/DATE-LEVEL.md (never overwrites)')
    .option('--no-cache', 'read all history again, without reading or writing the cache')
    .action(async (_opts: PacketOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<PacketOptions>();
      const inputs = await loadDocumentInputs(io, opts, opts.target);
      const target = opts.target ?? inputs.model.person.targetLevel;
      if (!target) throw new CliError('which level is the packet for? pass --target LEVEL or set targetLevel in the profile', 2);
      const { ctx } = inputs;
      const input = { model: inputs.model, date: localDay(ctx.clock.now()), repositories: inputs.repositories, planFile: planFile(ctx.layout) };
      if (opts.out) {
        const template = await resolveTemplate(ctx.store, ctx.layout, 'packet', BUILTIN_PACKET_TEMPLATE);
        const rendered = renderWithFallback(template, BUILTIN_PACKET_TEMPLATE, packetData(input).data);
        warn(io, [...template.problems, ...rendered.problems]);
        const file = path.resolve(io.cwd, opts.out);
        const created = await createFileAtomic(file, rendered.text).catch((e: NodeJS.ErrnoException) => {
          throw new CliError(`cannot write ${opts.out}: ${e.message}`, 1);
        });
        if (!created) throw new CliError(`${opts.out} exists; it is not overwritten, choose another name`, 1);
        io.stdout(`${opts.out}\n`);
        return;
      }
      const result = await writePacket(ctx.store, ctx.layout, input, target);
      warn(io, result.problems);
      io.stdout(`${result.path}\n`);
    });
}

/** Template problems: the built-in template was used instead, so they warn rather than fail. */
export function warn(io: CliIo, problems: readonly Problem[]): void {
  for (const p of problems) io.stderr(`growth-ledger: ${formatProblem({ ...p, severity: 'warning' })}\n`);
}
