// Reads the extension host's logs after a run and reports the errors in them: an uncaught error
// or a failed activation shows up there even when every test passed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Error lines that say nothing about Growth Ledger: VS Code's own built-in extensions on a machine
 * without network, and the test harness. Each entry says why it is safe to ignore.
 */
const UNRELATED = [
  // The built-in GitHub authentication cannot reach github.com from these offline machines.
  { pattern: /\[vscode\.github(-authentication)?\]/, why: 'built-in GitHub extension, offline' },
  // The integration test module's own run() rejecting because tests failed: already reported test by test.
  { pattern: /\[error\] Test runner finished with error \d+ integration test\(s\) failed/, why: 'the test harness, not the extension' },
  // The browser tab closing its socket to the remote extension host when a window is shut at the end
  // of a suite. Only when every stack frame is inside Node itself: a reset in our code still counts.
  { pattern: /\[error\] Error: (read ECONNRESET|write EPIPE)(\n\s+at [^\n]*\(node:internal\/[^\n]*\))*$/, why: 'the browser closing its connection at the end of a window' },
];

/** Every log file under `dir` that an extension host wrote (its own log and its output channels). */
export function extensionHostLogs(dir) {
  const found = [];
  const walk = (d, inExthost) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const stat = statSync(full);
      const exthost = inExthost || /^exthost\d*$/.test(name);
      if (stat.isDirectory()) walk(full, exthost);
      else if (exthost && name.endsWith('.log')) found.push(full);
    }
  };
  walk(dir, false);
  return found;
}

/**
 * The error entries in the logs: each `[error]` line with the lines that continue it (stack
 * frames), minus the documented unrelated ones, as `{ file, text }[]`. No log at all is an error
 * too: a check that read nothing would pass for the wrong reason.
 */
export function extensionHostErrors(dir) {
  const errors = [];
  const files = extensionHostLogs(dir);
  if (!files.some((f) => path.basename(f).endsWith('exthost.log'))) {
    return [{ file: dir, text: 'no extension host log was written here: did the window open?' }];
  }
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let current;
    for (const line of lines) {
      const isEntry = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \[/.test(line);
      if (isEntry) {
        if (current) errors.push(current);
        current = /^\S+ \S+ \[error\]/.test(line) ? { file, text: line } : undefined;
      } else if (current && line.trim() !== '') {
        current.text += `\n${line}`;
      }
    }
    if (current) errors.push(current);
  }
  return errors.filter((e) => !UNRELATED.some((u) => u.pattern.test(e.text)));
}
