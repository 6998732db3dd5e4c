import { stringify } from 'yaml';
import type { Framework } from './types';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_ID } from '../framework/default-framework';

/** What Set Up (or `growth-ledger init`) knows when it writes a first profile. */
export interface ProfileInit {
  readonly name: string;
  /** Names and emails from git config, to start with. */
  readonly identities: readonly string[];
  readonly level?: string;
  readonly targetLevel?: string;
}

/**
 * A first `profile.yml`, commented for someone who has never seen one: every field says what it
 * is for, and optional fields are shown commented out so the file documents itself. The text
 * reads back through `parseProfile` to the same name, identities and levels.
 */
export function renderProfile(init: ProfileInit, framework: Framework = DEFAULT_FRAMEWORK): string {
  const levels = framework.levels.map((l) => l.id).join(', ');
  const lines = [
    '# Growth Ledger profile: who you are and the level you are growing toward.',
    '# Growth Ledger reads this file and never rewrites it; edit it by hand at any time.',
    '',
    '# Your name as it appears in promotion packets.',
    `name: ${scalar(init.name)}`,
    '',
    '# Every name and email you commit under, so evidence in git history is credited to you.',
    '# Add old work emails too; the repository\'s .mailmap is honoured as well.',
    'identities:',
    ...(init.identities.length > 0 ? init.identities.map((i) => `  - ${scalar(i)}`) : ['  - Your Name', '  - you@example.com']),
    '',
    `# Your current level and the one you are working toward (levels: ${levels}).`,
    init.level ? `level: ${scalar(init.level)}` : '# level: senior',
    init.targetLevel ? `targetLevel: ${scalar(init.targetLevel)}` : '# targetLevel: staff',
    '',
    '# The career framework evidence is mapped onto. Without this line: framework.yml in this',
    '# folder when it exists, otherwise the built-in one. Set it to force one of them, or to',
    '# use a framework kept elsewhere in the repository (a path relative to this folder).',
    `# framework: ${DEFAULT_FRAMEWORK_ID}`,
    '',
    '# Other repositories to mine for evidence, relative to this repository or absolute.',
    '# A case for staff often spans several services.',
    '# repositories:',
    '#   - ../payments-api',
    '',
    '# How far back evidence counts: since a date, or a number of months back from today.',
    '# Without it, the growthLedger.evidenceWindowMonths setting is used (12 months by default).',
    '# window:',
    '#   since: 2026-01-01',
    '',
    '# Author names or emails (globs) never credited, on top of the built-in bot patterns.',
    '# bots:',
    '#   - "deploy-robot*"',
    '',
    '# Where your team keeps documents, if not in the usual places (rfcs/, adr/, docs/ …).',
    '# paths:',
    '#   rfc: ["proposals/**"]',
    '#   adr: ["architecture/decisions/**"]',
    '',
  ];
  return lines.join('\n');
}

/** One YAML scalar, quoted only when it has to be (`@handle`, `yes`, `a: b`). */
function scalar(value: string): string {
  // A line break in a name would need a block scalar; one line is what a profile field means.
  return stringify(value.replace(/\s+/g, ' ').trim(), { lineWidth: 0 }).trimEnd();
}
