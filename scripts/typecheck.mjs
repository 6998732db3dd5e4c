// Type-checks the extension host, CLI and tests, then the webview app (DOM types, no Node) once it
// has sources: tsc refuses a project with no inputs.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const tsc = (project) => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit'], { stdio: 'inherit' });

try {
  tsc('tsconfig.json');
  if (readdirSync('webview').some((f) => f.endsWith('.ts'))) tsc('webview/tsconfig.json');
} catch {
  process.exitCode = 1;
}
