import { describe, expect, it } from 'vitest';
import { describePullRequest, parsePullRequestMerge } from '../../../src/core/git/merge-subject';

describe('parsePullRequestMerge', () => {
  it('reads GitHub merges, with the pull request title from the body', () => {
    expect(parsePullRequestMerge('Merge pull request #12 from bob/cache-warmup', 'Warm the cache on deploy\n')).toEqual({
      host: 'github',
      number: 12,
      from: 'bob/cache-warmup',
      title: 'Warm the cache on deploy',
    });
  });

  it('reads GitLab merges from the "See merge request" line', () => {
    const m = parsePullRequestMerge("Merge branch 'quota-limits' into 'main'", 'Add quota limits\n\nSee merge request platform/billing!42');
    expect(m).toEqual({ host: 'gitlab', number: 42, from: 'quota-limits', title: 'Add quota limits' });
    expect(describePullRequest(m ?? { host: 'gitlab', number: 0 })).toBe('GitLab merge request !42');
  });

  it('reads Azure DevOps and Bitbucket merges', () => {
    expect(parsePullRequestMerge('Merged PR 77: Add retry budgets', '')).toEqual({ host: 'azure-devops', number: 77, title: 'Add retry budgets' });
    expect(parsePullRequestMerge('Merged in feature/x (pull request #9)', 'Feature X')).toEqual({ host: 'bitbucket', number: 9, from: 'feature/x', title: 'Feature X' });
  });

  it('does not treat a plain branch merge as a pull request', () => {
    expect(parsePullRequestMerge("Merge branch 'main' into feature", '')).toBeUndefined();
    expect(parsePullRequestMerge("Merge remote-tracking branch 'origin/main'", '')).toBeUndefined();
  });

  it('reads GitLab’s reference line among long or crafted lines without slowing down', () => {
    const body = `${'See merge request '.padEnd(400_000, '!1')}\r\nSee merge request !x\r\nSee merge request group/sub/project!7\r\n`;
    expect(parsePullRequestMerge("Merge branch 'fix' into 'main'", body)).toMatchObject({ host: 'gitlab', number: 7, from: 'fix' });
    expect(parsePullRequestMerge(`Merged PR 8:${' '.repeat(400_000)}Title`, '')).toEqual({ host: 'azure-devops', number: 8, title: 'Title' });
  });
});
