// Dana's growth folder in the demo repository: a profile, a year of ledger entries, two-notes
// and assessments with goals, written as a person would have written them.
import { writeLedger } from './demo-ledger.mjs';
import { writeAssessments, writeMoreNotes } from './demo-assessments.mjs';

/** Writes growth/ into `repo` for the calendar `cal` (see demo-people.mjs); `links` from writeHistory. */
export function writeGrowthFolder(repo, cal, links) {
  repo.write('growth/profile.yml', `# Growth Ledger profile
name: Dana Reyes
identities:
  - Dana Reyes
  - dana@payments.example
  - dana.reyes@oldcorp.example
level: senior
targetLevel: staff
`);

  writeLedger(repo, cal, links);

  repo.write(`growth/notes/${cal.date(1, 22)}-retry-budget-zero.md`, `---
task: Retry budget of zero
date: ${cal.date(1, 22)}
branch: dana/retry-budget-zero
criteria: [code-quality]
status: open
---

# Retry budget of zero

## For future me

**Intent**

A budget of zero must disable retries; it silently meant "unlimited".

**Tradeoffs**

Fail closed: a misconfigured service now gets no retries rather than infinite ones.

**Next steps**

- [ ] Alert when a caller's budget is zero for more than a day
- [x] Fix canRetry

## For a teammate

**Intent**

src/gateway/retry-budget.ts; the RFC is rfcs/0012-retry-budgets.md.

**Tradeoffs**

See above.

**Next steps**

- [ ] Document the setting in the runbook
`);

  repo.write(`growth/notes/${cal.date(2, 9)}-idempotent-captures.md`, `---
task: Idempotent captures ADR
date: ${cal.date(2, 9)}
branch: dana/adr-idempotent-captures
criteria: [architecture, communication]
status: done
---

# Idempotent captures ADR

## For future me

**Intent**

Write down why every capture carries a key, before the next acquirer integration.

**Tradeoffs**

Wrapping acquirers that ignore keys costs a lookup per capture.

**Next steps**

- [x] Get Priya's and Lee's ack

## For a teammate

**Intent**

docs/adr/0003-idempotent-captures.md explains it.

**Tradeoffs**

As above.

**Next steps**

- [x] Link it from the onboarding guide
`);

  writeMoreNotes(repo, cal);
  writeAssessments(repo, cal);
}
