// Eighteen months of a payments team's history: code, reviews in trailers (keys in mixed case),
// an RFC renumbered by someone else, ADRs with front-matter authors, docs with Author: headers,
// GitHub-style merges of feature branches, a bot, and an old email that .mailmap maps. Dana's
// story follows the seeds' Staff case: a strong engineer whose first RFC predates the 12-month
// window, who then mentors a new joiner, writes the API standard and the strategy, and ends the
// window with five RFCs and design docs in one quarter, across more of the codebase.
import { ALEX, CI_ROBOT, DANA, DANA_LAPTOP, DANA_OLD, DEPENDABOT, LEE, NOOR, PRIYA, SAM, who } from './demo-people.mjs';
import { ACQUIRER_SDK, LEDGER_EVENT_VERSIONS, PAYMENTS_API_STANDARD, SETTLEMENT_BATCHING, TECH_STRATEGY } from './demo-documents.mjs';

const ts = (name, body) => `// ${name}\n${body}\n`;

const RFC = (status) => `# RFC: Retry budgets for outbound calls

- Status: ${status}
- Author: Dana Reyes
- Reviewers: Priya Natarajan, Sam Okafor

## Summary

Cap the retries each caller may spend per minute, so that a slow acquirer cannot multiply our load
into an outage.

## Motivation

The checkout brown-out: three services retried the same timeouts and tripled the traffic.

## Design

A token bucket per caller; retries spend a token; an empty bucket fails fast with a clear error.
`;

const ADR = (n, title, authors, body) => `---
title: ${title}
status: accepted
authors: [${authors.join(', ')}]
date: ${n}
---

# ${title}

${body}
`;

/**
 * Writes the history into `repo` (see scripts/host/git-writer.mjs). Returns the short ids of the
 * commits the ledger links to.
 */
export function writeHistory(repo, cal) {
  const links = {};
  const c = (message, author, when, trailers = [], committer = author) => repo.commit(message, { author, committer, date: when, trailers });

  // ~18 months ago: the service starts. Dana still commits with her old work email.
  repo.write('README.md', '# payments-platform\n\nRoutes card payments to the acquirers and keeps the ledger of record.\n')
    .write('.gitignore', 'node_modules/\ndist/\n')
    .write('src/gateway/router.ts', ts('router', 'export function route(amount: number): string {\n  return amount > 10_000 ? "acquirer-b" : "acquirer-a";\n}'));
  c('chore: start the payments platform', LEE, cal.at(17, 3));
  repo.write('src/gateway/timeouts.ts', ts('timeouts', 'export const ACQUIRER_TIMEOUT_MS = 2_500;'));
  c('feat(gateway): acquirer timeouts', DANA_OLD, cal.at(17, 10), [`Reviewed-by: ${who(SAM)}`]);
  repo.write('docs/runbooks/acquirer-failover.md', 'Author: Dana Reyes\n\n# Runbook: acquirer failover\n\n1. Check the error rate per acquirer.\n2. Flip the routing flag.\n');
  c('docs: acquirer failover runbook', LEE, cal.at(16, 2));

  // Sam's feature branch, reviewed and merged by Dana through a pull request.
  repo.checkout('sam/idempotency-keys', { create: true });
  repo.write('src/gateway/idempotency.ts', ts('idempotency', 'export function keyOf(orderId: string, attempt: number): string {\n  return `${orderId}:${attempt}`;\n}'));
  c('feat(gateway): idempotency keys', SAM, cal.at(15, 8), [`Co-authored-by: ${who(DANA)}`]);
  repo.checkout('main');
  repo.merge('sam/idempotency-keys', 'Merge pull request #17 from sam/idempotency-keys\n\nIdempotency keys for card captures', { by: DANA, date: cal.at(15, 9) });

  repo.write('package.json', '{\n  "name": "payments-platform",\n  "dependencies": { "undici": "5.28.3" }\n}\n');
  c('build(deps): bump undici from 5.28.2 to 5.28.3', DEPENDABOT, cal.at(14, 4));
  repo.write('docs/adr/0001-record-architecture-decisions.md', ADR(cal.date(14, 12), 'Record architecture decisions', ['Lee Chen'], 'We keep ADRs in docs/adr.'));
  c('docs(adr): 0001 record architecture decisions', LEE, cal.at(14, 12));

  // Dana mentors Alex; the trailer key is written in three different cases across the history.
  repo.write('src/ledger/entries.ts', ts('entries', 'export interface Entry { readonly id: string; readonly cents: number; }'));
  c('feat(ledger): double-entry records', ALEX, cal.at(13, 6), [`Mentored-by: ${who(DANA)}`, `Reviewed-By: ${who(DANA)}`]);
  repo.write('src/ledger/balance.ts', ts('balance', 'export const balance = (cents: readonly number[]): number => cents.reduce((a, b) => a + b, 0);'));
  c('feat(ledger): balances', ALEX, cal.at(12, 20), [`mentored-by: ${who(DANA)}`, `reviewed-by: ${who(PRIYA)}`]);

  // The RFC: Dana writes it as 0000, Priya renumbers it to 0012 when it is accepted.
  repo.write('rfcs/0000-retry-budgets.md', RFC('draft'));
  c('rfc: retry budgets for outbound calls', DANA, cal.at(13, 5), [`Acked-by: ${who(LEE)}`]);
  repo.move('rfcs/0000-retry-budgets.md', 'rfcs/0012-retry-budgets.md');
  c('rfc: accept 0012 retry budgets', PRIYA, cal.at(12, 28));

  repo.checkout('dana/retry-budget', { create: true });
  repo.write('src/gateway/retry-budget.ts', ts('retry budget', 'export function canRetry(spent: number, perMinute: number): boolean {\n  return spent < perMinute;\n}'));
  c('feat(gateway): retry budgets (RFC 0012)', DANA, cal.at(10, 3), [`Reviewed-by: ${who(PRIYA)}`, `Tested-by: ${who(SAM)}`]);
  repo.write('src/gateway/retry-budget.test.ts', ts('retry budget tests', 'import { canRetry } from "./retry-budget";\nconsole.assert(!canRetry(3, 3));'));
  c('test(gateway): retry budget edges', DANA_LAPTOP, cal.at(10, 4));
  repo.checkout('main');
  repo.merge('dana/retry-budget', 'Merge pull request #31 from dana/retry-budget\n\nRetry budgets', { by: PRIYA, date: cal.at(10, 6) });

  repo.write('docs/adr/0002-outbox-for-ledger-events.md', ADR(cal.date(9, 14), 'Use an outbox for ledger events', ['Dana Reyes', 'Sam Okafor'], 'Ledger events are written to an outbox table in the same transaction and published after commit.'));
  c('docs(adr): 0002 outbox for ledger events', SAM, cal.at(9, 14), [`Reviewed-by: ${who(DANA)}`]);
  repo.write('.github/workflows/ci.yml', 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{ uses: actions/checkout@v4 }]\n');
  c('ci: run the tests on every push', CI_ROBOT, cal.at(9, 15));
  repo.write('src/gateway/capture.ts', ts('capture', 'export async function capture(key: string, cents: number): Promise<string> {\n  return `${key}:${cents}`;\n}'));
  c('perf(gateway): no synchronous fraud call on the capture path', DANA, cal.at(9, 24), [`Reviewed-by: ${who(SAM)}`]);

  // Priya's branch; Dana reviews and pairs.
  repo.checkout('priya/fraud-hooks', { create: true });
  repo.write('src/fraud/hooks.ts', ts('fraud hooks', 'export type FraudVerdict = "allow" | "review" | "deny";'));
  c('feat(fraud): pre-authorisation hooks', PRIYA, cal.at(8, 9), [`Co-authored-by: ${who(DANA)}`, `Reviewed-by: ${who(LEE)}`]);
  repo.checkout('main');
  repo.merge('priya/fraud-hooks', 'Merge pull request #44 from priya/fraud-hooks\n\nFraud hooks', { by: DANA, date: cal.at(8, 11) });

  repo.write('docs/design/multi-acquirer-routing.md', 'Author: Dana Reyes\nReviewers: Lee Chen\n\n# Design: multi-acquirer routing\n\nRoute by cost and health, with a per-acquirer circuit breaker.\n');
  c('docs(design): multi-acquirer routing', DANA, cal.at(7, 2), [`Reviewed-by: ${who(LEE)}`]);
  repo.write('src/gateway/router.ts', ts('router', 'export function route(amount: number, healthy: (a: string) => boolean): string {\n  const first = amount > 10_000 ? "acquirer-b" : "acquirer-a";\n  return healthy(first) ? first : "acquirer-c";\n}'));
  c('feat(gateway): route around unhealthy acquirers', DANA, cal.at(6, 18), [`Reviewed-by: ${who(SAM)}`]);
  repo.write('test/load/routing.k6.js', '// Replays a peak hour with one acquirer failing.\nexport const options = { vus: 200, duration: "10m" };\n');
  c('test(load): routing with a failing acquirer at peak traffic', DANA, cal.at(6, 20), [`Reviewed-by: ${who(LEE)}`]);
  repo.write('package.json', '{\n  "name": "payments-platform",\n  "dependencies": { "undici": "6.21.1" }\n}\n');
  c('build(deps): bump undici from 5.28.3 to 6.21.1', DEPENDABOT, cal.at(5, 7), [`Reviewed-by: ${who(DANA)}`]);

  // Noor joins; Dana mentors her through her first owned feature (the seeds' "2 → 4 mentees").
  repo.write('src/webhooks/deliver.ts', ts('webhooks', 'export interface Delivery { readonly url: string; readonly body: string; }'));
  c('feat(webhooks): merchant webhooks', NOOR, cal.at(5, 20), [`Mentored-by: ${who(DANA)}`, `Reviewed-by: ${who(DANA)}`]);

  repo.write('docs/postmortems/checkout-brownout.md', 'Author(s): Dana Reyes, Priya Natarajan\n\n# Postmortem: checkout brown-out\n\nRetries tripled the load on acquirer-a; retry budgets now cap it.\n');
  c('docs: checkout brown-out postmortem', PRIYA, cal.at(4, 12));
  repo.write('src/api/errors.ts', ts('api errors', 'export interface Problem { readonly type: string; readonly title: string; readonly status: number; }'));
  c('feat(api): problem+json errors for every endpoint', DANA, cal.at(4, 22), [`Reviewed-by: ${who(PRIYA)}`]);
  repo.write('src/ledger/reconcile.ts', ts('reconcile', 'export const reconciled = (a: number, b: number): boolean => a === b;'));
  c('feat(ledger): nightly reconciliation', ALEX, cal.at(3, 8), [`Mentored-By: ${who(DANA)}`, `Reviewed-by: ${who(SAM)}`]);
  repo.write('src/webhooks/sign.ts', ts('webhook signatures', 'export const SIGNATURE_HEADER = "Payments-Signature";'));
  c('feat(webhooks): signed payloads', NOOR, cal.at(3, 17), [`Co-authored-by: ${who(DANA)}`, `Mentored-by: ${who(DANA)}`]);
  repo.write('src/api/pagination.ts', ts('pagination', 'export interface Page<T> { readonly items: readonly T[]; readonly next?: string; }'));
  c('feat(api): cursor pagination for list endpoints', DANA, cal.at(3, 24), [`Reviewed-by: ${who(PRIYA)}`]);

  // The last quarter: the API standard, versioned events, batching, the SDK and the strategy.
  repo.write('rfcs/0015-payments-api-standard.md', PAYMENTS_API_STANDARD);
  c('rfc: 0015 one API standard for the payments services', DANA, cal.at(2, 6), [`Acked-by: ${who(LEE)}`, `Acked-by: ${who(PRIYA)}`]);
  repo.write('docs/adr/0003-idempotent-captures.md', ADR(cal.date(2, 10), 'Idempotent card captures', ['Dana Reyes'], 'Every capture carries an idempotency key; acquirers that ignore it are wrapped.'));
  c('docs(adr): 0003 idempotent captures', DANA, cal.at(2, 10), [`Acked-by: ${who(PRIYA)}`, `Acked-by: ${who(LEE)}`]);
  repo.write('src/settlement/files.ts', ts('settlement files', 'export const MAX_CAPTURES_PER_FILE = 5_000;'));
  c('feat(settlement): acquirer settlement files', SAM, cal.at(2, 21), [`Reviewed-by: ${who(DANA)}`]);
  repo.write('rfcs/0017-versioned-ledger-events.md', LEDGER_EVENT_VERSIONS);
  c('rfc: 0017 versioned ledger events', DANA, cal.at(1, 3), [`Acked-by: ${who(SAM)}`]);
  repo.write('src/gateway/timeouts.ts', ts('timeouts', 'export const ACQUIRER_TIMEOUT_MS = 1_800;'));
  c('fix(gateway): shorter acquirer timeouts', SAM, cal.at(1, 6), [`Reviewed-by: ${who(DANA)}`]);
  links.timeoutsFix = repo.head().slice(0, 10);
  repo.write('src/fraud/hooks.ts', ts('fraud hooks', 'export type FraudVerdict = "allow" | "review" | "deny" | "step-up";'));
  c('feat(fraud): step-up verdict', PRIYA, cal.at(1, 15), [`Reviewed-by: ${who(DANA)}`]);
  repo.write('docs/design/settlement-batching.md', SETTLEMENT_BATCHING);
  c('docs(design): settlement batching', DANA, cal.at(1, 24), [`Reviewed-by: ${who(LEE)}`]);
  repo.write('src/webhooks/retry.ts', ts('webhook retries', 'export const BACKOFF_MS = [1_000, 5_000, 30_000];'));
  c('feat(webhooks): retries with backoff', NOOR, cal.at(1, 27), [`Mentored-by: ${who(DANA)}`, `Reviewed-by: ${who(DANA)}`]);
  repo.write('sdk/acquirer-adapter.ts', ts('acquirer adapter', 'export interface AcquirerAdapter { capture(key: string, cents: number): Promise<string>; }'));
  c('feat(sdk): the acquirer adapter interface', ALEX, cal.at(1, 28), [`Co-authored-by: ${who(DANA)}`, `Reviewed-by: ${who(DANA)}`]);
  repo.write('src/gateway/retry-budget.ts', ts('retry budget', 'export function canRetry(spent: number, perMinute: number): boolean {\n  // A budget of zero means retries are off, not unlimited.\n  return perMinute > 0 && spent < perMinute;\n}'));
  c('fix(gateway): a zero retry budget disables retries', DANA, cal.at(0, 2), [`Reviewed-by: ${who(ALEX)}`]);
  repo.write('rfcs/0019-acquirer-sdk.md', ACQUIRER_SDK);
  c('rfc: 0019 an internal SDK for acquirer integrations', DANA, cal.at(0, 3, 11), [`Acked-by: ${who(PRIYA)}`]);
  repo.write('docs/design/tech-strategy-2027.md', TECH_STRATEGY);
  c('docs(design): payments platform technical strategy 2027', DANA, cal.at(0, 4, 15), [`Reviewed-by: ${who(LEE)}`, `Reviewed-by: ${who(PRIYA)}`]);
  return links;
}
