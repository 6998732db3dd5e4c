// Dana's assessments, goals and later two-notes in the demo repository. The ratings follow the
// seeds' Staff case: her manager's overall rating goes from 2.8 to 3.1 over the year, soft skills
// catch up with technical ones, and communication stays a perception gap (she rates herself 3.5,
// her manager 2.5), so the gap table has something honest to show.

const CRITERIA = ['technical-scope', 'architecture', 'code-quality', 'impact-scope', 'initiative', 'strategic-thinking', 'visibility', 'mentoring', 'communication', 'collaboration', 'leadership', 'maturity'];

/** Ratings in the order of CRITERIA, as YAML lines. */
function ratings(values) {
  return CRITERIA.map((id, i) => `      ${id}: ${values[i]}`).join('\n');
}

function assessment(date, by, values, note) {
  return `  - date: ${date}
    by: ${by}
    ratings:
${ratings(values)}${note ? `\n    note: ${note}` : ''}`;
}

/** Writes growth/assessments.yml for the calendar `cal` (see demo-people.mjs). */
export function writeAssessments(repo, cal) {
  repo.write('growth/assessments.yml', `# Ratings on the framework's 1–4 scale (3 = meets expectations at my level).
assessments:
${assessment(cal.date(11, 5), 'self', [3.5, 3.5, 4, 3, 3, 3, 3, 3, 3.5, 3, 3, 3], 'Start of the year; I think my reviews are fine.')}
${assessment(cal.date(11, 16), 'manager', [3.5, 3.5, 3.5, 3, 3, 2.5, 2.5, 2.5, 2, 2.5, 2.5, 2.5], 'Lee says brilliant technically, but reviews land as verdicts; soft skills are the gap to staff.')}
${assessment(cal.date(6, 3), 'self', [3.5, 3.5, 3.5, 3, 3, 3, 3, 3, 3.5, 3, 3, 3])}
${assessment(cal.date(6, 10), 'manager', [3.5, 3.5, 3.5, 3, 3, 3, 2.5, 3, 2.5, 3, 2.5, 3], 'Mid-year check-in, clear progress on mentoring and collaboration.')}
${assessment(cal.date(1, 2), 'self', [3.5, 3.5, 3.5, 3, 3, 3, 3, 3.5, 3.5, 3, 3.5, 3])}
${assessment(cal.date(1, 9), 'manager', [3.5, 3.5, 3.5, 2.5, 3, 3, 2.5, 3.5, 2.5, 3, 3.5, 3], 'Ready for staff consideration once the settlement results and visibility outside payments show.')}
goals:
  - criterion: mentoring
    goal: Mentor four engineers at once, not two
    target: 3.5
    due: ${cal.date(-3, 1)}
    milestones:
      - {date: ${cal.date(3, 8)}, text: Alex ships nightly reconciliation, done: true}
      - {date: ${cal.date(5, 13)}, text: Start weekly API office hours, done: true}
      - {date: ${cal.date(1, 27)}, text: Noor ships merchant webhooks end to end, done: true}
      - Sam leads the next acquirer integration on the SDK
  - criterion: communication
    goal: Every blocking review comment says why; peers notice the difference
    target: 3
    due: ${cal.date(-2, 1)}
    milestones:
      - {date: ${cal.date(7, 22)}, text: Two-day communication and feedback workshop, done: true}
      - {date: ${cal.date(1, 26)}, text: Monthly peer feedback from two colleagues, done: true}
      - Quarterly feedback review with Lee
  - criterion: impact-scope
    goal: Ship settlement batching with a measured cost result
    target: 3
    due: ${cal.date(-5, 1)}
    milestones:
      - {date: ${cal.date(1, 24)}, text: Settlement batching design reviewed, done: true}
      - Pilot with one acquirer and measure the cost
      - Roll out to all three acquirers
`);
}

/** Two more two-notes: the mentoring plan for Noor and the API guild kickoff. */
export function writeMoreNotes(repo, cal) {
  repo.write(`growth/notes/${cal.date(6, 24)}-mentoring-noor.md`, `---
task: Mentoring plan for Noor
date: ${cal.date(6, 24)}
branch: main
criteria: [mentoring, leadership]
status: done
---

# Mentoring plan for Noor

## For future me

**Intent**

Noor owns merchant webhooks end to end; my job is to make that possible, not to do it.

**Tradeoffs**

A weekly hour instead of ad-hoc help: slower answers, but she learns to batch her questions.

**Next steps**

- [x] Write down what done means for webhooks
- [x] Review her first PR within a day

## For a teammate

**Intent**

If Noor asks you about webhooks, point her at the definition of done in the wiki first.

**Tradeoffs**

None for you.

**Next steps**

- [ ] Invite Noor to the API guild
`);

  repo.write(`growth/notes/${cal.date(3, 7)}-api-guild-kickoff.md`, `---
task: API guild kickoff
date: ${cal.date(3, 7)}
branch: main
criteria: [collaboration, technical-scope]
status: open
---

# API guild kickoff

## For future me

**Intent**

Five teams call payments; get them to agree how a payments API fails before anyone writes code.

**Tradeoffs**

A standard everyone signs up to moves slower than one I write alone, but it gets adopted.

**Next steps**

- [x] Draft RFC 0015 from the guild's notes
- [ ] Add the OpenAPI lint to every calling team's CI

## For a teammate

**Intent**

rfcs/0015-payments-api-standard.md is the standard; the guild meets every other Tuesday.

**Tradeoffs**

Breaking changes wait for the next guild meeting.

**Next steps**

- [ ] Bring one error case from your team to the next meeting
`);
}
