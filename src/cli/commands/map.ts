import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import { renderMapHtml, type MapHtmlAssets } from '../../core/export/map-html';
import type { MapViewModel } from '../../shared/evidence-map-protocol';
import { CliError, type CliIo } from '../cli-io';
import { loadCliStanding } from '../cli-standing';
import { isIsoDate } from '../../core/time/calendar';
import { buildMapViewModel } from '../../core/standing/map-view-model';

interface MapOptions {
  readonly out?: string;
  readonly months?: string;
  readonly since?: string;
  readonly until?: string;
  readonly repository?: string;
  readonly root?: string;
  readonly growthDir?: string;
}

/** What `map` needs to build the model: the same evidence assembly and builder as the panel. */
export type MapModelLoader = (io: CliIo, opts: MapModelOptions) => Promise<MapViewModel>;

/** The filters `map` takes: the window (months back, or explicit dates) and one repository. */
export interface MapModelOptions {
  readonly root?: string;
  readonly growthDir?: string;
  readonly months?: number;
  readonly since?: string;
  readonly until?: string;
  readonly repository?: string;
}

/** What `map` reads, replaceable in tests: the evidence (default: the same loader as `gaps`) and the built app. */
export interface MapCommandDeps {
  readonly loadModel?: MapModelLoader;
  readonly assets?: () => Promise<MapHtmlAssets>;
}

/**
 * `growth-ledger map --out FILE.html`: the Evidence Map as one self-contained HTML file — the
 * same webview app and view model as the editor's panel, read-only, with no network access.
 */
export function registerMapCommand(program: Command, io: CliIo, deps: MapCommandDeps = {}): void {
  const loadModel = deps.loadModel ?? standingModel;
  const loadAssets = deps.assets ?? readAssets;
  program
    .command('map')
    .description('write the Evidence Map as one self-contained HTML file (no network, safe to send)')
    .requiredOption('--out <file.html>', 'where to write the HTML file')
    .option('--months <n>', 'window length in months (default: the profile’s window)')
    .option('--since <YYYY-MM-DD>', 'first day of evidence (instead of --months)')
    .option('--until <YYYY-MM-DD>', 'last day of evidence (default: today)')
    .option('--repository <name>', 'only evidence from this repository')
    .action(async (_opts: MapOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<MapOptions>();
      const months = opts.months === undefined ? undefined : Number(opts.months);
      if (months !== undefined && !(Number.isInteger(months) && months >= 1 && months <= 120)) {
        throw new CliError(`--months ${opts.months} is not a number of months from 1 to 120`, 2);
      }
      for (const [flag, value] of [['--since', opts.since], ['--until', opts.until]] as const) {
        if (value !== undefined && !isIsoDate(value)) throw new CliError(`${flag} ${value} is not a date; write it as YYYY-MM-DD`, 2);
      }
      if (opts.since && months) throw new CliError('choose one of --since and --months', 2);
      const out = path.resolve(io.cwd, opts.out ?? '');
      const assets = await loadAssets();
      const model = await loadModel(io, {
        ...(opts.root ? { root: opts.root } : {}),
        ...(opts.growthDir ? { growthDir: opts.growthDir } : {}),
        ...(months ? { months } : {}),
        ...(opts.since ? { since: opts.since } : {}),
        ...(opts.until ? { until: opts.until } : {}),
        ...(opts.repository ? { repository: opts.repository } : {}),
      });
      const html = renderMapHtml(model, assets, (text) => createHash('sha256').update(text, 'utf8').digest('base64'));
      await writeAtomically(out, html);
      io.stdout(`${path.relative(io.cwd, out) || out}: Evidence Map of ${model.headline.evidence} item${model.headline.evidence === 1 ? '' : 's'}, ${model.window.label}\n`);
    });
}

/** The built webview app beside the CLI bundle (dist/cli.js → dist/webview/). */
async function readAssets(): Promise<MapHtmlAssets> {
  const dir = path.join(__dirname, 'webview');
  try {
    const [script, css, font] = await Promise.all([
      readFile(path.join(dir, 'evidence-map.js'), 'utf8'),
      readFile(path.join(dir, 'evidence-map.css'), 'utf8'),
      readFile(path.join(dir, 'codicon.ttf')),
    ]);
    return { script, css, fontBase64: font.toString('base64') };
  } catch {
    throw new CliError(`the Evidence Map app is missing from ${dir}: build it with npm run build`);
  }
}

/** The same evidence as `gaps` and the editor (one loader, one assembly, one window rule), read-only. */
const standingModel: MapModelLoader = async (io, opts) => {
  const standing = await loadCliStanding(io, { ...(opts.root ? { root: opts.root } : {}), ...(opts.growthDir ? { growthDir: opts.growthDir } : {}) }, {
    ...(opts.months ? { months: opts.months } : {}),
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
  });
  if (opts.repository && !standing.repositories.includes(opts.repository)) {
    throw new CliError(`--repository ${opts.repository} has no evidence in the window${standing.repositories.length ? `; repositories: ${standing.repositories.join(', ')}` : ''}`, 2);
  }
  const { window } = standing;
  return buildMapViewModel({
    model: standing.snapshot.model,
    items: standing.items,
    window: { since: window.since, until: window.until, rule: window.rule, ...(opts.months ? { months: opts.months } : {}) },
    ...(opts.repository ? { repository: opts.repository } : {}),
    repositories: standing.repositories,
    notices: standing.notices,
    interactive: false,
  });
};

/** A half-written map is never left behind: write beside the target, then rename over it. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new CliError(`cannot write ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
