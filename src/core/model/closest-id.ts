/**
 * "Did you mean" help for ids a person typed by hand: a criterion in a rating, a level in a
 * profile, an evidence kind in a framework. Close enough means a small edit distance or a shared
 * stem (`mentorship` → `mentoring`, `comms` → `communication`).
 */
export function closestId(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  if (w === '') return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === w) return candidate;
    const distance = editDistance(w, c);
    const prefix = commonPrefix(w, c);
    const closeByEdits = distance <= Math.max(1, Math.floor(Math.max(w.length, c.length) / 3));
    const closeByStem = prefix >= 4 || (prefix >= 3 && prefix === Math.min(w.length, c.length));
    if (!closeByEdits && !closeByStem) continue;
    // A shared stem counts for more than scattered edits: `lead` is `leadership`, not `learning`.
    const score = distance - prefix;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** `known: a, b, c` for messages, shortened with `…` when the list is long. */
export function knownList(ids: Iterable<string>, max = 12): string {
  const all = [...ids];
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown}, …` : shown;
}

/** ` (did you mean \`x\`?)` or nothing, ready to append to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = closestId(word, candidates);
  return guess === undefined ? '' : ` (did you mean \`${guess}\`?)`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Levenshtein distance with adjacent transpositions, on two short strings. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      row[j] = v;
    }
  }
  return at(a.length, b.length);
}
