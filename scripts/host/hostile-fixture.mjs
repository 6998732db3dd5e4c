// The hostile repository of the integration scenarios `hostile` and `hostile-restricted` (issue 11):
// the ordinary fixture, plus what the CLI corpus (scripts/hostile) throws at the CLI — git
// configuration and hooks naming marker programs, HTML and script in a commit subject, author,
// reviewer and file name, `---js` front matter, a YAML alias bomb, a binary two-note and a ledger
// month linked outside the repository. Marker programs append to <sandbox>/markers/ran; the
// runner checks afterwards that the file never appeared.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hooks, markerProgram, programSettings, writeSettings } from '../hostile/corpus-repos.mjs';
import { createFixtureRepo, DANA, fixtureDates, SAM } from './fixture-repo.mjs';
import { HOSTILE_DOC, HOSTILE_HTML, HOSTILE_SUBJECT } from './hostile-files.mjs';

/** The file a marker program appends to if anything ever runs it. */
export function markerFile(sandbox) {
  return path.join(sandbox, 'markers', 'ran');
}

/** A billion-laughs document: nine levels of nine aliases each. */
function aliasBomb() {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  }
  return `${lines.join('\n')}\ncriteria: *i\n`;
}

/** Creates the hostile fixture in `dir`; marker programs and the file outside live in `sandbox`. */
export function createHostileRepo(dir, sandbox) {
  mkdirSync(path.join(sandbox, 'markers'), { recursive: true });
  const d = fixtureDates();
  const repo = createFixtureRepo(dir, { growth: true });
  const marker = markerFile(sandbox);
  const js = `require('fs').appendFileSync(${JSON.stringify(marker)}, 'front matter ran\\n'); module.exports = {}`;
  repo
    .write('.gitattributes', '*.md diff=evil filter=evil\n*.ts diff=evil filter=evil\n')
    // Long enough to count as a document Dana wrote, not a one-line edit.
    .write(HOSTILE_DOC, `# Design ${HOSTILE_HTML}\n\n## Context\n\n${'Settlement retries need a budget.\n'.repeat(8)}`)
    .commit(`docs: design notes ${HOSTILE_HTML}`, { author: { name: `Dana Reyes ${HOSTILE_HTML}`, email: DANA.email }, date: `${d.prevDay}T14:00:00Z` })
    .write('src/retry/settle.ts', 'export const settle = true;\n')
    .commit(HOSTILE_SUBJECT, {
      author: { name: `Sam ${HOSTILE_HTML}`, email: SAM.email },
      date: `${d.prevDay}T15:00:00Z`,
      trailers: [`Reviewed-by: ${DANA.name} ${HOSTILE_HTML} <${DANA.email}>`],
    })
    // Left uncommitted, as a person's working tree would have them.
    .write('growth/notes/2025-01-05-front-matter-js.md', `---js\n{ title: (${js}) }\n---\n\n## For future me\nx\n\n## For a teammate\ny\n`)
    .write('growth/notes/2025-01-06-image.md', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'))
    .write('growth/framework.yml', aliasBomb());
  const outside = path.join(sandbox, 'outside', 'secret.md');
  mkdirSync(path.dirname(outside), { recursive: true });
  writeFileSync(outside, '# Ledger 2025-01\n\n## 2025-01-02 secret outside the repository\n#learning\n');
  symlinkSync(outside, path.join(dir, 'growth/ledger/2025-01.md'));
  // Configured last: building the fixture must not run its own programs.
  const program = markerProgram(sandbox, 'config');
  writeSettings(path.join(dir, '.git', 'config'), programSettings(program));
  hooks(dir, sandbox);
  return repo;
}
