import type { Criterion } from '../model/types';

/**
 * The soft half of the built-in framework: the skills the seeds say matter more the higher one
 * goes ("technical brilliance without soft skills has a ceiling"). The evidence for them is
 * mostly what the ledger records: conversations, talks, mentoring, incidents coordinated.
 */
export const DEFAULT_SOFT_CRITERIA: readonly Criterion[] = [
  {
    id: 'visibility',
    name: 'Visibility',
    area: 'soft',
    description: 'Whether the people who need to know your work and expertise do: within the team, across the organisation, beyond the company.',
    expectations: {
      junior: 'Shares progress and blockers in standups and demos their work to the team.',
      mid: 'Known within the team for an area of the codebase; demos work to the team and its stakeholders.',
      senior: 'Known within the team and by adjacent teams; presents the team\'s work at all-hands and writes it up for others.',
      staff: 'Recognised across the organisation: engineers and directors outside the team know their expertise from talks, writing and reviews.',
      principal: 'Recognised across the company and outside it: talks, publications or open source that represent the company\'s engineering.',
    },
    signals: {
      kinds: ['talk', 'doc', 'recognition'],
      paths: ['**/blog/**', '**/posts/**', '**/talks/**', '**/slides/**'],
      keywords: ['presented', 'all-hands', 'brown bag', 'tech talk', 'blog post', 'demo', 'meetup', 'conference'],
    },
  },
  {
    id: 'mentoring',
    name: 'Mentoring',
    area: 'soft',
    description: 'Helping other engineers grow: pairing, teaching reviews, onboarding, office hours. At senior and above this is part of the job, not a favour.',
    expectations: {
      junior: 'Learns from others by asking good questions, and helps the next new joiner with what they have just learned.',
      mid: 'Helps newer teammates through pairing and clear reviews; onboards new joiners to the team\'s codebase.',
      senior: 'Mentors one or two engineers with visible growth; their reviews leave juniors confident to ask questions.',
      staff: 'A multiplier for many engineers: mentors several (e.g. four) at once, runs office hours and writes onboarding material used across the organisation.',
      principal: 'Grows senior and staff engineers into technical leaders and shapes how the organisation mentors and learns.',
    },
    signals: {
      kinds: ['mentoring', 'pairing', 'review'],
      paths: ['**/onboarding/**', '**/guides/**', '**/tutorials/**'],
      keywords: ['mentor', 'mentee', 'mentored', 'paired', 'pairing', 'onboarding', 'office hours', 'coaching'],
    },
  },
  {
    id: 'communication',
    name: 'Communication',
    area: 'soft',
    description: 'Explaining technical concepts so that others can follow, in writing and in person: decisions with their tradeoffs, feedback with its why, escalations without explosions.',
    expectations: {
      junior: 'Says clearly what they are doing and where they are stuck, in standups, tickets and pull requests.',
      mid: 'Writes clear pull requests, docs and READMEs; explains technical choices so teammates can follow them.',
      senior: 'Explains technical concepts to non-engineers, documents decisions with tradeoffs and rejected options, and gives feedback that includes the why.',
      staff: 'Writes documents (RFCs, strategy, pre-reads) that move decisions across teams; adapts the message to engineers, product and leadership; escalates with a neutral summary.',
      principal: 'Communicates technical direction to the whole organisation and its executives; their writing is what others quote.',
    },
    signals: {
      kinds: ['doc', 'rfc', 'adr', 'design-doc', 'talk', 'conversation', 'two-note'],
      paths: ['**/docs/**/*.md', '**/README*', '**/*.rst', '**/*.adoc'],
      keywords: ['documented', 'explained', 'write-up', 'writeup', 'readme', 'pre-read', 'summary', 'feedback'],
    },
  },
  {
    id: 'collaboration',
    name: 'Collaboration',
    area: 'soft',
    description: 'Working with others rather than around them: sharing ideas before implementing, inviting other approaches, building consensus across teams.',
    expectations: {
      junior: 'Works well within the team: asks for and accepts help and answers review comments respectfully.',
      mid: 'Collaborates reliably within the team: pairs, unblocks teammates and disagrees respectfully, with reasons.',
      senior: 'Builds trust in the team and with adjacent teams; shares ideas before implementing and settles disagreements with data (e.g. a time-boxed spike).',
      staff: 'Builds consensus across several teams on shared approaches; other teams ask for their involvement.',
      principal: 'Builds partnerships across the organisation and with product and business leaders; aligns groups with competing goals.',
    },
    signals: {
      kinds: ['pairing', 'review', 'conversation', 'project'],
      paths: ['**/retro*/**', '**/retrospectives/**', '**/meeting-notes/**'],
      keywords: ['cross-team', 'paired with', 'co-authored', 'consensus', 'aligned', 'stakeholder', 'partnered', 'together with'],
    },
  },
  {
    id: 'leadership',
    name: 'Leadership',
    area: 'soft',
    description: 'Seeing what needs to be done and getting others to follow: leading projects and technical discussions, coordinating incidents, taking calculated risks, crediting others.',
    expectations: {
      junior: 'Owns their tasks to done and says early when something is at risk.',
      mid: 'Leads small features or spikes and owns the outcome, including fixing what broke.',
      senior: 'Leads team projects and technical discussions; coordinates incident response and credits contributors by name.',
      staff: 'Technical lead for multi-team initiatives: sets direction, builds alignment, takes calculated risks; leads post-incident reviews that change how teams work.',
      principal: 'Leads organisation-wide technical efforts, changes how the company handles incidents and decisions, and grows other leaders.',
    },
    signals: {
      kinds: ['incident', 'project', 'rfc', 'conversation'],
      paths: ['**/postmortems/**', '**/post-mortems/**', '**/incidents/**'],
      keywords: ['led', 'coordinated', 'incident', 'outage', 'postmortem', 'post-mortem', 'tech lead', 'kickoff'],
    },
  },
  {
    id: 'maturity',
    name: 'Maturity',
    area: 'soft',
    description: 'Managing your time, energy, emotions and decorum: seeking feedback, owning mistakes, staying steady under pressure and ambiguity.',
    expectations: {
      junior: 'Takes feedback without defensiveness and acts on it; manages their time on assigned work.',
      mid: 'Balances competing tasks; owns mistakes openly and follows up on them.',
      senior: 'Seeks out feedback and keeps 1:1s; stays calm under pressure; explains failures with ownership and changes behaviour after them.',
      staff: 'Handles ambiguity and conflict across teams calmly, takes calculated risks, is comfortable with failure and is trusted to represent the team.',
      principal: 'A steady presence for the organisation in crises and hard decisions; models the behaviour the company wants and protects people\'s time and energy.',
    },
    signals: {
      kinds: ['feedback', 'conversation', 'learning'],
      paths: ['**/retro*/**', '**/retrospectives/**', '**/lessons-learned/**'],
      keywords: ['feedback', 'reflection', 'lesson learned', 'lessons learned', '1:1', 'owned the mistake', 'retro', 'tough conversation'],
    },
  },
];
