import type { EvidenceItem } from '../../evidence/evidence-item';
import { inWindow, type ClassifyContext } from './classify-context';
import type { CommitFacts } from './commit-facts';

/** The running totals behind one `commits` item: kept in the result memo so new commits can be added to them. */
export interface SummaryGroup {
  readonly area: string;
  /** YYYY-MM */
  readonly month: string;
  count: number;
  lastSha: string;
  lastDate: string;
  /** Conventional-commit type (or `other`) → commits. */
  readonly types: Record<string, number>;
}

/**
 * Adds the person's own commits to per-area, per-month groups (SPEC §3: evidence must not drown in
 * commit noise). A commit touching two areas counts in both; merges are left out (their changes
 * belong to the commits they merge), and so is a shallow clone's boundary commit (its diff is the
 * whole tree). `commits` must be oldest first, and newer than anything already in `groups`.
 */
export function addToSummaries(groups: Map<string, SummaryGroup>, commits: Iterable<CommitFacts>, ctx: ClassifyContext): void {
  for (const c of commits) addToSummary(groups, c, ctx);
}

const ROOT_ONLY: readonly string[] = ['.'];

/** `addToSummaries` for one commit. */
export function addToSummary(groups: Map<string, SummaryGroup>, c: CommitFacts, ctx: ClassifyContext): void {
  if (c.merge || c.boundary || !ctx.isPersonAuthor(c.author) || !inWindow(c.date, ctx.window)) return;
  const month = c.date.slice(0, 7);
  const areas = c.areas.length > 0 ? c.areas : ROOT_ONLY;
  for (let k = 0; k < areas.length; k++) {
    const area = areas[k] as string;
    if (ctx.ignoredAreas.includes(area)) continue;
    const key = `${area}\u0000${month}`;
    let g = groups.get(key);
    if (!g) {
      g = { area, month, count: 0, lastSha: c.sha, lastDate: c.date, types: {} };
      groups.set(key, g);
    }
    g.count++;
    // Equal dates keep history order: the later commit in ancestry wins.
    if (c.date >= g.lastDate) {
      g.lastDate = c.date;
      g.lastSha = c.sha;
    }
    const type = c.type ?? 'other';
    g.types[type] = (g.types[type] ?? 0) + 1;
  }
}

/** One `commits` item per group; conventional-commit types become tags, most frequent first. */
export function summaryItems(groups: Iterable<SummaryGroup>, repo: string): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const g of groups) {
    const types = Object.entries(g.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const where = g.area === '.' ? 'the repository root' : `${g.area}/`;
    const plural = g.count === 1 ? 'commit' : 'commits';
    items.push({
      id: `git:${repo}:commits:${g.area}:${g.month}`,
      source: 'git',
      kind: 'commits',
      title: `${g.count} ${plural} in ${where} (${g.month})`,
      date: g.lastDate,
      repo,
      sha: g.lastSha,
      criteria: [],
      count: g.count,
      tags: types.filter(([t]) => t !== 'other').map(([t]) => t),
      reasons: [`${g.count} ${plural} you authored touching ${where} in ${g.month}`, `by type: ${types.map(([t, n]) => `${t} ×${n}`).join(', ')}`],
    });
  }
  return items;
}

/**
 * Adds the squash or rebase merges made on a forge to per-day counts (reported, never credited:
 * git does not say who merged them). Per day, so any window can count its own later.
 */
export function addForgeSquashDays(days: Record<string, number>, commits: Iterable<CommitFacts>, ctx: ClassifyContext): Record<string, number> {
  for (const c of commits) addForgeSquashDay(days, c, ctx);
  return days;
}

/** `addForgeSquashDays` for one commit. */
export function addForgeSquashDay(days: Record<string, number>, c: CommitFacts, ctx: ClassifyContext): void {
  if (c.forgeSquash && inWindow(c.date, ctx.window)) days[c.date] = (days[c.date] ?? 0) + 1;
}

/** How many of those fall inside a window. */
export function forgeSquashesIn(days: Readonly<Record<string, number>>, window: { readonly since?: string; readonly until?: string }): number {
  let n = 0;
  for (const [day, count] of Object.entries(days)) if (inWindow(day, window)) n += count;
  return n;
}
