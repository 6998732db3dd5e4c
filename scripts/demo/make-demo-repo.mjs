// Creates the demo repository: `node scripts/demo/make-demo-repo.mjs [dir]` (default
// .demo/payments-platform). A fresh repository every time, with real git and fixed authors and
// dates (relative to the anchor month, see demo-people.mjs), so the same anchor gives the same
// history. Prints the folder.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitRepo } from '../host/git-writer.mjs';
import { DANA, demoCalendar } from './demo-people.mjs';
import { writeHistory } from './demo-history.mjs';
import { writeGrowthFolder } from './demo-growth-files.mjs';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the demo repository in `dir` (replacing an earlier one) and returns its path. */
export function makeDemoRepo(dir = path.join(PROJECT_ROOT, '.demo', 'payments-platform')) {
  // Only ever replace a demo repository this script made (it always has the .mailmap below).
  if (existsSync(dir)) {
    if (!existsSync(path.join(dir, '.git')) || !existsSync(path.join(dir, '.mailmap'))) {
      throw new Error(`${dir} exists and is not a demo repository; remove it or choose another folder`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const cal = demoCalendar();
  const repo = gitRepo(dir).configureUser(DANA);
  repo.write('.mailmap', [
    'Dana Reyes <dana@payments.example> <dana.reyes@oldcorp.example>',
    'Dana Reyes <dana@payments.example> dana <dana@payments.example>',
    '',
  ].join('\n'));
  const links = writeHistory(repo, cal);
  writeGrowthFolder(repo, cal, links);
  repo.commit('chore: keep my growth ledger in the repository', { author: DANA, date: cal.at(0, 2, 18) });
  repo.checkout('dana/alert-on-zero-budget', { create: true });
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = makeDemoRepo(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(dir);
}
