// Dana's growth folder in the demo repository: a profile, two ledger months, two-notes and
// assessments with goals, written as a person would have written them.

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

  repo.write(`growth/ledger/${cal.month(1)}.md`, `# Learning ledger — ${cal.month(1)}

## ${cal.date(1, 6)} Reviewed Sam's acquirer timeout change
#review #code-quality #mentoring

Asked for the timeout to come from config, and explained why 1.8 s keeps us inside the checkout budget.
- commit: ${links.timeoutsFix}

## ${cal.date(1, 12)} Ran the payments incident review
#incident #leadership #communication

Kept it blameless; three follow-ups with owners and dates. Thanked Priya for the timeline.
- link: docs/postmortems/checkout-brownout.md

## ${cal.date(1, 20)} Hard conversation about on-call load
#conversation #maturity #collaboration

Told Lee the rota was burning out two people; we agreed a fairer split and a quarterly check.
`);

  repo.write(`growth/ledger/${cal.month(0)}.md`, `# Learning ledger — ${cal.month(0)}

## ${cal.date(0, 1)} Brown bag: retry budgets in practice
#talk #visibility #communication

Twenty people from four teams; the recording is on the wiki.

## ${cal.date(0, 2)} Paired with Alex on reconciliation
#pairing #mentoring

Alex drove; we wrote the property test for balances together.
`);

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

  repo.write('growth/assessments.yml', `assessments:
  - date: ${cal.date(6, 4)}
    by: self
    ratings:
      architecture: 3
      mentoring: 2
      communication: 3
      leadership: 2
    note: Before the multi-acquirer routing work.
  - date: ${cal.date(6, 18)}
    by: manager
    ratings:
      architecture: 3
      mentoring: 2
      communication: 2
      leadership: 2
goals:
  - criterion: mentoring
    goal: Mentor two engineers through their first owned feature
    target: 3
    due: ${cal.date(-3, 1)}
    milestones:
      - {date: ${cal.date(3, 8)}, text: Alex ships reconciliation, done: true}
      - Sam leads the next acquirer integration
`);
}
