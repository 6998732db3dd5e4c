import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** A fresh git repository in a temp folder, with an identity configured (none for `null`), and its clean-up. */
export function tempRepo(identity: { name: string; email: string } | null = { name: 'Alex Rivera', email: 'alex@example.com' }): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gl-cli-'));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  if (identity) {
    execFileSync('git', ['-C', dir, 'config', 'user.name', identity.name]);
    execFileSync('git', ['-C', dir, 'config', 'user.email', identity.email]);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
