// The demo (after scripts/demo.sh has built and packaged): creates .demo/payments-platform, runs
// the CLI on it, then serves VS Code in the browser on 127.0.0.1 with the packaged extension and
// keeps running until Ctrl+C. With --once (or CI=true) it takes docs/images/overview.png and
// docs/images/evidence-map.png instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../host/host-paths.mjs';
import { installVsix, startCodeServer, stopAll } from '../host/server-process.mjs';
import { makeDemoRepo } from './make-demo-repo.mjs';
import { takeOverviewScreenshot } from './overview-screenshot.mjs';

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
const once = process.argv.includes('--once') || process.env.CI === 'true';

/**
 * Runs a CLI command if this build has it (the CLI grows command by command) and prints its
 * output, through `render` when given.
 */
function cli(args, render = (out) => console.log(out.trimEnd().replace(/^/gm, '  '))) {
  console.log(`\n$ growth-ledger ${args.join(' ')}`);
  const help = spawnSync(process.execPath, [CLI, args[0], '--help'], { encoding: 'utf8' });
  if (help.status !== 0) {
    console.log(`  (skipped: this build of the CLI has no \`${args[0]}\` command yet)`);
    return undefined;
  }
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.stdout.trim()) render(run.stdout);
  if (run.stderr.trim()) console.log(run.stderr.trimEnd().replace(/^/gm, '  '));
  console.log(`  (exit ${run.status})`);
  return run;
}

function printEvidence(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch {
    console.log(json.slice(0, 2000));
    return;
  }
  const items = Array.isArray(data.items) ? data.items : [];
  const byKind = {};
  for (const item of items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  console.log(`  ${items.length} evidence items: ${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const item of items.slice(0, 8)) console.log(`  - ${item.date ?? ''} [${item.kind}] ${item.title}${item.reasons?.[0] ? `\n      because ${item.reasons[0]}` : ''}`);
  if (items.length > 8) console.log(`  … and ${items.length - 8} more (growth-ledger evidence --json for all)`);
}

/** The gap table without its long "Why:" section (the packet and the map carry the reasons). */
function printGaps(out) {
  const lines = out.trimEnd().split('\n');
  const why = lines.findIndex((line) => line.startsWith('Why:'));
  const table = why < 0 ? lines : lines.slice(0, why).concat(lines.slice(-1));
  console.log(table.map((line) => `  ${line}`).join('\n'));
}

/**
 * Prints where a command wrote its file (the CLI prints the path, relative to the repository)
 * and the first `count` lines of it.
 */
function printWritten(repo, count) {
  return (out) => {
    const relative = out.trim().split('\n').at(-1) ?? '';
    const file = path.resolve(repo, relative);
    console.log(`  wrote ${path.relative(PROJECT_ROOT, file)}`);
    if (!existsSync(file)) return;
    const lines = readFileSync(file, 'utf8').split('\n');
    console.log(`  ┌──\n${lines.slice(0, count).map((line) => `  │ ${line}`).join('\n')}\n  └── (${lines.length - count > 0 ? `${lines.length - count} more lines` : 'end'})`);
  };
}

async function main() {
  const demoDir = path.join(PROJECT_ROOT, '.demo');
  const repo = makeDemoRepo(path.join(demoDir, 'payments-platform'));
  console.log(`demo repository: ${path.relative(PROJECT_ROOT, repo)} (${spawnSync('git', ['-C', repo, 'rev-list', '--count', '--all'], { encoding: 'utf8' }).stdout.trim()} commits, 8 authors, ~18 months)`);

  cli(['validate', '--root', repo]);
  cli(['evidence', '--json', '--root', repo, '--repo', repo, '--no-cache'], printEvidence);
  cli(['gaps', '--root', repo], printGaps);
  const mapFile = path.join(demoDir, 'evidence-map.html');
  cli(['map', '--root', repo, '--out', mapFile], (out) => {
    console.log(out.trimEnd().replace(/^/gm, '  '));
    console.log(`  open ${path.relative(PROJECT_ROOT, mapFile)} in any browser: one self-contained file, no network`);
  });
  cli(['packet', '--root', repo, '--target', 'staff'], printWritten(repo, 25));
  cli(['review', '--root', repo], printWritten(repo, 10));
  cli(['plan', '--root', repo, '--target', 'staff'], printWritten(repo, 10));

  // A fresh editor profile each run: the demo always starts as a first-time user would see it.
  const hostDir = path.join(demoDir, 'code-server');
  rmSync(hostDir, { recursive: true, force: true });
  const userDataDir = path.join(hostDir, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify({ 'workbench.colorTheme': 'Default Dark Modern', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false }, null, 2)}\n`);
  const extensionsDir = path.join(hostDir, 'extensions');
  const stateDir = path.join(hostDir, 'state');
  await installVsix({ vsix: path.join(PROJECT_ROOT, 'dist', 'growth-ledger.vsix'), userDataDir, extensionsDir, stateDir, logFile: path.join(hostDir, 'install.log') });
  const server = await startCodeServer({
    userDataDir,
    extensionsDir,
    stateDir,
    logFile: path.join(hostDir, 'code-server.log'),
    // The demo repository is made by this script, so it opens trusted: git history is mined.
    extraArgs: ['--disable-workspace-trust'],
  });
  const url = `${server.url}/?folder=${encodeURIComponent(repo)}`;
  console.log(`\nVS Code with Growth Ledger is running at:\n\n    ${url}\n`);

  if (once) {
    const file = path.join(PROJECT_ROOT, 'docs', 'images', 'overview.png');
    const mapFile = path.join(PROJECT_ROOT, 'docs', 'images', 'evidence-map.png');
    try {
      await takeOverviewScreenshot({ url, file, mapFile, stateDir });
      console.log(`screenshots: ${path.relative(PROJECT_ROOT, file)}, ${path.relative(PROJECT_ROOT, mapFile)}`);
    } finally {
      await server.stop();
    }
    return;
  }
  console.log('Press Ctrl+C to stop.');
  await new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, resolve);
  });
  console.log('\nstopping…');
  await server.stop();
}

main().catch(async (error) => {
  console.error(`demo: ${error instanceof Error ? error.stack ?? error.message : error}`);
  await stopAll();
  process.exitCode = 1;
});
