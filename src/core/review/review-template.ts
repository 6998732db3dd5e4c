/**
 * The built-in monthly review (`growth/reviews/YYYY-MM.md`). A team can replace it with
 * `growth/templates/review.md.mustache`; the data it gets is {@link reviewData}'s.
 */
export const BUILTIN_REVIEW_TEMPLATE = `# Monthly review: {{title}}

{{name}}'s learning ledger, reviewed. Technical tickets show outputs; this ledger shows impact.

## The month in numbers

{{total}} pieces of evidence in {{title}}.

{{#byKind}}
- {{label}}: {{count}}
{{/byKind}}

By criterion:

{{#byCriterion}}
- {{name}}: {{count}}
{{/byCriterion}}
{{^byCriterion}}
- No evidence mapped to a criterion this month.
{{/byCriterion}}
{{#quiet}}

Nothing this month for: {{quiet}}.
{{/quiet}}

## Ledger entries and two-notes

{{#ledger}}
- {{{line}}}
{{/ledger}}
{{^ledger}}
- No ledger entries or two-notes this month. Tough conversations handled, docs published, mentoring delivered, incidents coordinated: log them while you remember.
{{/ledger}}

## From git

{{#git}}
- {{{line}}}
{{/git}}
{{^git}}
- Nothing mined from git this month.
{{/git}}

## Open next steps from two-notes

{{#nextSteps}}
- [ ] {{text}} ({{task}}, {{date}}, {{half}}: {{{link}}})
{{/nextSteps}}
{{^nextSteps}}
- None open.
{{/nextSteps}}

## Goals

{{#goals}}
- **{{criterion}}:** {{text}} ({{progress}})
{{/goals}}
{{^goals}}
- No development goals recorded in assessments.yml.
{{/goals}}
{{#plan}}

Development plan: {{done}} of {{totalText}} done.

{{#open}}
- [ ] {{#when}}**{{when}}**: {{/when}}{{text}} ({{{link}}})
{{/open}}
{{/plan}}

## Balance

{{#balance}}
Technical {{technical}}, soft skills {{soft}}{{#percent}} ({{percent}}% technical{{#target}}; the target level expects about {{target}}%{{/target}}){{/percent}}.
{{/balance}}

## Reflection

- What went well this month?
- What would I change next month?
- What will I ask for: feedback, an opportunity, support?
{{#reread}}
- Re-read {{{link}}} ({{task}}, {{date}}): compare clarity a month later. Which half still reads clearly? Which line saved you time?
{{/reread}}
{{^reread}}
- No two-note from {{lastMonth}} to re-read; write one for your next task and compare its clarity in a month.
{{/reread}}
`;
