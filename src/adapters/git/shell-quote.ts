/**
 * Quoting for commands we suggest that people paste into a terminal. A path comes from the file
 * system and may hold quotes, `$(…)`, backticks or newlines: unquoted, or quoted naively, the
 * pasted command would run something else.
 */

/**
 * `value` as one shell word. POSIX shells: single quotes, each `'` written as `'\''` (nothing is
 * special inside single quotes). Windows: double quotes, which cmd and PowerShell both read as one
 * word for a plain path; a path with a character either of them expands inside double quotes
 * (`%`, `!`, `$`, backtick) gets PowerShell's single quotes, where `'` is written `''`.
 */
export function shellQuote(value: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    if (!/[%!$`"]/.test(value)) return `"${value}"`;
    return `'${value.replace(/'/g, "''")}'`;
  }
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
