import { Command, CommanderError } from 'commander';
import { terminalSafe } from '../core/text/terminal-text';
import { CliError, type CliIo } from './cli-io';
import { registerInitCommand } from './commands/init';
import { registerLogCommand } from './commands/log';
import { registerNoteCommand } from './commands/note';
import { registerValidateCommand } from './commands/validate';
import { registerEvidenceCommand } from './commands/evidence';
import { registerGapsCommand } from './commands/gaps';
import { registerPacketCommand } from './commands/packet';
import { registerReviewCommand } from './commands/review';
import { registerPlanCommand } from './commands/plan';
import { registerMapCommand } from './commands/map';

/**
 * Runs the CLI in-process and resolves its exit code: 0 on success, 1 when a check fails or data is
 * bad, 2 for bad usage. Errors are one line on stderr, prefixed with the program name.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('growth-ledger')
    .description('Keep a learning ledger and two-note practice in your repository, and mine its history for evidence.')
    .option('--root <dir>', 'repository root (default: the git top level of the current folder)')
    .option('--growth-dir <dir>', 'growth folder inside the repository', 'growth')
    .showHelpAfterError('(run growth-ledger --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    });
  for (const register of [registerInitCommand, registerLogCommand, registerNoteCommand, registerValidateCommand, registerEvidenceCommand, registerGapsCommand, registerPacketCommand, registerReviewCommand, registerPlanCommand, registerMapCommand]) {
    register(program, io);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its message; help and version are successful exits.
      return e.exitCode === 0 ? 0 : 2;
    }
    // Messages quote paths and names from the repository: one error is one line, driving nothing.
    if (e instanceof CliError) {
      io.stderr(`growth-ledger: ${terminalSafe(e.message)}\n`);
      return e.exitCode;
    }
    io.stderr(`growth-ledger: ${terminalSafe(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}
