/**
 * Finds, while `git log` streams (newest first), the first commit of each merged pull-request
 * branch: the oldest commit of `merge^1..merge^2`. Whose request it was follows that commit, not
 * the branch's tip, since maintainers often push a fix-up onto a contributor's branch before
 * merging it.
 *
 * The walk follows the second parent's first-parent chain and stops at the mainline (the
 * first-parent chain of the first commit streamed, the tip being read) or at a commit an older
 * merge's branch reaches too: that commit was already merged, so it is reachable from `merge^1`.
 * Every merge's branch is followed (a plain `Merge branch 'x'` too), so that a request branched off
 * another merged branch stops where that one was merged.
 * Only the chains' current ends are kept, so the cost is one map lookup per commit. A branch whose
 * commits stream by before its merge (clock skew) is not followed; its merge keeps no start.
 */

/** A merge waiting for its branch's commits, with what has been found so far. */
interface OpenBranch<A> {
  /** Stream position of the merge: a larger one is an older merge. */
  readonly order: number;
  readonly resolve: (start: string, author: A) => void;
}

/** Follows merged branches in one newest-first stream of commits. */
export class BranchStarts<A> {
  private readonly waiting = new Map<string, OpenBranch<A>[]>();
  private mainlineNext: string | undefined;
  private started = false;
  private position = 0;

  /**
   * Feeds the next commit of the stream. For a merge, `onStart` is called with each older commit
   * found on its branch; the last call names the branch's first commit.
   */
  observe(sha: string, parents: readonly string[], author: A, onStart: (start: string, author: A) => void = ignore): void {
    const order = this.position++;
    const onMainline = !this.started || sha === this.mainlineNext;
    this.started = true;
    if (onMainline) this.mainlineNext = parents[0];
    const open = this.waiting.get(sha);
    if (open) {
      this.waiting.delete(sha);
      if (!onMainline) {
        // Reached by several branches: it belongs to the oldest merge, the one streamed last.
        let owner = open[0] as OpenBranch<A>;
        for (const b of open) if (b.order > owner.order) owner = b;
        owner.resolve(sha, author);
        if (parents[0] !== undefined) this.wait(parents[0], owner);
      }
    }
    const tip = parents[1];
    if (tip !== undefined) this.wait(tip, { order, resolve: onStart });
  }

  private wait(sha: string, branch: OpenBranch<A>): void {
    const list = this.waiting.get(sha);
    if (list) list.push(branch);
    else this.waiting.set(sha, [branch]);
  }
}

function ignore(): void {}
