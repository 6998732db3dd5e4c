/**
 * Where each growth file lives under the growth root (default `growth/`, setting
 * `growthLedger.root`). Paths are relative to the repository root, with forward slashes.
 */
export interface GrowthLayout {
  readonly root: string;
  readonly profile: string;
  readonly framework: string;
  readonly assessments: string;
  readonly evidence: string;
  readonly ledgerDir: string;
  readonly notesDir: string;
  readonly reviewsDir: string;
  readonly packetsDir: string;
  /** `growth/ledger/2026-11.md` for month `2026-11`. */
  ledgerFile(month: string): string;
  /** `growth/notes/2026-11-20-retry-budget.md`. */
  noteFile(date: string, slug: string): string;
  reviewFile(month: string): string;
  packetFile(date: string, target: string): string;
}

export const DEFAULT_ROOT = 'growth';

export function growthLayout(root: string = DEFAULT_ROOT): GrowthLayout {
  const r = normaliseRoot(root);
  const at = (p: string) => (r === '' ? p : `${r}/${p}`);
  return {
    root: r,
    profile: at('profile.yml'),
    framework: at('framework.yml'),
    assessments: at('assessments.yml'),
    evidence: at('evidence.yml'),
    ledgerDir: at('ledger'),
    notesDir: at('notes'),
    reviewsDir: at('reviews'),
    packetsDir: at('packets'),
    ledgerFile: (month) => at(`ledger/${month}.md`),
    noteFile: (date, slug) => at(`notes/${date}-${slug}.md`),
    reviewFile: (month) => at(`reviews/${month}.md`),
    packetFile: (date, target) => at(`packets/${date}-${target}.md`),
  };
}

/** Refuses roots that would escape the repository: the setting comes from workspace settings, which a cloned repository controls. */
export function normaliseRoot(root: string): string {
  const parts = root.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..' || p.toLowerCase() === '.git') || /^[a-zA-Z]:/.test(root) || root.startsWith('/') || root.startsWith('\\')) {
    throw new Error(`growth root "${root}" must be a folder inside the repository (e.g. "growth")`);
  }
  return parts.join('/');
}
