import type { Criterion } from '../model/types';

/**
 * The technical half of the built-in framework. Expectations are written from the seeds' gap
 * table ("Team-level systems" at senior vs. "Multi-team technical initiatives" at staff): each
 * one names something a person or their manager could point at, and each level is visibly
 * wider than the one before it.
 */
export const DEFAULT_TECHNICAL_CRITERIA: readonly Criterion[] = [
  {
    id: 'technical-scope',
    name: 'Technical scope',
    area: 'technical',
    description: 'How wide a set of systems you can own technically: a task, a component, the team\'s systems, several teams\' systems, the organisation\'s platform.',
    expectations: {
      junior: 'Completes well-defined tasks inside one component, with guidance on where a change belongs.',
      mid: 'Owns features end to end inside a service the team runs: code, tests, rollout and follow-up fixes.',
      senior: 'Owns team-level systems: designs, builds and operates the services the team is responsible for.',
      staff: 'Leads multi-team technical initiatives that span several services and codebases (e.g. an API standard adopted by five teams).',
      principal: 'Shapes the technical landscape of the organisation: the platforms and initiatives they lead change how many teams build and run systems.',
    },
    signals: {
      kinds: ['project', 'design-doc', 'rfc', 'commits'],
      paths: ['**/platform/**', '**/infra/**', '**/infrastructure/**', '**/shared/**', '**/libs/**', '**/packages/**'],
      keywords: ['cross-team', 'multi-team', 'across teams', 'migration', 'platform', 'standardization', 'standardisation', 'shared library'],
    },
  },
  {
    id: 'architecture',
    name: 'Architecture',
    area: 'technical',
    description: 'Designing systems and driving design decisions, and writing them down so others can follow the reasoning: options, tradeoffs, what was rejected and why.',
    expectations: {
      junior: 'Implements within an existing design and asks why it is shaped the way it is.',
      mid: 'Designs components and features, writes down the options considered, and asks for review before building.',
      senior: 'Designs the team\'s systems and records the decisions (design docs, ADRs) with tradeoffs and rejected options; executes larger designs well.',
      staff: 'Drives architecture decisions across teams: authors RFCs, leads architecture reviews and builds consensus on designs other teams adopt.',
      principal: 'Sets architectural direction for the organisation: defines the patterns and principles many teams build on, and calls out when a technology has become a liability.',
    },
    signals: {
      kinds: ['design-doc', 'rfc', 'adr'],
      paths: ['**/adr/**', '**/adrs/**', '**/decisions/**', '**/design/**', '**/designs/**', '**/rfcs/**', '**/architecture/**'],
      keywords: ['architecture', 'design doc', 'tradeoff', 'trade-off', 'decision record', 'alternatives considered', 'architecture review'],
    },
  },
  {
    id: 'code-quality',
    name: 'Code quality',
    area: 'technical',
    description: 'Code that others can read, test and change safely, and reviews that raise the quality of everyone\'s code without making anyone afraid to ask.',
    expectations: {
      junior: 'Writes working, tested code that follows the team\'s conventions, and acts on review feedback.',
      mid: 'Writes readable, well-tested code that teammates change with confidence; gives peers specific, useful reviews.',
      senior: 'Sets the quality bar for the team: reviews explain the why, catch design problems early and teach rather than judge; pays down the debt that slows the team.',
      staff: 'Raises quality across teams: creates reusable patterns, tooling or standards adopted by several codebases (e.g. patterns used by 10+ services).',
      principal: 'Defines the organisation\'s engineering practices for quality and shows their effect (fewer incidents, faster and safer change).',
    },
    signals: {
      kinds: ['review', 'commits', 'pairing'],
      paths: ['**/test/**', '**/tests/**', '**/__tests__/**', '**/*.test.*', '**/*.spec.*'],
      keywords: ['refactor', 'test coverage', 'flaky', 'lint', 'code review', 'readability', 'tech debt', 'technical debt'],
    },
  },
  {
    id: 'impact-scope',
    name: 'Impact scope',
    area: 'technical',
    description: 'Whose outcomes change because of your work: your tasks, a feature\'s users, the team\'s roadmap, the organisation\'s technical strategy, the business.',
    expectations: {
      junior: 'Delivers assigned tasks that move the team\'s current work forward.',
      mid: 'Delivers features users or the team notice, and checks afterwards whether they worked.',
      senior: 'Delivers the team\'s roadmap and connects it to measurable results for the team\'s users.',
      staff: 'Moves the org-level technical strategy with measurable business results (e.g. latency down 40%, $200K a year saved).',
      principal: 'Changes outcomes for the company: the technical bets they lead show up in business results across several product areas.',
    },
    signals: {
      kinds: ['project', 'recognition', 'incident'],
      paths: ['**/roadmap*', '**/roadmap*/**', '**/okrs/**'],
      keywords: ['latency', 'cost', 'saved', 'revenue', 'reduced', 'customers', 'business impact', 'roadmap', 'okr'],
    },
  },
  {
    id: 'initiative',
    name: 'Initiative',
    area: 'technical',
    description: 'Seeing what is slowing people down or what could be better, and acting on it without being asked: from reactive (assigned work) to proactive (identifies opportunities).',
    expectations: {
      junior: 'Raises the problems they run into and asks for help early instead of staying stuck.',
      mid: 'Picks up what the team needs without being asked and suggests fixes for the friction they notice.',
      senior: 'Identifies improvements in the team\'s systems and proposes them in writing: the problem, why it matters, a solution.',
      staff: 'Finds opportunities across teams, writes the proposal and business case, and drives it to done (e.g. three self-initiated improvements led in six months).',
      principal: 'Spots the organisation\'s largest technical risks and opportunities before anyone asks, and starts the efforts others then carry.',
    },
    signals: {
      kinds: ['project', 'rfc', 'design-doc'],
      paths: ['**/proposals/**', '**/rfcs/**', '**/spikes/**'],
      keywords: ['proposal', 'proposed', 'initiative', 'improvement', 'spike', 'prototype', 'pilot', 'build time'],
    },
  },
  {
    id: 'strategic-thinking',
    name: 'Strategic thinking',
    area: 'technical',
    description: 'Connecting technical work to business outcomes: knowing why a system matters, where it should be in two years, and what to prioritise or drop to get there.',
    expectations: {
      junior: 'Understands why their task matters to the team\'s goals and asks when it is unclear.',
      mid: 'Weighs the tradeoffs of approaches for their features and explains a choice in terms of user or team needs.',
      senior: 'Connects the team\'s technical work to business outcomes and ranks the team\'s technical debt by what it costs.',
      staff: 'Writes technical strategy for an area (current state, key problems, initiatives with business impact, tradeoffs) and shapes priorities across teams.',
      principal: 'Sets multi-year technical strategy aligned with the business and makes the hard calls about what not to do.',
    },
    signals: {
      kinds: ['rfc', 'design-doc', 'doc'],
      paths: ['**/strategy/**', '**/strategies/**', '**/vision/**', '**/*strategy*.md'],
      keywords: ['strategy', 'vision', 'business case', 'prioritize', 'prioritise', 'long-term', 'two-year', 'tradeoffs'],
    },
  },
];
