import type { MapEvidenceRow } from '../../shared/evidence-map-protocol';
import { markdownLink, markdownText } from '../templates/markdown-text';
import { webRepository, type RepositoryInfo, type WebRepository } from './repository-links';

/** One place a piece of evidence can be checked. */
export interface EvidenceLink {
  readonly label: string;
  /** Repository-relative (`/growth/ledger/2026-11.md#L12`) or a web URL; absent: shown as text. */
  readonly href?: string;
  /** Whether `href` is a web URL (review tools can follow it; repository paths they cannot). */
  readonly web: boolean;
}

/** Short SHAs as people quote them. */
export const SHORT_SHA = 7;

/** Resolves repositories by name once, for many rows. */
export class EvidenceLinker {
  private readonly repos = new Map<string, { info: RepositoryInfo; web?: WebRepository }>();
  private readonly primary?: string;

  constructor(repositories: readonly RepositoryInfo[]) {
    for (const info of repositories) {
      const web = webRepository(info.remoteUrl);
      this.repos.set(info.name, web ? { info, web } : { info });
      if (info.primary && this.primary === undefined) this.primary = info.name;
    }
  }

  /**
   * Where a row can be checked. Files of the growth folder's own repository (ledger lines, notes,
   * documents) link by repository-relative path, `#L<line>` for a line, which both the editor's
   * Markdown preview and git hosts resolve; files of other repositories link to the web when the
   * host is known, else are named as text. Commits are named by short SHA and linked on the web
   * when the host is known.
   */
  links(row: MapEvidenceRow): EvidenceLink[] {
    const out: EvidenceLink[] = [];
    const repo = row.repo === undefined ? undefined : this.repos.get(row.repo);
    const local = row.source !== 'git' || row.repo === undefined || row.repo === this.primary;
    if (row.path !== undefined) {
      const where = row.line === undefined ? row.path : `${row.path}#L${row.line}`;
      if (local) out.push({ label: where, href: `/${where}`, web: false });
      else if (repo?.web && row.sha) out.push({ label: `${row.repo}: ${row.path}`, href: repo.web.file(row.path, row.sha), web: true });
      else out.push({ label: `${row.repo ?? ''}: ${row.path}`, web: false });
    }
    if (row.sha !== undefined) {
      const short = row.sha.slice(0, SHORT_SHA);
      const label = local ? `commit ${short}` : `${row.repo ?? ''}@${short}`;
      out.push(repo?.web ? { label, href: repo.web.commit(row.sha), web: true } : { label, web: false });
    }
    return out;
  }
}

/** Links as one Markdown fragment: `[growth/ledger/2026-11.md#L12](/growth/ledger/2026-11.md#L12) · commit 3f2a9c1`. */
export function linksMarkdown(links: readonly EvidenceLink[]): string {
  return links.map((l) => (l.href === undefined ? markdownText(l.label) : markdownLink(l.label, l.href))).join(' · ');
}
