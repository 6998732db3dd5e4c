// The repositories the integration and end-to-end suites open: created fresh in a temp folder for
// every run, with real git, a small but real-looking history and (optionally) a growth folder.
import { gitRepo, person } from './git-writer.mjs';

export const DANA = person('Dana Reyes', 'dana@example.com');
export const SAM = person('Sam Okafor', 'sam.okafor@example.com');

/** The branch the fixtures leave checked out (New Two-Note derives its task from it). */
export const FIXTURE_BRANCH = 'feature/retry-budget';

/** `YYYY-MM` / `YYYY-MM-DD` in local time, as the extension dates entries. */
function ymd(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Dates the growth files use, relative to today so that "this month" is always this month. */
export function fixtureDates(now = new Date()) {
  const thisMonth = ymd(now).slice(0, 7);
  const prev = new Date(now.getFullYear(), now.getMonth() - 1, 12);
  return { today: ymd(now), thisMonth, firstOfMonth: `${thisMonth}-01`, prevMonth: ymd(prev).slice(0, 7), prevDay: ymd(prev) };
}

const RETRY_BUDGET_TS = `/** How many retries a caller may spend per window before requests fail fast. */
export interface RetryBudget {
  readonly perMinute: number;
  readonly spent: number;
}

export function canRetry(budget: RetryBudget): boolean {
  // Retries beyond the budget turn a slow dependency into an outage: fail fast instead.
  return budget.spent < budget.perMinute;
}

export function spend(budget: RetryBudget): RetryBudget {
  return { ...budget, spent: budget.spent + 1 };
}
`;

const RFC = `# RFC 0001: Retry budgets for outbound calls

Author: Dana Reyes

## Summary

Cap retries per caller per minute so that a slow dependency cannot multiply our load.
`;

/**
 * Creates a fixture repository in `dir`.
 * - `growth: false` — no growth folder (activation without a profile, Set Up).
 * - `growth: true` — profile, two ledger months, a two-note and an assessment.
 * The clone's own git identity is Dana's, so Set Up can read it.
 */
export function createFixtureRepo(dir, { growth }) {
  const d = fixtureDates();
  const repo = gitRepo(dir).configureUser(DANA);
  repo
    .write('README.md', '# payments-gateway\n\nRoutes card payments to the acquirers.\n')
    .write('src/retry/budget.ts', RETRY_BUDGET_TS)
    .commit('feat(retry): add a retry budget', { author: DANA, date: `${d.prevDay}T10:00:00Z`, trailers: [`Reviewed-by: ${SAM.name} <${SAM.email}>`] })
    .write('docs/rfcs/0001-retry-budget.md', RFC)
    .commit('docs: RFC 0001 retry budgets', { author: DANA, date: `${d.prevDay}T11:00:00Z` })
    .write('src/retry/jitter.ts', 'export const jitter = (ms: number): number => ms / 2 + Math.random() * (ms / 2);\n')
    .commit('feat(retry): add jitter', { author: SAM, date: `${d.prevDay}T12:00:00Z`, trailers: [`Reviewed-by: ${DANA.name} <${DANA.email}>`] });
  if (growth) {
    writeGrowthFolder(repo, d);
    repo.commit('chore: start a growth ledger', { author: DANA, date: `${d.prevDay}T13:00:00Z` });
  }
  repo.checkout(FIXTURE_BRANCH, { create: true });
  return repo;
}

function writeGrowthFolder(repo, d) {
  repo
    .write('growth/profile.yml', [
      '# Growth Ledger profile',
      'name: Dana Reyes',
      'identities:',
      '  - Dana Reyes',
      '  - dana@example.com',
      'level: senior',
      'targetLevel: staff',
      '',
    ].join('\n'))
    .write(`growth/ledger/${d.prevMonth}.md`, [
      `# Ledger ${d.prevMonth}`,
      '',
      `## ${d.prevDay} Wrote the retry budget RFC`,
      '#rfc #architecture #communication',
      '',
      'Proposed per-caller retry budgets after the checkout brown-out.',
      '- link: docs/rfcs/0001-retry-budget.md',
      '',
      `## ${d.prevDay} Paired with Sam on jitter`,
      '#pairing #mentoring',
      '',
      'Sam drove; we covered why full jitter beats fixed back-off.',
      '',
    ].join('\n'))
    .write(`growth/ledger/${d.thisMonth}.md`, [
      `# Ledger ${d.thisMonth}`,
      '',
      `## ${d.firstOfMonth} Led the payments incident review`,
      '#incident #leadership',
      '',
      'Kept the timeline blameless and wrote down three follow-ups.',
      '',
    ].join('\n'))
    .write('growth/notes/' + `${d.prevDay}-retry-budget-rfc.md`, [
      '---',
      'task: Retry budget RFC',
      `date: ${d.prevDay}`,
      'branch: docs/retry-budget-rfc',
      'criteria: [architecture]',
      'status: open',
      '---',
      '',
      '# Retry budget RFC',
      '',
      '## For future me',
      '',
      '**Intent**',
      '',
      'Stop retry storms from turning slow acquirers into outages.',
      '',
      '**Tradeoffs**',
      '',
      'Budgets per caller, not per endpoint: simpler, coarser.',
      '',
      '**Next steps**',
      '',
      '- [ ] Add the budget metric to the dashboard',
      '',
      '## For a teammate',
      '',
      '**Intent**',
      '',
      'The RFC explains why; src/retry/budget.ts is where it lives.',
      '',
      '**Tradeoffs**',
      '',
      'See the RFC.',
      '',
      '**Next steps**',
      '',
      '- [x] Review the RFC',
      '',
    ].join('\n'))
    .write('growth/assessments.yml', [
      'assessments:',
      `  - date: ${d.prevDay}`,
      '    by: self',
      '    ratings:',
      '      mentoring: 2',
      '      architecture: 3',
      '',
    ].join('\n'));
}
