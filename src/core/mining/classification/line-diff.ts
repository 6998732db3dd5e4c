/**
 * How many non-blank lines an edit added or rewrote, counted as a multiset difference of trimmed
 * lines: a line of the new text that has no unused equal line in the old text counts once. It
 * matches `git diff --numstat`'s added count for ordinary edits, ignores moved lines and blank-line
 * or indentation churn, and needs no diff process: O(lines) on text the cache has already read.
 */
export function addedLines(oldText: string | undefined, newText: string): number {
  const pool = new Map<string, number>();
  for (const line of lines(oldText ?? '')) pool.set(line, (pool.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of lines(newText)) {
    const left = pool.get(line) ?? 0;
    if (left > 0) pool.set(line, left - 1);
    else added++;
  }
  return added;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
