// Which integration test files run in which window. A scenario is one VS Code window on one fresh
// fixture repository; both runners (the server here, @vscode/test-electron elsewhere) use this list.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT } from './host-paths.mjs';

export const INTEGRATION_DIR = path.join(PROJECT_ROOT, 'test', 'integration');
export const INTEGRATION_OUT = path.join(PROJECT_ROOT, 'out', 'integration');

/**
 * - `growth`: whether the fixture has a growth folder.
 * - `trusted`: false opens the folder in Restricted Mode.
 * - `gitShim`: put a logging `git` first on the PATH and fail on any call the extension makes.
 * - `fixture: 'hostile'`: the hostile repository of scripts/host/hostile-fixture.mjs; the runner
 *   fails the scenario if any program it names ran.
 * - `builtinGit: false`: VS Code's own git extension is disabled (it would run git by itself).
 */
export const SCENARIOS = [
  { name: 'without-profile', growth: false, trusted: true, files: ['activation-without-profile'] },
  {
    name: 'with-profile',
    growth: true,
    trusted: true,
    files: ['activation-with-profile', 'evidence', 'log-entry', 'two-note', 'record-assessment', 'diagnostics'],
  },
  { name: 'restricted', growth: true, trusted: false, gitShim: true, files: ['restricted-mode'] },
  { name: 'documents', growth: true, trusted: true, files: ['documents'] },
  { name: 'hostile', growth: true, trusted: true, fixture: 'hostile', builtinGit: false, files: ['hostile-repository'] },
  { name: 'hostile-restricted', growth: true, trusted: false, gitShim: true, fixture: 'hostile', files: ['hostile-restricted'] },
];

/**
 * Checks that every `*.test.ts` belongs to exactly one scenario (a test file nobody runs would pass
 * silently) and that every listed file exists.
 */
export function checkScenarioFiles() {
  const onDisk = readdirSync(INTEGRATION_DIR).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, ''));
  const listed = SCENARIOS.flatMap((s) => s.files);
  const problems = [];
  for (const f of onDisk) {
    const count = listed.filter((l) => l === f).length;
    if (count !== 1) problems.push(`test/integration/${f}.test.ts is in ${count} scenarios (needs exactly one): add it to SCENARIOS in scripts/host/integration-scenarios.mjs`);
  }
  for (const f of listed) if (!onDisk.includes(f)) problems.push(`scenario file test/integration/${f}.test.ts does not exist`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * Bundles one entry per scenario into out/integration/<scenario>.js. Each exports `run()`, the
 * contract of VS Code's extension test runner. `vscode` is provided by the host; mocha is loaded
 * from node_modules (it loads reporters and interfaces by name, which bundling would break).
 * Output lands inside the extension's folder on purpose: VS Code gives a module there the same
 * `vscode` API object as the extension.
 */
export async function bundleScenarios(scenarios = SCENARIOS) {
  checkScenarioFiles();
  await Promise.all(
    scenarios.map((s) =>
      esbuild.build({
        stdin: {
          contents: [
            "import { runSuites } from './mocha-entry';",
            'export function run(): Promise<void> {',
            '  return runSuites(() => {',
            ...s.files.map((f) => `    require('./${f}.test');`),
            '  });',
            '}',
          ].join('\n'),
          resolveDir: INTEGRATION_DIR,
          sourcefile: `${s.name}.entry.ts`,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode', 'mocha'],
        sourcemap: 'inline',
        outfile: path.join(INTEGRATION_OUT, `${s.name}.js`),
        logLevel: 'warning',
      }),
    ),
  );
  return scenarios.map((s) => ({ ...s, entry: path.join(INTEGRATION_OUT, `${s.name}.js`) }));
}
