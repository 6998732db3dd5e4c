// Dana's learning ledger in the demo repository: a year of entries, two or three a month, as a
// person keeps it: work, reviews, mentoring, hard conversations, talks, and #feedback from peers
// and her manager (the packet's peer-feedback section is filled from those).

/**
 * The entries as [months back, day, title, tags, body, extra lines]. The story follows the seeds:
 * feedback that her reviews "land as verdicts", a communication workshop, office hours, a new
 * mentee, the API guild, and peers noticing the change.
 */
const ENTRIES = (links) => [
  [11, 14, 'Onboarding page for the gateway', '#doc #communication', 'Wrote it after answering the same three questions for the third new joiner this quarter.', ['- link: docs/runbooks/acquirer-failover.md']],
  [11, 27, 'Feedback from Lee in our 1:1', '#feedback #communication #collaboration', '"Your reviews are right, but they land as verdicts. Say why." Hard to hear. From today every blocking comment carries its reason.', []],
  [10, 9, 'Rolled out retry budgets to three services', '#project #technical-scope #initiative', 'Behind a flag, one service a week; error budgets held and no incident.', []],
  [10, 21, 'Learning: load shedding and token buckets', '#learning #strategic-thinking', 'Read the SRE book chapter on handling overload; wrote down where our design differs and why.', []],
  [9, 5, "Reviewed Sam's outbox ADR", '#review #architecture #mentoring', 'Asked for the failure case when the publisher is down for an hour; he added it and the replay plan.', []],
  [9, 19, 'Apologised to Priya for steamrolling the fraud-hooks discussion', '#conversation #maturity #collaboration', 'I argued the API shape before she had finished. We redid the meeting with her proposal first.', []],
  [9, 25, 'Cut p99 capture latency from 1.9 s to 1.2 s', '#project #impact-scope #technical-scope', 'Profiled the capture path across three services; removed a synchronous fraud call and a double serialisation.', []],
  [8, 12, 'Paired with Priya on fraud hooks', '#pairing #collaboration', 'Two afternoons; she drove the verdict types, I drove the tests.', []],
  [8, 26, 'Peer feedback from Sam', '#feedback #mentoring', '"Dana\'s reviews now teach, not just block. I learnt more from the outbox review than from the course."', []],
  [7, 4, 'Chose health-based routing over cost-only routing', '#project #architecture #technical-scope', 'Wrote down both options with numbers; Lee and the fraud team agreed in one meeting.', ['- link: docs/design/multi-acquirer-routing.md']],
  [7, 22, 'Two-day communication and feedback workshop', '#learning #communication', 'Practised situation–behaviour–impact. Takeaway: the why first, then the ask.', []],
  [6, 10, 'Mid-year check-in with Lee', '#feedback #leadership #communication', 'Technical work "clearly staff-level"; communication rated a point below my own view. Agreed on monthly peer feedback from two colleagues.', []],
  [6, 16, 'Load test for multi-acquirer routing', '#project #code-quality #architecture', 'Replayed a Black Friday hour against staging with one acquirer failing; routing held at 2,000 captures a second.', []],
  [6, 24, 'Started mentoring Noor', '#mentoring #leadership', 'Weekly hour; her first owned feature is merchant webhooks. We wrote down what done means.', []],
  [5, 13, 'Started payments API office hours', '#mentoring #visibility #collaboration', 'Thursdays, thirty minutes. Six engineers from three teams came in the first month.', []],
  [5, 28, 'Peer feedback from Priya', '#feedback #collaboration', '"Easier to disagree with you now: you ask what I think before you say what you think."', []],
  [4, 9, 'Coordinated the checkout brown-out', '#incident #leadership #communication', 'Incident lead for four hours; status updates every twenty minutes; wrote the postmortem with Priya.', ['- link: docs/postmortems/checkout-brownout.md']],
  [4, 16, 'Property tests for ledger balances', '#learning #code-quality', 'Learnt fast-check with Alex; the tests found a rounding bug in refunds on the first run.', []],
  [4, 25, 'Said no to a shared database with the platform team', '#conversation #maturity #collaboration', 'Explained the coupling cost with the brown-out as the example; we agreed on an events feed instead.', []],
  [3, 7, 'Kicked off the API guild with five teams', '#project #leadership #collaboration #technical-scope', 'Five teams, one question: how should a payments API fail? The answer becomes RFC 0015.', []],
  [3, 20, 'All-hands talk: what the brown-out taught us', '#talk #visibility #communication', 'Ten minutes, no blame, three changes every team can make. Two directors asked for the slides.', []],
  [2, 8, 'Feedback from Noor', '#feedback #mentoring', '"I shipped webhooks without feeling lost. The written definition of done helped most."', []],
  [2, 18, 'Outlined the payments technical strategy', '#project #strategic-thinking #initiative', 'Current state, three problems, three initiatives with their business case; Lee wants it for planning.', []],
  [2, 27, "Design review of the fraud team's scoring service", '#review #architecture #technical-scope', 'Asked for a fallback when scoring is slow; they added a timeout with a default verdict before launch.', []],
  [1, 6, "Reviewed Sam's acquirer timeout change", '#review #code-quality #mentoring', 'Asked for the timeout to come from config, and explained why 1.8 s keeps us inside the checkout budget.', [`- commit: ${links.timeoutsFix}`]],
  [1, 12, 'Ran the duplicate-capture incident review', '#incident #leadership #communication', 'Kept it blameless; three follow-ups with owners and dates. Thanked Priya for the timeline.', []],
  [1, 20, 'Hard conversation about on-call load', '#conversation #maturity #collaboration', 'Told Lee the rota was burning out two people; we agreed a fairer split and a quarterly check.', []],
  [1, 26, 'Peer feedback round: three colleagues', '#feedback #communication', '"Still direct, but now with the reasons and with respect." "The strategy doc was the clearest thing I read this quarter."', []],
  [0, 1, 'Brown bag: retry budgets in practice', '#talk #visibility #communication', 'Twenty people from four teams; the recording is on the wiki.', []],
  [0, 2, 'Paired with Alex on the acquirer SDK', '#pairing #mentoring', 'Alex drove; we wrote the adapter conformance tests together.', []],
  [0, 3, 'Settlement batching pilot: cost down 28%', '#project #impact-scope', 'One acquirer for two weeks; no manual re-runs. Rolling out to the other two next.', []],
];

/** Writes one ledger file per month for the entries of `cal` (see demo-people.mjs). */
export function writeLedger(repo, cal, links) {
  const byMonth = new Map();
  for (const [back, day, title, tags, body, extra] of ENTRIES(links)) {
    const month = cal.month(back);
    const text = [`## ${cal.date(back, day)} ${title}`, tags, '', body, ...extra, ''].join('\n');
    byMonth.set(month, [...(byMonth.get(month) ?? []), text]);
  }
  for (const [month, entries] of byMonth) {
    repo.write(`growth/ledger/${month}.md`, `# Learning ledger — ${month}\n\n${entries.join('\n')}`);
  }
}
