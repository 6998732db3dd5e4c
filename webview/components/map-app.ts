import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { MapEvidenceRow, MapIntent, MapModelHead } from '../../src/shared/evidence-map-protocol';
import { monthLabel } from '../format';
import type { HostBridge, MapPageMessage, MapSelection } from '../host-bridge';
import { ModelAssembly } from '../model-assembly';
import { checkListsFit, type MapEvidence } from '../evidence-rows';
import { selectionExists, selectionItems } from '../selection-items';
import { LightElement, type SelectDetail } from './light-element';
import type { EvidenceList } from './evidence-list';
import type { HeatMapGrid } from './heat-map';
import './gap-table';
import './heat-map';
import './evidence-list';
import './trend-charts';
import './goals-plan';
import { counted } from '../../src/shared/plural';

/**
 * The Evidence Map page. It renders the host's view model as it is (nothing is recomputed here),
 * keeps the person's place (selection, scroll) through the bridge's state, and turns clicks into
 * intents. In an exported file the bridge is not interactive and every action is hidden.
 */
@customElement('evidence-map-app')
export class EvidenceMapApp extends LightElement {
  @property({ attribute: false }) bridge?: HostBridge;
  @state() private model?: MapModelHead;
  /** The model's rows and item lists; undefined while they are still on their way after the first head. */
  @state() private evidence?: MapEvidence;
  private readonly assembly = new ModelAssembly<MapEvidence>((head, evidence) => checkListsFit(head, evidence.lists));
  /** An item the host asked to reveal before the rows that hold it arrived. */
  private pendingReveal?: string;
  @state() private busy?: string;
  /** What the host sent could not be read: shown instead of rows that would be made up. */
  @state() private failure?: string;
  @state() private selection?: MapSelection;
  @query('evidence-list') private list?: EvidenceList;
  @query('heat-map') private heat?: HeatMapGrid;
  private origin?: HTMLElement;
  @state() private revealed = '';
  private listScroll = 0;
  /** Whether the first complete render has been marked. */
  private marked = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.bridge?.getState();
    this.selection = saved?.selection;
    this.listScroll = saved?.listScroll ?? 0;
    this.addEventListener('map-select', (e) => this.onSelect((e as CustomEvent<SelectDetail>).detail));
    this.addEventListener('map-intent', (e) => this.post((e as CustomEvent<MapIntent>).detail));
    this.addEventListener('list-scroll', (e) => {
      this.listScroll = (e as CustomEvent<number>).detail;
      this.save();
    });
    this.addEventListener('keydown', (e) => this.onEscape(e));
    this.addEventListener('list-close', () => this.closeList());
    // One state write per frame at most, however fast the page scrolls.
    let pending = false;
    window.addEventListener('scroll', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.save();
      });
    }, { passive: true });
    this.bridge?.listen((m) => this.onMessage(m));
  }

  private onMessage(message: MapPageMessage): void {
    if (message.type === 'busy') {
      this.busy = message.message;
      return;
    }
    if (message.type === 'empty' || message.type === 'error') {
      // No rows will come for a head that waits for them: reveals must not wait for it forever.
      this.assembly.abandon();
      if (message.type === 'error') this.failure = message.message;
      else this.busy = message.message;
      return;
    }
    if (message.type === 'reveal') {
      this.reveal(message.itemId);
      return;
    }
    const shown = message.type === 'model' ? this.assembly.head(message.id, message.model) : this.assembly.evidence(message.id, message.rows);
    if (!shown) return;
    const first = !this.model;
    // A keyboard user who opened a list before its rows came is on its placeholder heading: keep them on the list.
    const onPlaceholder = !this.evidence && !!document.activeElement?.classList.contains('evidence-placeholder');
    this.busy = undefined;
    this.failure = undefined;
    this.model = shown.model;
    this.evidence = shown.evidence;
    // A selection that no longer exists (a criterion removed, a month out of the window) is dropped.
    if (this.selection && !selectionExists(this.model, this.selection)) this.selection = undefined;
    if (onPlaceholder && this.evidence) void this.updateComplete.then(() => this.list?.focusHeading());
    if (first) {
      const y = this.bridge?.getState()?.pageScroll;
      if (y) void this.updateComplete.then(() => window.scrollTo(0, y));
    }
    const reveal = this.pendingReveal;
    if (reveal && this.evidence && !this.assembly.updating) {
      this.pendingReveal = undefined;
      this.reveal(reveal);
    }
  }

  protected override updated(): void {
    // The rows follow the first render; lists can open from here on (the benchmark reports when).
    if (this.evidence && !document.body.dataset.evidence) {
      performance.mark('evidence-map-evidence-shown');
      document.body.dataset.evidence = 'true';
    }
    // A marker for tests and the benchmark: the first model is on screen, every section rendered
    // (the sections are elements of their own that render just after this one).
    if (this.model && !this.marked) {
      this.marked = true;
      const sections = [...this.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('gap-table, heat-map, trend-charts, balance-bar, goals-plan')];
      void Promise.all(sections.map((s) => s.updateComplete)).then(() => {
        performance.mark('evidence-map-rendered');
        document.body.dataset.rendered = 'true';
      });
    }
  }

  private reveal(id: string): void {
    // The rows the item is in are still coming (the first model's, or a newer model's): reveal it then.
    if (!this.evidence || this.assembly.updating) {
      this.pendingReveal = id;
      return;
    }
    const item = this.evidence.rows.find((e) => e.id === id);
    if (!item) return;
    const criterion = item.criteria[0];
    this.selection = criterion ? { kind: 'criterion', criterion } : { kind: 'unmapped' };
    this.revealed = id;
    this.save();
    void this.updateComplete.then(() => {
      this.list?.revealItem(id);
      this.list?.focusHeading();
    });
  }

  private onSelect(detail: SelectDetail): void {
    this.origin = detail.origin;
    this.revealed = '';
    this.selection = detail.selection;
    this.listScroll = 0;
    this.save();
    void this.updateComplete.then(() => {
      if (this.list) this.list.focusHeading();
      else this.querySelector<HTMLElement>('.evidence-placeholder')?.focus();
    });
  }

  private onEscape(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.selection) return;
    const target = e.target as HTMLElement | null;
    if (!target?.closest('.evidence-panel')) return;
    const sel = this.selection;
    if (sel.kind === 'cell') this.heat?.focusCell(sel.criterion, sel.month);
    else if (this.origin?.isConnected) this.origin.focus();
    else this.querySelector<HTMLElement>(sel.kind === 'unmapped' ? '.unmapped-link' : `button[data-criterion="${CSS.escape(sel.criterion)}"]`)?.focus();
  }

  private closeList(): void {
    const sel = this.selection;
    const origin = this.origin;
    this.selection = undefined;
    this.save();
    // Focus goes back to what opened the list (the cell, the row's button), never to the page's top.
    void this.updateComplete.then(() => {
      if (sel?.kind === 'cell') this.heat?.focusCell(sel.criterion, sel.month);
      else if (origin?.isConnected) origin.focus();
      else if (sel?.kind === 'criterion') this.querySelector<HTMLElement>(`button[data-criterion="${CSS.escape(sel.criterion)}"]`)?.focus();
    });
  }

  private save(): void {
    this.bridge?.setState({ selection: this.selection, listScroll: this.listScroll, pageScroll: window.scrollY });
  }

  private post(intent: MapIntent): void {
    if (this.bridge?.interactive) this.bridge.post(intent);
  }

  /** The selection's rows, or undefined while the rows have not arrived or the selection is gone. */
  private itemsFor(sel: MapSelection): readonly MapEvidenceRow[] | undefined {
    return this.model && this.evidence ? selectionItems(this.model, this.evidence, sel) : undefined;
  }

  protected override render(): TemplateResult {
    const model = this.model;
    if (!model) return html`<p class="loading" role=${this.failure ? 'alert' : 'status'}>${this.failure ?? this.busy ?? 'Loading the Evidence Map…'}</p>`;
    const interactive = !!this.bridge?.interactive && model.interactive;
    return html`
      <header class="map-header">${this.header(model, interactive)}</header>
      <main class="map-main">
        <p class="headline">${this.headline(model)}</p>
        ${model.notices.length ? html`<ul class="notices" aria-label="Notices">${model.notices.map((n) => html`<li><span class="codicon codicon-info" aria-hidden="true"></span> ${n}</li>`)}</ul>` : nothing}
        ${this.noAssessments(model, interactive)}
        <div class="layout ${this.selection ? 'with-list' : ''}">
          <div class="sections">
            <section aria-labelledby="gap-h"><h2 id="gap-h">Gap table</h2>
              <gap-table .model=${model} .selection=${this.selection}></gap-table></section>
            <section aria-labelledby="heat-h"><h2 id="heat-h">Evidence over time</h2>
              ${model.headline.evidence === 0 ? html`<p class="empty">No evidence in ${model.window.label}. Log an entry, write a two-note, or widen the window.</p>` : nothing}
              <heat-map .heatmap=${model.heatmap} .selection=${this.selection}></heat-map></section>
            <div class="columns">
              <section aria-labelledby="trend-h"><h2 id="trend-h">Trends</h2>
                <trend-charts .ratings=${model.ratings} .metrics=${model.metrics} .scale=${model.framework.scale}></trend-charts></section>
              <section aria-labelledby="bal-h"><h2 id="bal-h">Balance</h2>
                <balance-bar .balance=${model.balance}></balance-bar></section>
              <section aria-labelledby="goal-h"><h2 id="goal-h">Goals and plan</h2>
                <goals-plan .goals=${model.goals} .plan=${model.plan}></goals-plan></section>
            </div>
          </div>
          ${this.selection ? this.evidencePanel(model, this.selection, interactive) : nothing}
        </div>
      </main>
    `;
  }

  /**
   * The filters are native selects in the theme's colours: vscode-single-select forced layouts of
   * the whole page while the first render was being built (it reads its options' innerText and
   * measures itself as it renders), ~30 ms until the first render and ~20 ms until the map is on
   * screen in a first open with 20,000 items, as the host bench measured it.
   */
  private header(model: MapModelHead, interactive: boolean): TemplateResult {
    const p = model.person;
    const levels = [p.level, p.targetLevel].filter(Boolean).join(' → ');
    return html`
      <h1><span class="codicon codicon-graph" aria-hidden="true"></span> ${p.name}${levels ? html` · ${levels}` : nothing} · ${model.window.label}</h1>
      <span class="busy muted small" role="status">${this.busy ? html`<span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span> ${this.busy}` : nothing}</span>
      ${this.failure ? html`<p class="failure" role="alert"><span class="codicon codicon-error" aria-hidden="true"></span> ${this.failure}</p>` : nothing}
      ${interactive ? html`<div class="filters">
        <select class="filter" aria-label="Repository" .value=${live(model.filters.repository ?? '')}
          @change=${(e: Event) => this.setRepository((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!model.filters.repository}>All repositories</option>
          ${model.filters.repositories.map((r) => html`<option value=${r} ?selected=${r === model.filters.repository}>${r}</option>`)}
        </select>
        <select class="filter" aria-label="Window" title=${model.window.rule} .value=${live(String(model.window.months ?? ''))}
          @change=${(e: Event) => this.setMonths((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${model.window.months === undefined}>Default window</option>
          ${model.filters.windowChoices.map((m) => html`<option value=${String(m)} ?selected=${m === model.window.months}>${counted(m, 'month')}</option>`)}
        </select>
        <vscode-button @click=${() => this.post({ type: 'generatePacket' })}>Packet</vscode-button>
      </div>` : html`<p class="muted">${model.filters.repository ?? 'All repositories'} · ${model.window.rule}</p>`}
    `;
  }

  private headline(model: MapModelHead): TemplateResult {
    const h = model.headline;
    const target = model.person.targetLevel ?? 'the target';
    const b = model.balance;
    // The short form of the balance; its full reasoning is in the Balance section.
    const balance = b.technicalPercent === undefined ? nothing
      : html` · balance ${b.technicalPercent}% technical / ${100 - b.technicalPercent}% soft${b.targetTechnicalPercent === undefined ? nothing : ` (${target}: ${b.targetTechnicalPercent}/${100 - b.targetTechnicalPercent})`}`;
    return html`${h.meetingTarget} of ${h.criteria} criteria meet ${target}
      · ${h.perceptionGaps} perception gap${h.perceptionGaps === 1 ? '' : 's'}${balance}
      · ${counted(h.evidence, 'evidence item')}${h.unmapped ? html`, <button class="link-button unmapped-link" aria-pressed=${this.selection?.kind === 'unmapped' ? 'true' : 'false'}
          @click=${(e: Event) => this.onSelect({ selection: { kind: 'unmapped' }, origin: e.currentTarget as HTMLElement })}>${h.unmapped} not mapped yet</button>` : nothing}`;
  }

  private noAssessments(model: MapModelHead, interactive: boolean): TemplateResult | typeof nothing {
    if (model.criteria.some((c) => c.self || c.manager)) return nothing;
    return html`<p class="hint"><span class="codicon codicon-lightbulb" aria-hidden="true"></span>
      No assessments yet: the table shows your evidence against the expectations; add self and manager ratings to see the gaps.
      ${interactive ? html`<vscode-button secondary @click=${() => this.post({ type: 'recordAssessment' })}>Record Assessment</vscode-button>` : nothing}</p>`;
  }

  private evidencePanel(model: MapModelHead, sel: MapSelection, interactive: boolean): TemplateResult {
    const criterion = sel.kind === 'unmapped' ? undefined : model.criteria.find((c) => c.id === sel.criterion);
    const name = sel.kind === 'unmapped' ? 'Not mapped yet' : (criterion?.name ?? sel.criterion);
    const heading = sel.kind === 'cell' ? `${name}, ${monthLabel(sel.month)}` : name;
    const target = model.person.targetLevelName ?? model.person.targetLevel;
    const hint = criterion?.targetExpectation ? `${target ?? 'The target level'} expects: ${criterion.targetExpectation}` : '';
    // The list is made once its rows are here, so it restores its scroll position on its first render.
    const list = this.evidence
      ? html`<evidence-list .items=${this.itemsFor(sel) ?? []} heading=${heading} emptyHint=${hint}
        ?interactive=${interactive} .initialScroll=${this.listScroll} revealed=${this.revealed}></evidence-list>`
      // Not `.evidence-heading`: tests and the benchmark wait for that as a list with its rows.
      : html`<h3 class="evidence-placeholder" tabindex="-1">${heading}</h3>
        ${this.failure ? html`<p role="alert">${this.failure}</p>` : html`<p class="loading" role="status"><span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span> Loading the evidence…</p>`}`;
    return html`<aside class="evidence-panel" aria-label="Evidence for the selection">
      ${list}
      <p class="muted small">Escape returns to where you were.</p>
    </aside>`;
  }

  /** A filter intent always carries the whole filter, so the host never has to merge. */
  private setRepository(value: string): void {
    const months = this.model?.window.months;
    this.post({ type: 'setFilter', ...(months ? { months } : {}), repository: value === '' ? null : value });
  }

  private setMonths(value: string): void {
    const months = Number(value);
    const repository = this.model?.filters.repository ?? null;
    this.post({ type: 'setFilter', ...(Number.isInteger(months) && months > 0 ? { months } : {}), repository });
  }
}
