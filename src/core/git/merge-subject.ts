import { LONGEST_LINE } from './text-limits';

/**
 * Recognises the merge commits that code hosts write when a pull or merge request is merged. The
 * author of such a commit is the person who pressed "merge"; the merged branch's tip tells whose
 * work it was.
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
const GITHUB = /^Merge pull request #(\d+) from (\S+)/;
const GITLAB_REFERENCE = /^See merge request \S*!(\d+)$/;
const GITLAB_SUBJECT = /^Merge branch '([^']+)'(?: into '[^']+')?/;
const AZURE = /^Merged PR (\d+):(.*)$/;
const BITBUCKET = /^Merged in (\S+) \(pull request #(\d+)\)/;

/** The pull/merge request a merge commit's message describes, or undefined for any other message. */
export function parsePullRequestMerge(subject: string, body: string): PullRequestMerge | undefined {
  const firstBodyLine = /^\s*(\S[^\n]*)/.exec(body)?.[1]?.trim();
  let m = GITHUB.exec(subject);
  if (m) return withTitle({ host: 'github', number: Number(m[1]), from: m[2] ?? '' }, firstBodyLine);
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
