/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

const MAX_SLUG = 48;

/** Long-lived branches are not tasks; a detached HEAD has no name to read a task from. */
const NOT_A_TASK = new Set(['main', 'master', 'trunk', 'develop', 'development', 'head']);

/** Words that start branch names without being ticket keys: `fix-42-login` is issue 42, not ticket FIX-42. */
const BRANCH_VERBS = new Set(['fix', 'feat', 'feature', 'bug', 'bugfix', 'hotfix', 'chore', 'issue', 'gh', 'pr', 'wip', 'docs', 'refactor', 'test', 'release']);

/**
 * A file-name-safe form of a task: ASCII kebab-case, accents folded (`Réviser l'API` →
 * `reviser-l-api`), cut at a word boundary near 48 characters; `note` when nothing is left.
 */
export function slugify(task: string): string {
  const ascii = task
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (ch) => FOLDS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug === '' ? 'note' : slug;
  const cut = slug.lastIndexOf('-', MAX_SLUG);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG);
}

/**
 * A task name from a branch name: `feat/PAY-123-retry-budget` → `PAY-123 retry budget`. The last
 * path segment is the task (prefixes such as `feat/` or `users/alex/` only file it); a leading
 * ticket key is kept together and upper-cased. Undefined for main/master-like branches and
 * detached HEADs.
 */
export function taskFromBranch(branch: string | undefined): string | undefined {
  const name = (branch ?? '').trim();
  if (name === '' || name.startsWith('(') || NOT_A_TASK.has(name.toLowerCase()) || /^[0-9a-f]{7,40}$/i.test(name)) return undefined;
  const last = name.split('/').filter((s) => s !== '').pop() ?? '';
  const words = last.split(/[-_.\s]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  if (/^[A-Za-z][A-Za-z0-9]+$/.test(first) && /^\d+$/.test(second) && !BRANCH_VERBS.has(first.toLowerCase())) {
    words.splice(0, 2, `${first.toUpperCase()}-${second}`);
  }
  return words.join(' ');
}
