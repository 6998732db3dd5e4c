/**
 * The Evidence Map's typed protocol, shared by the extension host, the CLI's HTML export and the
 * webview app. Types only (no runtime code, no `vscode`): the host computes one plain-JSON
 * {@link MapViewModel} and sends it; the webview renders it and sends back {@link MapIntent}s,
 * which the host validates before acting. Nothing in the page recomputes a number.
 */

/** Bumped whenever the shape of the view model changes incompatibly. */
export type MapViewModelVersion = 1;

/** A criterion's verdict in the gap table (the seeds' "Current State vs. Staff Expectations"). */
export type GapVerdict = 'meets' | 'gap' | 'no-evidence' | 'perception-gap';

export type MapArea = 'technical' | 'soft';

/** One piece of evidence as the map shows it; `index` in {@link MapViewModel.evidence}. */
export interface MapEvidenceRow {
  readonly id: string;
  readonly source: 'ledger' | 'note' | 'git';
  readonly kind: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly repo?: string;
  readonly path?: string;
  readonly line?: number;
  readonly sha?: string;
  /** Criteria ids, framework order. */
  readonly criteria: readonly string[];
  /** Why it was recognised and why it maps where it does, in words. */
  readonly reasons: readonly string[];
}

export interface MapRating {
  readonly rating: number;
  /** YYYY-MM-DD of the assessment. */
  readonly date: string;
}

/** One row of the gap table, in framework order. */
export interface MapCriterionRow {
  readonly id: string;
  readonly name: string;
  readonly area: MapArea;
  readonly description: string;
  /** What the person's current level expects, when the profile names a level. */
  readonly currentExpectation?: string;
  /** What the target level expects, when the profile names a target level. */
  readonly targetExpectation?: string;
  readonly self?: MapRating;
  readonly manager?: MapRating;
  readonly evidenceCount: number;
  /** Date of the newest evidence item, YYYY-MM-DD. */
  readonly newest?: string;
  readonly verdict: GapVerdict;
  /** The verdict in words (shown on hover and to screen readers). */
  readonly verdictReason: string;
  /** Indices into {@link MapViewModel.evidence}, newest first. */
  readonly items: readonly number[];
}

/** One cell of the criteria × month heat map. */
export interface MapHeatCell {
  /** YYYY-MM */
  readonly month: string;
  readonly count: number;
  /** Indices into {@link MapViewModel.evidence}, newest first. */
  readonly items: readonly number[];
}

export interface MapHeatRow {
  readonly criterion: string;
  readonly name: string;
  readonly area: MapArea;
  /** One per month of {@link MapHeatMap.months}, same order. */
  readonly cells: readonly MapHeatCell[];
}

export interface MapHeatMap {
  /** YYYY-MM, oldest first. */
  readonly months: readonly string[];
  readonly rows: readonly MapHeatRow[];
  /** The largest cell count, for colour intensity. */
  readonly max: number;
}

/** Average ratings of one assessor for one area at one date. */
export interface MapRatingPoint {
  readonly date: string;
  readonly average: number;
}

export interface MapRatingSeries {
  readonly by: 'self' | 'manager';
  readonly area: MapArea | 'overall';
  readonly points: readonly MapRatingPoint[];
  /** "soft skills (manager) 2.0 → 3.0" */
  readonly summary: string;
}

export interface MapMetricSeries {
  /** `rfcs`, `adrs`, `docs`, `reviews`, `mentoring`, `pairing`, `talks`, `incidents`, `conversations`, `repositories`, `areas` */
  readonly id: string;
  readonly label: string;
  /** One value per quarter of {@link MapMetrics.quarters}. */
  readonly values: readonly number[];
  readonly first: number;
  readonly last: number;
  /** "RFCs and design docs authored 0 → 5" */
  readonly summary: string;
}

export interface MapMetrics {
  /** `2026-Q1`, oldest first. */
  readonly quarters: readonly string[];
  readonly series: readonly MapMetricSeries[];
}

export interface MapBalance {
  /** Evidence items mapped to technical vs soft criteria (an item mapped to both counts in both). */
  readonly technical: number;
  readonly soft: number;
  /** 0–100, rounded; undefined with no mapped evidence. */
  readonly technicalPercent?: number;
  /** Average latest ratings per area (manager's when present, else self's). */
  readonly ratings?: { readonly technical?: number; readonly soft?: number };
  /** The target share of technical work the framework sets for the target level, 0–100. */
  readonly targetTechnicalPercent?: number;
  /** The ratio and its reason in words. */
  readonly summary: string;
}

export interface MapGoal {
  readonly criterion: string;
  readonly criterionName: string;
  readonly text: string;
  readonly target?: number;
  readonly latest?: number;
  readonly due?: string;
  readonly milestonesDone: number;
  readonly milestonesTotal: number;
  /** Evidence for the criterion since the goal was set (or in the window). */
  readonly evidenceSince: number;
  /** Progress in words: "latest 2 of target 3, due 2027-03-01, 4 items since 2026-09-01". */
  readonly summary: string;
}

/** The development plan's progress (`growth/plan.md`), when there is one. */
export interface MapPlanProgress {
  readonly done: number;
  readonly total: number;
  /** Open milestones, in file order. */
  readonly open: readonly { readonly text: string; readonly line: number; readonly when?: string }[];
}

/** Everything the Evidence Map shows, computed by the host (or the CLI) for one window and filter. */
export interface MapViewModel {
  readonly version: MapViewModelVersion;
  readonly person: {
    readonly name: string;
    readonly level?: string;
    readonly levelName?: string;
    readonly targetLevel?: string;
    readonly targetLevelName?: string;
  };
  readonly framework: { readonly name: string; readonly scale: { readonly min: number; readonly max: number } };
  readonly window: {
    /** Inclusive YYYY-MM-DD bounds. */
    readonly since: string;
    readonly until: string;
    /** "Dec 2025 – Nov 2026" */
    readonly label: string;
    /** How the window was chosen ("the profile's window: 12 months"). */
    readonly rule: string;
    /** The months filter in effect, when the person picked one. */
    readonly months?: number;
  };
  readonly filters: {
    /** Repository names evidence came from, for the repository filter. */
    readonly repositories: readonly string[];
    /** The selected repository, or undefined for all. */
    readonly repository?: string;
    /** Window lengths offered, in months. */
    readonly windowChoices: readonly number[];
  };
  readonly headline: {
    readonly criteria: number;
    readonly meetingTarget: number;
    readonly perceptionGaps: number;
    readonly evidence: number;
    readonly unmapped: number;
  };
  readonly criteria: readonly MapCriterionRow[];
  readonly heatmap: MapHeatMap;
  readonly ratings: readonly MapRatingSeries[];
  readonly metrics: MapMetrics;
  readonly balance: MapBalance;
  readonly goals: readonly MapGoal[];
  readonly plan?: MapPlanProgress;
  /** Every evidence item in the window (and filter), newest first; rows and cells point into it. */
  readonly evidence: readonly MapEvidenceRow[];
  /** Things the person should know: Restricted Mode, squash merges that hide reviews, unknown corrections. */
  readonly notices: readonly string[];
  /** Whether the page can act (the VS Code panel) or is a read-only export (the CLI's HTML). */
  readonly interactive: boolean;
}

/**
 * The view model without its evidence rows and without the lists of which rows each criterion and
 * heat-map cell holds: everything the page's first render (gap table, heat map, charts) needs, and
 * no more. With 20,000 items the rows are over 90% of the model and the lists 96% of the rest
 * (660 of 690 KB of JSON), so both follow in a message of their own ({@link MapEvidenceColumns})
 * and the page parses ~30 KB before it is on screen.
 */
export interface MapModelHead extends Omit<MapViewModel, 'evidence' | 'criteria' | 'heatmap'> {
  readonly criteria: readonly Omit<MapCriterionRow, 'items'>[];
  readonly heatmap: Omit<MapHeatMap, 'rows'> & {
    readonly rows: readonly (Omit<MapHeatRow, 'cells'> & { readonly cells: readonly Omit<MapHeatCell, 'items'>[] })[];
  };
}

/**
 * Which rows each gap-table row and each heat-map cell lists (the `items` the head leaves out),
 * in the head's order: `criteria[i]` for `head.criteria[i]`, `cells[r][m]` for
 * `head.heatmap.rows[r].cells[m]`; indices into the rows, newest first.
 */
export interface MapItemLists {
  readonly criteria: readonly (readonly number[])[];
  readonly cells: readonly (readonly (readonly number[])[])[];
}

/**
 * A model's rows column by column, every repeated text (kinds, sources, repositories, paths,
 * criteria ids, reasons) written once in `texts` and named by its index: a third of the rows'
 * JSON, so the lists can open sooner after the first render. Row `i` is the `i`-th entry of every
 * column; `null` where the row has no such field.
 */
export interface MapEvidenceColumns {
  readonly texts: readonly string[];
  readonly id: readonly string[];
  readonly title: readonly string[];
  readonly date: readonly string[];
  /** Indexes into `texts`. */
  readonly source: readonly number[];
  readonly kind: readonly number[];
  readonly repo: readonly (number | null)[];
  readonly path: readonly (number | null)[];
  readonly line: readonly (number | null)[];
  readonly sha: readonly (string | null)[];
  readonly criteria: readonly (readonly number[])[];
  readonly reasons: readonly (readonly number[])[];
  /** The head's item lists, which travel with the rows they point into. */
  readonly lists: MapItemLists;
}

/**
 * JSON text encoded in UTF-8 that the sender built from a `T`. The brand only names what the bytes
 * should hold: the receiver still checks what it decodes, since nothing at run time enforces it.
 */
export type JsonBytes<T> = Uint8Array & { readonly __json?: T };

/**
 * When the host took each step of a panel's first open, by its clock (`Date.now()`, ms since
 * 1970): the page keeps it as the detail of a performance mark, so a benchmark can tell the
 * host's part of the time before the page starts from VS Code's. Absent steps did not happen
 * (no command for a panel VS Code restored after a reload).
 */
export interface MapHostTiming {
  /** The open command asked for the panel. */
  readonly command?: number;
  /** `createWebviewPanel` returned. */
  readonly panelCreated?: number;
  /** The page's HTML was handed to VS Code. */
  readonly htmlSet?: number;
  /** The model's computation started and ended (evidence from the hub, then the core's view model). */
  readonly computeStarted?: number;
  readonly computed?: number;
  /** The head was handed to VS Code for the page. */
  readonly posted?: number;
}

/**
 * Host → webview, as it travels. A model goes as two messages with the same `id` (the host's
 * count of models it computed): first its head, then its rows, each as JSON text encoded in UTF-8.
 * VS Code carries bytes from the extension host into the page as they are, whereas an object graph
 * of 20,000 rows would be JSON-encoded, parsed and structured-cloned several times on the way.
 */
export type MapHostMessage =
  /** `timing` rides on the first head of a panel only (see {@link MapHostTiming}). */
  | { readonly type: 'model'; readonly id: number; readonly json: JsonBytes<MapModelHead>; readonly timing?: MapHostTiming }
  /** The model's {@link MapViewModel.evidence} as {@link MapEvidenceColumns}. */
  | { readonly type: 'evidence'; readonly id: number; readonly json: JsonBytes<MapEvidenceColumns> }
  | { readonly type: 'busy'; readonly message: string }
  /** There is no model to show (no profile yet): a head still waiting for its rows will not get them. */
  | { readonly type: 'empty'; readonly message: string }
  | { readonly type: 'reveal'; readonly itemId: string };

/** Webview → host. Every one is validated on the host before it is acted on. */
export type MapIntent =
  | { readonly type: 'ready' }
  | { readonly type: 'setFilter'; readonly months?: number; readonly repository?: string | null }
  | { readonly type: 'openItem'; readonly id: string }
  | { readonly type: 'excludeItem'; readonly id: string }
  /** Without `criterion` the host asks which one. */
  | { readonly type: 'mapItem'; readonly id: string; readonly criterion?: string }
  | { readonly type: 'generatePacket' }
  | { readonly type: 'recordAssessment' };
