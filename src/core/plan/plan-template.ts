/**
 * The built-in development plan (`growth/plan.md`). A team can replace it with
 * `growth/templates/plan.md.mustache`; the data it gets is {@link planData}'s.
 * Timeline items are checklist items so ticking one in the editor moves the plan's progress.
 */
export const BUILTIN_PLAN_TEMPLATE = `# Development plan: {{name}}{{#current}}, {{current}} → {{target}}{{/current}}{{^current}} → {{target}}{{/current}}

Written {{date}} from the gap table for {{window}}. Tick a milestone (\`- [x]\`) when it is done: the Ledger view, the Evidence Map and the promotion packet follow.

## Goals

- **6-month goal (by {{sixMonths}}):** {{sixMonthGoal}}
- **12-month goal (by {{twelveMonths}}):** {{twelveMonthGoal}}

## Gaps to {{target}}

{{#hasGaps}}
| Criterion | Now | {{target}} expectation | Gap |
|---|---|---|---|
{{#gaps}}
| {{criterion}} | {{now}} | {{expectation}} | {{gap}} |
{{/gaps}}
{{/hasGaps}}
{{^hasGaps}}
No gaps in the current window: keep the evidence coming.
{{/hasGaps}}

## Strategies

{{#strategies}}
### Strategy {{number}}: {{criterion}}

**Problem:** {{problem}}
{{#expectation}}

**{{target}} expectation:** {{expectation}}
{{/expectation}}

**Actions:**
{{#actions}}
- {{action}} (leaves: {{result}})
{{/actions}}
- Log each step in the ledger tagged \`#{{id}}\`.

{{/strategies}}
{{^strategies}}
No strategy needed yet.

{{/strategies}}
## Timeline

Period → action → expected result.

{{#timeline}}
- [ ] **{{when}}**: {{action}} → {{result}}
{{/timeline}}
`;
