import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { MapHostMessage, MapHostTiming, MapIntent, MapViewModel } from '../../shared/evidence-map-protocol';
import { parseMapIntent } from './map-intent-validator';
import type { MapActions, MapFilter, MapModelSource } from './map-model-source';
import { MapModelParcel } from './map-model-parts';
import { mapPanelHtml } from './map-panel-html';

/** The panel's view type: the serializer and the `onWebviewPanel:` activation event use it. */
export const EVIDENCE_MAP_VIEW_TYPE = 'growthLedger.evidenceMap';
const FILTER_KEY = 'growthLedger.evidenceMap.filter';

/** Everything the panel needs from the composition root. */
export interface EvidenceMapDeps {
  readonly extensionUri: vscode.Uri;
  /** Remembers the filters per workspace, so a reload shows the same window and repository. */
  readonly workspaceState: vscode.Memento;
  readonly source: MapModelSource;
  readonly actions: MapActions;
  readonly log: vscode.LogOutputChannel;
}

/**
 * The one Evidence Map panel. The host owns the model: it computes it while the page loads, the
 * page asks with `ready` and gets it (its head first, then its rows; see `MapHostMessage`), and
 * sends back intents, each validated before anything happens. Hidden panels are not kept alive
 * (`retainContextWhenHidden: false`): the page keeps its place through its own state and asks again.
 */
export class EvidenceMapPanel implements vscode.Disposable {
  private static current: EvidenceMapPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private model: MapViewModel | undefined;
  /** The model as the page receives it, kept so a page that asks again gets it at once. */
  private parcel: MapModelParcel | undefined;
  /** The model being computed, if any: a page that says `ready` meanwhile waits for it instead of asking again. */
  private computing: Promise<void> | undefined;
  private generation = 0;
  /** Whether the page has said `ready` since it was (re)loaded; messages before that are lost. */
  private ready = false;
  /** The id of the model whose rows were posted to the page since it said `ready`: each is posted once. */
  private sentId: number | undefined;
  /**
   * The model the page has: the last one whose rows were posted and delivered. Until a newer one's
   * rows arrive the page shows this one's rows, so the items its intents name are looked up here.
   */
  private shown: MapViewModel | undefined;
  /** Set once the panel is closed: a model computed after that has no page to go to. */
  private disposed = false;
  /** An item to reveal once the page is ready. */
  private pendingReveal: string | undefined;
  /** Whether VS Code has reported the panel open, which starts the first model's computation (once per panel). */
  private prefetched = false;
  /** The first open's steps, by the host's clock: sent with the prefetched head (see {@link MapHostTiming}). */
  private timing: { -readonly [K in keyof MapHostTiming]: MapHostTiming[K] };

  /** Opens the panel, or brings the open one forward. */
  static show(deps: EvidenceMapDeps): EvidenceMapPanel {
    if (EvidenceMapPanel.current) {
      EvidenceMapPanel.current.panel.reveal();
      return EvidenceMapPanel.current;
    }
    const command = Date.now();
    const panel = vscode.window.createWebviewPanel(EVIDENCE_MAP_VIEW_TYPE, 'Evidence Map', vscode.ViewColumn.Active, panelOptions(deps.extensionUri));
    return new EvidenceMapPanel(panel, deps, { command, panelCreated: Date.now() });
  }

  /** Takes over a panel VS Code restored after a window reload. */
  static restore(panel: vscode.WebviewPanel, deps: EvidenceMapDeps): EvidenceMapPanel {
    EvidenceMapPanel.current?.dispose();
    return new EvidenceMapPanel(panel, deps);
  }

  static get open(): EvidenceMapPanel | undefined {
    return EvidenceMapPanel.current;
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly deps: EvidenceMapDeps, timing: MapHostTiming = {}) {
    EvidenceMapPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'growth.svg');
    panel.webview.options = webviewOptions(deps.extensionUri);
    panel.webview.html = this.html();
    this.timing = { ...timing, htmlSet: Date.now() };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // A hidden panel's page is discarded (retainContextWhenHidden is off); shown again, it reloads.
      // VS Code tells the panel its view state (its column, from ViewColumn.Active) once it has opened
      // it: the first model is computed from then on, while VS Code creates the page (see prefetch).
      panel.onDidChangeViewState((e) => {
        if (!e.webviewPanel.visible) this.pageGone();
        else void this.prefetch();
      }),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)),
      deps.source.onDidChange(() => {
        if (panel.visible) void this.refresh();
        else {
          // Computed again when the page asks on becoming visible; a computation under way is for
          // the data before the change, so it is dropped (a new generation) and not waited for.
          this.generation++;
          this.computing = undefined;
          this.setModel(undefined);
        }
      }),
    );
  }

  /** Selects an item's criterion and scrolls it into view (from the Evidence tree). */
  async reveal(itemId: string): Promise<void> {
    this.panel.reveal();
    if (this.ready) await this.post({ type: 'reveal', itemId });
    else this.pendingReveal = itemId;
  }

  dispose(): void {
    this.disposed = true;
    if (EvidenceMapPanel.current === this) EvidenceMapPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private async onMessage(raw: unknown): Promise<void> {
    const intent = parseMapIntent(raw);
    if (!intent) {
      this.deps.log.warn(`Evidence Map: ignored a message that is not part of the protocol: ${describe(raw)}`);
      return;
    }
    try {
      await this.act(intent);
    } catch (e) {
      // The panel closed while this ran (its dispose event may come after the failed post).
      if (this.disposed) return;
      const message = e instanceof Error ? e.message : String(e);
      this.deps.log.error(`Evidence Map ${intent.type}: ${message}`);
      void vscode.window.showErrorMessage(`Growth Ledger: ${message}`);
    }
  }

  private async act(intent: MapIntent): Promise<void> {
    switch (intent.type) {
      case 'ready': {
        // A page that says ready was (re)loaded and has no model yet.
        this.pageGone();
        this.ready = true;
        if (!this.model) await (this.computing ?? this.compute());
        await this.postModel();
        const reveal = this.pendingReveal;
        this.pendingReveal = undefined;
        if (reveal) await this.post({ type: 'reveal', itemId: reveal });
        return;
      }
      case 'setFilter': {
        // The page sends the whole filter it wants: no months is the profile's window, no repository all of them.
        const next: MapFilter = {
          ...(intent.months !== undefined ? { months: intent.months } : {}),
          ...(typeof intent.repository === 'string' ? { repository: intent.repository } : {}),
        };
        await this.deps.workspaceState.update(FILTER_KEY, next);
        await this.refresh();
        return;
      }
      case 'openItem':
      case 'excludeItem':
      case 'mapItem': {
        const model = this.shown ?? this.model;
        const item = model?.evidence.find((e) => e.id === intent.id);
        if (!item) {
          this.deps.log.warn(`Evidence Map: ${intent.type} for an item the map no longer has (${intent.id})`);
          void vscode.window.showWarningMessage('Growth Ledger: that item is no longer in the Evidence Map (its evidence changed), so nothing was done. The map shows the evidence as it is now.');
          return;
        }
        if (intent.type === 'openItem') await this.deps.actions.openItem(item);
        else if (intent.type === 'excludeItem') await this.deps.actions.excludeItem(item);
        else if (intent.criterion !== undefined && !model?.criteria.some((c) => c.id === intent.criterion)) {
          this.deps.log.warn(`Evidence Map: mapItem to an unknown criterion (${intent.criterion})`);
        } else await this.deps.actions.mapItem(item, intent.criterion);
        return;
      }
      case 'generatePacket':
        await this.deps.actions.generatePacket(this.model ? { since: this.model.window.since, until: this.model.window.until } : undefined);
        return;
      case 'recordAssessment':
        await this.deps.actions.recordAssessment();
        return;
    }
  }

  /**
   * The first model, computed while VS Code creates the page, so the two overlap. Not as soon as the
   * panel is asked for: the extension host sends VS Code its messages (create the panel, its HTML)
   * only after compressing them off its thread, so a computation started at once held them back
   * until it ended, and VS Code began on the page 40–60 ms later with 20,000 items (measured with the
   * host bench's timing). VS Code reports the panel's view state once it has opened it, and the page
   * still needs ~100 ms to load after that; should it say `ready` first, `ready` computes the model.
   * A restored panel may get no report: its page's `ready` computes the model then.
   *
   * The head is posted at once: VS Code holds messages for a page that is still loading and hands
   * them over when it has loaded (after its script has run), which saves the page's `ready` round
   * trip. Should the page still miss it, `ready` sends the model again; the page takes a head it
   * already shows only once (the ids match).
   */
  private async prefetch(): Promise<void> {
    // Once per panel (the first report), and not when a page that was quicker has had the model computed for it.
    if (this.prefetched) return;
    this.prefetched = true;
    if (this.model || this.computing) return;
    try {
      this.timing.computeStarted = Date.now();
      const generation = await this.compute();
      this.timing.computed = Date.now();
      const parcel = this.parcel;
      if (generation !== this.generation || !parcel) return;
      if (!this.ready) await this.post({ ...parcel.head, timing: { ...this.timing, posted: Date.now() } });
      // While the page renders the head, the rows are encoded, ready for when it asks.
      void parcel.evidence;
    } catch (e) {
      if (!this.disposed) this.deps.log.error(`Evidence Map: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Computes the model for the current filter and sends it to a ready page. */
  private async refresh(): Promise<void> {
    if (this.ready) await this.post({ type: 'busy', message: 'Updating the Evidence Map…' });
    const generation = await this.compute();
    if (generation === this.generation && this.ready) await this.postModel();
  }

  /** Computes the model for the current filter and keeps it; a slower, older answer is dropped. Returns its generation. */
  private compute(): Promise<number> {
    const generation = ++this.generation;
    const done = this.deps.source.model(this.filter()).then((model) => {
      if (generation === this.generation) this.setModel(model, generation);
    });
    const settled = done.finally(() => {
      if (this.computing === settled) this.computing = undefined;
    });
    // Whoever waits for the model hears of a failure; the kept promise itself must not count as unhandled.
    settled.catch(() => undefined);
    this.computing = settled;
    return done.then(() => generation);
  }

  private setModel(model: MapViewModel | undefined, generation = this.generation): void {
    this.model = model;
    this.parcel = model ? new MapModelParcel(generation, model) : undefined;
  }

  /** Posts the current model to a ready page, unless that page already has it (`ready` and a refresh may both ask). */
  private async postModel(): Promise<void> {
    const parcel = this.parcel;
    if (!parcel) {
      this.sentId = undefined;
      await this.post({ type: 'empty', message: 'Nothing to map yet: run Growth Ledger: Set Up to create growth/profile.yml.' });
      return;
    }
    if (this.sentId === parcel.id) return;
    this.sentId = parcel.id;
    // The head alone first: posted together, both would leave in one write and the head would arrive after the rows.
    await this.post(parcel.head);
    // A newer model (a refresh meanwhile) is posted by its own refresh; the page joins rows to their head by id.
    if (parcel !== this.parcel || !this.ready || this.sentId !== parcel.id) return;
    await this.post(parcel.evidence);
    if (this.sentId === parcel.id) this.shown = parcel.model;
  }

  /** The page was discarded (hidden) or reloaded: it has no model, and nothing it named can be acted on. */
  private pageGone(): void {
    this.ready = false;
    this.sentId = undefined;
    this.shown = undefined;
  }

  private filter(): MapFilter {
    const saved = this.deps.workspaceState.get<MapFilter>(FILTER_KEY);
    return saved && typeof saved === 'object' ? saved : {};
  }

  private async post(message: MapHostMessage): Promise<void> {
    // Closing the map while its model is computed is normal, not an error to show the person.
    if (this.disposed) return;
    await this.panel.webview.postMessage(message);
  }

  private html(): string {
    const webview = this.panel.webview;
    const dir = vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview');
    return mapPanelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dir, 'evidence-map.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dir, 'evidence-map.css')).toString(),
      nonce: randomBytes(18).toString('base64'),
    });
  }
}

/** Restores the panel after a window reload (registered for {@link EVIDENCE_MAP_VIEW_TYPE}). */
export class EvidenceMapSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly deps: EvidenceMapDeps) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    EvidenceMapPanel.restore(panel, this.deps);
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  // Only the built bundle (script, stylesheet, codicon font) can be loaded; nothing from the repository.
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
}

function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { ...webviewOptions(extensionUri), retainContextWhenHidden: false, enableFindWidget: true };
}

function describe(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
