/**
 * The person's growth model: who they are (profile), what "good" means at each level (framework),
 * and how they and their manager rate them (assessments). Parsed from `growth/*.yml`.
 */

/** `technical` and `soft` criteria drive the balance ratio the seeds discuss (e.g. 70/30). */
export type Area = 'technical' | 'soft';

/** What counts as evidence for a criterion when nobody tagged it explicitly. */
export interface Signals {
  /** Evidence kinds (e.g. `rfc`, `review`, `mentoring`). */
  readonly kinds: readonly string[];
  /** Path globs (picomatch syntax) matched against evidence paths (e.g. `**\/adr/**`). */
  readonly paths: readonly string[];
  /** Case-insensitive words or phrases matched against titles and bodies. */
  readonly keywords: readonly string[];
}

export interface Criterion {
  /** Stable kebab-case id used in tags (`#mentoring`) and files (e.g. `technical-scope`). */
  readonly id: string;
  readonly name: string;
  readonly area: Area;
  readonly description: string;
  /** Expectation text per level id, as in the seed's gap table. */
  readonly expectations: Readonly<Record<string, string>>;
  readonly signals: Signals;
}

export interface Level {
  readonly id: string;
  readonly name: string;
  /**
   * The share of technical work (0–100) this level aims for, the rest soft: the seeds' "seventy
   * percent technical, thirty percent soft" discussion. Optional; the balance shows it as a target.
   */
  readonly technicalShare?: number;
}

export interface RatingScale {
  readonly min: number;
  readonly max: number;
  /** Optional label per rating, e.g. `{1: 'Developing', 4: 'Exceptional'}`. */
  readonly labels: Readonly<Record<number, string>>;
}

export interface Framework {
  readonly id: string;
  readonly name: string;
  readonly scale: RatingScale;
  /** Ordered from the most junior to the most senior. */
  readonly levels: readonly Level[];
  readonly criteria: readonly Criterion[];
  /** Evidence kinds this framework adds to the built-in ones. */
  readonly extraKinds: readonly string[];
}

/** The evidence kinds git history can show as documents (a subset of BUILTIN_KINDS). */
export const DOCUMENT_KINDS = ['rfc', 'adr', 'design-doc', 'doc'] as const;

/** Path glob overrides for document kinds; a key given here replaces that kind's defaults. */
export type DocPathOverrides = { readonly [K in (typeof DOCUMENT_KINDS)[number]]?: readonly string[] };

export interface EvidenceWindow {
  /** ISO date (YYYY-MM-DD) the window starts at. */
  readonly since?: string;
  /** Alternatively, the number of months back from today. */
  readonly months?: number;
}

export interface Profile {
  readonly name: string;
  /** Every name and email the person commits under; an entry containing `@` is an email. */
  readonly identities: readonly string[];
  readonly level?: string;
  readonly targetLevel?: string;
  /** `builtin:default` or a path relative to the growth folder. */
  readonly framework: string;
  /** Extra repositories to mine, relative to the repository root or absolute. */
  readonly repositories: readonly string[];
  readonly window: EvidenceWindow;
  /** Author name/email globs never credited (added to the built-in bot patterns). */
  readonly bots: readonly string[];
  readonly paths: DocPathOverrides;
  /**
   * Keys this version does not read, exactly as written. They are reported as warnings but kept,
   * so nothing a person wrote is lost when the profile travels between versions.
   */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export type Assessor = 'self' | 'manager';

export interface Assessment {
  /** ISO date as written. */
  readonly date: string;
  readonly by: Assessor;
  readonly ratings: Readonly<Record<string, number>>;
  readonly note?: string;
  /** 1-based line in assessments.yml. */
  readonly line: number;
}

export interface Milestone {
  readonly date?: string;
  readonly text: string;
  readonly done: boolean;
}

export interface Goal {
  readonly criterion: string;
  readonly text: string;
  /** The rating aimed for. */
  readonly target?: number;
  readonly due?: string;
  readonly milestones: readonly Milestone[];
  readonly line: number;
}

export interface Assessments {
  readonly assessments: readonly Assessment[];
  readonly goals: readonly Goal[];
}

/** Evidence kinds shared by ledger entries and git evidence (SPEC §2). */
export const BUILTIN_KINDS = [
  'conversation',
  'doc',
  'rfc',
  'adr',
  'design-doc',
  'review',
  'mentoring',
  'pairing',
  'incident',
  'talk',
  'project',
  'feedback',
  'learning',
  'recognition',
  'other',
] as const;
