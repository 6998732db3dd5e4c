/**
 * Characters that must never reach a terminal or a line-based log as themselves when the text comes
 * from a repository (a file name, a title, a framework name, a commit subject):
 * - C0 controls and DEL: a newline or carriage return forges a whole output line (a fake
 *   `file:line: message` an editor would link), ESC starts terminal escape sequences (colours,
 *   cursor moves, window titles, OSC 8 links), BEL and backspace rewrite what is shown;
 * - C1 controls (U+0080–U+009F): single-character CSI/OSC in terminals that honour 8-bit controls;
 * - U+2028/U+2029: line breaks to JavaScript and to several editors and log viewers;
 * - bidirectional overrides, embeddings, isolates and marks: they reorder what the person reads
 *   (the "Trojan Source" trick), so a name can look like another one.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/**
 * The one rule for printing untrusted text on a terminal line: every unsafe character becomes a
 * visible escape (`\n`, `\r`, `\t`, `\e`, else `\u` and four hex digits), so the text stays on one
 * line, drives nothing, and the person can still tell what the name really holds. A backslash is
 * kept as it is: escaping it too would change every Windows-looking name without making anything
 * safer.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

