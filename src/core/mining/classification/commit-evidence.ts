import type { EvidenceItem } from '../../evidence/evidence-item';
import { StableIds, commitKey } from '../../evidence/stable-id';
import { parsePerson, type NamedPerson } from '../../git/identity';
import { BOT_BRANCH_OWNERS, describePullRequest, requestOwners } from '../../git/merge-subject';
import { CO_AUTHOR_TRAILERS, MENTORING_TRAILERS, PAIRING_TRAILERS, REVIEW_TRAILERS, type Trailer } from '../../git/trailers';
import { inWindow, shortSha, type ClassifyContext } from './classify-context';
import type { CommitFacts } from './commit-facts';

/**
 * Reviews, mentoring and pairing from single commits: trailers that name the person on someone
 * else's commit, co-authors on the person's own commits, and pull requests the person merged for
 * someone else. One item per commit and kind, with every reason that made it count.
 *
 * Ids are `git:<repo>:<kind>:<key>`, the key from what a rebase keeps (see `commitKey`), never the
 * sha: corrections keyed by them survive a rewritten history. `commits` must be oldest first, and
 * `taken` holds the ids of items already found in older commits (a memo extended by new ones), so
 * that equal keys are numbered the same way whether the history is classified whole or in parts.
 */
export function commitEvidence(commits: Iterable<CommitFacts>, ctx: ClassifyContext, taken: Iterable<string> = []): EvidenceItem[] {
  const finder = new CommitEvidenceFinder(ctx, taken);
  for (const c of commits) finder.add(c);
  return finder.items;
}

const NO_TRAILERS: readonly Trailer[] = [];
/** Items are mapped to criteria later, by the mapping step; until then they share one empty list. */
const NO_CRITERIA: readonly string[] = Object.freeze([]);

/** `commitEvidence` one commit at a time, so one pass over a long history can feed every classifier. */
export class CommitEvidenceFinder {
  readonly items: EvidenceItem[] = [];
  private ids: StableIds | undefined;

  constructor(
    private readonly ctx: ClassifyContext,
    private readonly taken: Iterable<string> = [],
  ) {}

  /** Adds the next commit (oldest first). */
  add(c: CommitFacts): void {
    const { ctx } = this;
    if ((!c.trailers && !c.pullRequest) || !inWindow(c.date, ctx.window)) return;
    const byPerson = ctx.isPersonAuthor(c.author);
    // Most commits name someone else: arrays are only made once something counts.
    let review: string[] | undefined;
    let mentoring: string[] | undefined;
    let pairing: string[] | undefined;
    // Indexed: this runs for every commit with trailers of a long history, and an iterator per commit was most of its garbage.
    const trailers = c.trailers ?? NO_TRAILERS;
    for (let k = 0; k < trailers.length; k++) {
      const t = trailers[k] as Trailer;
      const { named, person: namesPerson } = ctx.trailerNames(t);
      if (namesPerson && !byPerson) {
        // A trailer naming the commit's own author is self-review and never counts, hence !byPerson.
        if (REVIEW_TRAILERS.has(t.key)) (review ??= []).push(`${quote(t)} names you on a commit by ${ctx.who(c.author)}`);
        if (MENTORING_TRAILERS.has(t.key)) (mentoring ??= []).push(`${quote(t)} names you as mentor on a commit by ${ctx.who(c.author)}`);
        if (PAIRING_TRAILERS.has(t.key)) (pairing ??= []).push(`${quote(t)} names you on a commit by ${ctx.who(c.author)}`);
      } else if (byPerson && !namesPerson && CO_AUTHOR_TRAILERS.has(t.key) && !ctx.isNamedBot(named) && isSomeone(named)) {
        (pairing ??= []).push(`your commit names ${ctx.who(named)} as co-author (${t.written})`);
      }
    }
    let via: 'trailer' | 'merge' = 'trailer';
    if (!review && c.pullRequest && byPerson) {
      const reason = mergeReason(c, ctx);
      if (reason) {
        review = [reason];
        via = 'merge';
      }
    }
    if (!review && !mentoring && !pairing) return;
    this.push(c, via, review, mentoring, pairing);
  }

  /**
   * The items of one commit. Apart from `add` on purpose: a closure there would make every call
   * allocate its scope, a million times over a long history.
   */
  private push(c: CommitFacts, via: 'trailer' | 'merge', review: string[] | undefined, mentoring: string[] | undefined, pairing: string[] | undefined): void {
    const { ctx, items } = this;
    // Facts keep the subject of every commit with trailers and of every merge: all that get here.
    const subject = c.subject;
    const key = commitKey(c.author.email, c.date, subject ?? '');
    const sha = c.sha;
    const title = subject ?? shortSha(sha);
    const ids = (this.ids ??= new StableIds(this.taken));
    if (review) items.push(commitItem(ids.claim(`git:${ctx.repo}:review:${key}`), 'review', reviewTitle(c, title), c.date, ctx.repo, sha, review, via));
    if (mentoring) items.push(commitItem(ids.claim(`git:${ctx.repo}:mentoring:${key}`), 'mentoring', title, c.date, ctx.repo, sha, mentoring));
    if (pairing) items.push(commitItem(ids.claim(`git:${ctx.repo}:pairing:${key}`), 'pairing', title, c.date, ctx.repo, sha, pairing));
  }
}

/** One item of a commit, built in one go (no intermediate object to spread: there are tens of thousands). */
function commitItem(id: string, kind: string, title: string, date: string, repo: string, sha: string, reasons: string[], via?: 'trailer' | 'merge'): EvidenceItem {
  return via ? { source: 'git', date, repo, sha, criteria: NO_CRITERIA, id, kind, title, via, reasons } : { source: 'git', date, repo, sha, criteria: NO_CRITERIA, id, kind, title, reasons };
}

/**
 * Why a merge the person made is a review, or undefined when it is not: a request is someone
 * else's when its branch's first commit is (a maintainer's fix-up pushed on top changes nothing),
 * unless it came from the person's own fork or from a bot (by author, fork owner or branch prefix).
 */
function mergeReason(c: CommitFacts, ctx: ClassifyContext): string | undefined {
  const pr = c.pullRequest;
  const branchAuthor = c.mergedAuthor;
  if (!pr || !branchAuthor) return undefined;
  if (ctx.isBotAuthor(branchAuthor) || ctx.isPersonAuthor(branchAuthor)) return undefined;
  const { owner, branchPrefix } = requestOwners(pr);
  for (const name of [owner, branchPrefix]) {
    if (name === undefined) continue;
    // Parsed through the context, so that each owner is one memoised object across the history.
    const named = ctx.parseNamed(`@${name}`, parsePerson);
    if (BOT_BRANCH_OWNERS.has(name.toLowerCase()) || ctx.isNamedBot(named)) return undefined;
    if (name === owner && ctx.namesPerson(named)) return undefined;
  }
  const from = pr.from ? ` from ${pr.from}` : '';
  return `you merged ${describePullRequest(pr)}${from}, a branch ${ctx.who(branchAuthor)} started (merged tip ${shortSha(c.mergedTip ?? '')})`;
}

function reviewTitle(c: CommitFacts, fallback: string): string {
  const pr = c.pullRequest;
  if (pr) return pr.title ? `${describePullRequest(pr)}: ${pr.title}` : describePullRequest(pr);
  return fallback;
}

function quote(t: Trailer): string {
  return `\`${t.written}: ${t.value}\``;
}

function isSomeone(p: NamedPerson): boolean {
  return p.name !== '' || p.email !== '' || (p.handle ?? '') !== '';
}
