import { LONGEST_LINE } from './text-limits';

/**
 * Recognises the merge commits that code hosts write when a pull or merge request is merged. The
 * author of such a commit is the person who pressed "merge"; the merged branch's first commit (see
 * BranchStarts) and the `from owner/branch` part tell whose request it was.
 */

/** The code hosts whose merge messages are recognised. */
export type CodeHost = 'github' | 'gitlab' | 'azure-devops' | 'bitbucket';

/** What a pull/merge request merge commit says about the request. */
export interface PullRequestMerge {
  readonly host: CodeHost;
  /** The request number (`#12`, `!42`, `PR 7`). */
  readonly number: number;
  /** The request's title when the message carries it (GitHub: the body's first line; Azure DevOps: the subject). */
  readonly title?: string;
  /** Where it came from as the host wrote it (`octo/feature-x`, `feature-x`). */
  readonly from?: string;
}

// Anchored, and never two unbounded quantifiers over the same characters side by side: linear on any text.
// `from owner/branch` is missing from some merges (older GitHub Enterprise, tools that rewrite the message).
const GITHUB = /^Merge pull request #(\d+)(?: from (\S+))?/;
const GITLAB_REFERENCE = /^See merge request \S*!(\d+)$/;
const GITLAB_SUBJECT = /^Merge branch '([^']+)'(?: into '[^']+')?/;
const AZURE = /^Merged PR (\d+):(.*)$/;
const BITBUCKET = /^Merged in (\S+) \(pull request #(\d+)\)/;

/** The pull/merge request a merge commit's message describes, or undefined for any other message. */
export function parsePullRequestMerge(subject: string, body: string): PullRequestMerge | undefined {
  const firstBodyLine = /^\s*(\S[^\n]*)/.exec(body)?.[1]?.trim();
  let m = GITHUB.exec(subject);
  if (m) return withTitle({ host: 'github', number: Number(m[1]), ...(m[2] ? { from: m[2] } : {}) }, firstBodyLine);
  const gitlab = gitlabRequest(body);
  if (gitlab !== undefined) {
    const branch = GITLAB_SUBJECT.exec(subject)?.[1];
    const title = firstBodyLine && !firstBodyLine.startsWith('See merge request') ? firstBodyLine : undefined;
    return withTitle({ host: 'gitlab', number: gitlab, ...(branch ? { from: branch } : {}) }, title);
  }
  m = AZURE.exec(subject);
  if (m) return withTitle({ host: 'azure-devops', number: Number(m[1]) }, m[2]?.trim());
  m = BITBUCKET.exec(subject);
  if (m) return withTitle({ host: 'bitbucket', number: Number(m[2]), from: m[1] ?? '' }, firstBodyLine);
  return undefined;
}

/** The number in GitLab's `See merge request group/project!42` line (lines too long to be one are skipped). */
function gitlabRequest(body: string): number | undefined {
  for (const line of body.split('\n')) {
    if (line.length > LONGEST_LINE || !line.startsWith('See merge request ')) continue;
    const m = GITLAB_REFERENCE.exec(line.trimEnd());
    if (m) return Number(m[1]);
  }
  return undefined;
}

function withTitle(merge: { -readonly [K in keyof PullRequestMerge]: PullRequestMerge[K] }, title: string | undefined): PullRequestMerge {
  if (title) merge.title = title;
  return merge;
}

/** How a host calls its requests, for reasons shown to the person. */
export function describePullRequest(merge: PullRequestMerge): string {
  switch (merge.host) {
    case 'github':
      return `GitHub pull request #${merge.number}`;
    case 'gitlab':
      return `GitLab merge request !${merge.number}`;
    case 'azure-devops':
      return `Azure DevOps pull request ${merge.number}`;
    case 'bitbucket':
      return `Bitbucket pull request #${merge.number}`;
  }
}

/** Branch owners and prefixes that bots open requests from (`dependabot/npm_and_yarn/…`, `renovate/…`). */
export const BOT_BRANCH_OWNERS: ReadonlySet<string> = new Set(['dependabot', 'dependabot-preview', 'renovate', 'renovate-bot', 'greenkeeper', 'snyk-bot', 'pre-commit-ci', 'github-actions', 'imgbot', 'allcontributors', 'mergify']);

/**
 * The parts of a request's `from` that can name who opened it: GitHub's `owner/branch` gives the
 * fork's owner and the branch's first folder (`octo/dependabot/npm/x` → `octo`, `dependabot`).
 * Other hosts give a branch only.
 */
export function requestOwners(merge: PullRequestMerge): { owner?: string; branchPrefix?: string } {
  const from = merge.from;
  if (!from || from.length > LONGEST_LINE) return {};
  const parts = from.split('/');
  if (merge.host !== 'github') return parts.length > 1 ? { branchPrefix: parts[0] } : {};
  return { ...(parts[0] ? { owner: parts[0] } : {}), ...(parts.length > 2 && parts[1] ? { branchPrefix: parts[1] } : {}) };
}

/** Committer addresses of forges that write commits themselves when a request is squashed or rebased on them. */
export const FORGE_COMMITTERS: ReadonlySet<string> = new Set(['noreply@github.com']);
const REQUEST_SUFFIX = /\(#\d+\)$/;

/**
 * A squash or rebase merge made on a forge: a single-parent commit the forge itself committed,
 * whose subject ends with the request number (`Retry budgets (#123)`). Git does not record who
 * pressed merge for these, so they are counted and reported, never credited to anyone.
 */
export function isForgeSquashMerge(subject: string, committerEmail: string, parentCount: number): boolean {
  return parentCount === 1 && FORGE_COMMITTERS.has(committerEmail.toLowerCase()) && subject.length <= LONGEST_LINE && REQUEST_SUFFIX.test(subject.trimEnd());
}
