import type { Command } from 'commander';
import { DEFAULT_WINDOW_MONTHS } from '../../core/evidence/evidence-window';
import { didYouMean, knownList } from '../../core/model/closest-id';
import { buildMapViewModel } from '../../core/standing/map-view-model';
import { gapTableMarkdown, gapTableText } from '../../core/standing/gap-table-text';
import { terminalSafe } from '../../core/text/terminal-text';
import { isIsoDate } from '../../core/time/calendar';
import type { GlobalOptions } from '../cli-context';
import { CliError, type CliIo } from '../cli-io';
import { loadCliStanding } from '../cli-standing';

interface GapsOptions extends GlobalOptions {
  readonly target?: string;
  readonly since?: string;
  readonly until?: string;
  readonly json?: boolean;
  readonly markdown?: boolean;
  readonly cache: boolean;
}

/**
 * `growth-ledger gaps`: the seeds' "Current state vs. target expectations" table, computed by the
 * same core as the Evidence Map (one view model), as aligned text, Markdown or JSON.
 */
export function registerGapsCommand(program: Command, io: CliIo): void {
  program
    .command('gaps')
    .description('show where you stand against the target level: ratings, expectations, evidence and a verdict per criterion')
    .option('--target <level>', 'the level to compare with (default: the profile’s targetLevel)')
    .option('--since <YYYY-MM-DD>', `first day of evidence (default: the profile’s window, else ${DEFAULT_WINDOW_MONTHS} months)`)
    .option('--until <YYYY-MM-DD>', 'last day of evidence (default: today)')
    .option('--json', 'print the gap table rows, window and headline as JSON')
    .option('--markdown', 'print the gap table as Markdown, full expectations included')
    .option('--no-cache', 'read all history again, without reading or writing the cache')
    .action(async (_opts: GapsOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GapsOptions>();
      for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
        if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} ${value} is not a date; write it as YYYY-MM-DD`, 2);
      }
      if (opts.json && opts.markdown) throw new CliError('choose one of --json and --markdown', 2);
      const standing = await loadCliStanding(io, opts, { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) });
      const { model } = standing.snapshot;
      const levels = model.framework.levels.map((l) => l.id);
      if (opts.target !== undefined && !levels.includes(opts.target)) {
        throw new CliError(`--target ${opts.target} is not a level of the framework${didYouMean(opts.target, levels)}; levels: ${knownList(levels)}`, 2);
      }
      const profile = model.profile ?? { name: '', identities: [], framework: model.framework.id, repositories: [], window: {}, bots: [], paths: {} };
      const vm = buildMapViewModel({
        model: { ...model, profile: opts.target ? { ...profile, targetLevel: opts.target } : profile },
        items: standing.items,
        window: standing.window,
        repositories: standing.repositories,
        notices: standing.notices,
        interactive: false,
      });
      if (opts.json) {
        const criteria = vm.criteria.map(({ items, ...row }) => ({ ...row, evidence: items.map((i) => vm.evidence[i]?.id) }));
        io.stdout(`${JSON.stringify({ person: vm.person, window: vm.window, headline: vm.headline, criteria, balance: vm.balance, notices: vm.notices })}\n`);
        return;
      }
      const text = opts.markdown ? gapTableMarkdown(vm) : gapTableText(vm);
      // Both tables pass every name through terminalSafe; the notices quote repositories too.
      io.stdout(text);
      for (const n of vm.notices) io.stderr(`growth-ledger: note: ${terminalSafe(n)}\n`);
    });
}
