import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { MapEvidenceRow, MapIntent } from '../../src/shared/evidence-map-protocol';
import { kindIcon } from '../format';
import { LightElement } from './light-element';

/** Fixed row height (px) that the windowing below relies on; the stylesheet uses the same number. */
export const EVIDENCE_ROW_HEIGHT = 64;
/** Rows rendered above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN = 6;

/**
 * The evidence behind a selection: date · kind · title · why it counts, with Open / Exclude /
 * Map to…. Only the rows in view are in the DOM (a selection can hold 20,000 items), placed with
 * padding set through the CSSOM so no style attribute is ever written (the CSP forbids them).
 */
@customElement('evidence-list')
export class EvidenceList extends LightElement {
  @property({ attribute: false }) items: readonly MapEvidenceRow[] = [];
  @property() heading = '';
  /** What the target level expects, shown when there is no evidence. */
  @property() emptyHint = '';
  @property({ type: Boolean }) interactive = false;
  /** The item the host asked to reveal, marked in the list. */
  @property() revealed = '';
  /** Scroll offset to restore (from the webview state). */
  @property({ type: Number }) initialScroll = 0;
  @state() private first = 0;
  @state() private visible = 12;
  @query('.evidence-scroll') private scroller?: HTMLElement;
  @query('.evidence-window') private windowEl?: HTMLElement;

  /** Focus the list's heading, so a keyboard user lands on what they opened. */
  focusHeading(): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.evidence-heading')?.focus());
  }

  /** Scrolls an item into view (the host's `reveal`). */
  revealItem(id: string): void {
    const at = this.items.findIndex((i) => i.id === id);
    if (at < 0 || !this.scroller) return;
    this.scroller.scrollTop = at * EVIDENCE_ROW_HEIGHT;
    this.measure();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.first = Math.min(this.first, Math.max(0, this.items.length - 1));
  }

  protected override firstUpdated(): void {
    if (this.scroller && this.initialScroll > 0) this.scroller.scrollTop = this.initialScroll;
    this.measure();
  }

  protected override updated(): void {
    const el = this.windowEl;
    if (!el) return;
    const start = Math.max(0, this.first - OVERSCAN);
    const end = Math.min(this.items.length, this.first + this.visible + OVERSCAN);
    el.style.paddingTop = `${start * EVIDENCE_ROW_HEIGHT}px`;
    el.style.paddingBottom = `${(this.items.length - end) * EVIDENCE_ROW_HEIGHT}px`;
  }

  protected override render(): TemplateResult {
    const start = Math.max(0, this.first - OVERSCAN);
    const end = Math.min(this.items.length, this.first + this.visible + OVERSCAN);
    const rows = this.items.slice(start, end);
    return html`
      <div class="evidence-head">
        <h3 class="evidence-heading" tabindex="-1">${this.heading}
          <span class="count">${this.items.length} item${this.items.length === 1 ? '' : 's'}</span></h3>
        <button class="icon-button" title="Close the list" aria-label="Close the evidence list"
          @click=${() => this.dispatchEvent(new CustomEvent('list-close', { bubbles: true }))}><span class="codicon codicon-close" aria-hidden="true"></span></button>
      </div>
      ${this.items.length === 0
        ? html`<p class="empty">No evidence here yet.${this.emptyHint ? html` ${this.emptyHint}` : nothing}</p>`
        : html`<div class="evidence-scroll" tabindex="0" aria-label="Evidence items"
            @scroll=${() => this.measure()}>
            <ul class="evidence-window" aria-label=${this.heading}>
              ${rows.map((item, i) => this.row(item, start + i))}
            </ul>
          </div>`}
    `;
  }

  private row(item: MapEvidenceRow, index: number): TemplateResult {
    const where = [item.repo, item.path].filter(Boolean).join(': ');
    return html`
      <li class="evidence-row ${item.id === this.revealed ? 'revealed' : ''}" aria-current=${item.id === this.revealed ? 'true' : 'false'} aria-setsize=${this.items.length} aria-posinset=${index + 1} data-id=${item.id}>
        <div class="evidence-line">
          <span class="date">${item.date}</span>
          <span class="kind"><span class="codicon codicon-${kindIcon(item.kind)}" aria-hidden="true"></span>${item.kind}</span>
          ${this.interactive ? html`<span class="actions">
            ${this.action('go-to-file', 'Open', item, { type: 'openItem', id: item.id })}
            ${this.action('eye-closed', 'Exclude', item, { type: 'excludeItem', id: item.id })}
            ${this.action('tag', 'Map to…', item, { type: 'mapItem', id: item.id })}
          </span>` : nothing}
        </div>
        <div class="title" title=${item.title}>${item.title}</div>
        <div class="why" title=${item.reasons.join('; ')}>${where ? html`<span class="where">${where}</span> · ` : nothing}${item.reasons.join('; ') || 'no reason recorded'}</div>
      </li>
    `;
  }

  /** A compact action like a VS Code list item's: an icon with the action and the item in its name. */
  private action(icon: string, label: string, item: MapEvidenceRow, intent: MapIntent): TemplateResult {
    return html`<button class="icon-button" title=${label} aria-label=${`${label}: ${item.title}`}
      @click=${() => this.send(intent)}><span class="codicon codicon-${icon}" aria-hidden="true"></span></button>`;
  }

  private measure(): void {
    const el = this.scroller;
    if (!el) return;
    const first = Math.floor(el.scrollTop / EVIDENCE_ROW_HEIGHT);
    const visible = Math.ceil(el.clientHeight / EVIDENCE_ROW_HEIGHT) + 1;
    if (first !== this.first) this.first = first;
    if (visible !== this.visible) this.visible = visible;
    this.dispatchEvent(new CustomEvent('list-scroll', { detail: el.scrollTop, bubbles: true }));
  }

  private send(intent: MapIntent): void {
    this.dispatchEvent(new CustomEvent<MapIntent>('map-intent', { detail: intent, bubbles: true }));
  }
}
