import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MapModelHead } from '../../src/shared/evidence-map-protocol';
import { heatLevel, monthInitial, monthLabel } from '../format';
import type { MapSelection } from '../host-bridge';
import { LightElement, selectEvent } from './light-element';

/**
 * Criteria × month as an ARIA grid with one tab stop (a roving tabindex): arrows move, Home/End go
 * to the row's ends (with Ctrl, the grid's), PageUp/PageDown move a year, Enter or Space opens the
 * cell's evidence. Every cell prints its count; colour only reinforces it.
 */
@customElement('heat-map')
export class HeatMapGrid extends LightElement {
  @property({ attribute: false }) heatmap?: MapModelHead['heatmap'];
  @property({ attribute: false }) selection?: MapSelection;
  @state() private row = 0;
  @state() private col = 0;

  /** Moves the tab stop to a cell (used to restore focus after the evidence list closes). */
  focusCell(criterion: string, month: string): void {
    const map = this.heatmap;
    if (!map) return;
    const r = map.rows.findIndex((x) => x.criterion === criterion);
    const c = map.months.indexOf(month);
    if (r < 0 || c < 0) return;
    this.row = r;
    this.col = c;
    void this.updateComplete.then(() => this.cell(r, c)?.focus());
  }

  protected override render(): TemplateResult | typeof nothing {
    const map = this.heatmap;
    if (!map || map.rows.length === 0) return nothing;
    const row = Math.min(this.row, map.rows.length - 1);
    const col = Math.min(this.col, map.months.length - 1);
    return html`
      <table class="heat-map" role="grid" aria-label="Evidence per criterion and month; counts in each cell"
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}>
        <thead>
          <tr>
            <td class="corner"></td>
            ${map.months.map((m, i) => html`<th scope="col" abbr=${monthLabel(m)} title=${monthLabel(m)}>
              <span aria-hidden="true">${monthInitial(m)}${i === 0 || m.endsWith('-01') ? html`<br /><span class="year">${m.slice(2, 4)}</span>` : nothing}</span>
              <span class="sr-only">${monthLabel(m)}</span>
            </th>`)}
          </tr>
        </thead>
        <tbody>
          ${map.rows.map((r, ri) => html`
            <tr>
              <th scope="row" class="area-${r.area}">${r.name}</th>
              ${r.cells.map((cell, ci) => {
                const selected = this.selection?.kind === 'cell' && this.selection.criterion === r.criterion && this.selection.month === cell.month;
                return html`<td role="gridcell" tabindex=${ri === row && ci === col ? 0 : -1}
                  class="heat-cell level-${heatLevel(cell.count, map.max)} ${selected ? 'selected' : ''}"
                  aria-selected=${selected ? 'true' : 'false'}
                  data-row=${ri} data-col=${ci}
                  title=${`${r.name}, ${monthLabel(cell.month)}: ${cell.count} item${cell.count === 1 ? '' : 's'}`}
                  @click=${() => this.open(ri, ci)}
                  @focus=${() => this.track(ri, ci)}>${cell.count}</td>`;
              })}
            </tr>`)}
        </tbody>
      </table>
      <p class="legend" aria-hidden="true">
        fewer <span class="heat-cell level-1">1</span><span class="heat-cell level-2">·</span><span class="heat-cell level-3">·</span><span class="heat-cell level-4">${map.max}</span> more
      </p>
    `;
  }

  private track(r: number, c: number): void {
    this.row = r;
    this.col = c;
  }

  private cell(r: number, c: number): HTMLElement | null {
    return this.querySelector<HTMLElement>(`td[data-row="${r}"][data-col="${c}"]`);
  }

  private onKey(e: KeyboardEvent): void {
    const map = this.heatmap;
    if (!map) return;
    const lastRow = map.rows.length - 1;
    const lastCol = map.months.length - 1;
    let { row, col } = this;
    switch (e.key) {
      case 'ArrowRight': col = Math.min(lastCol, col + 1); break;
      case 'ArrowLeft': col = Math.max(0, col - 1); break;
      case 'ArrowDown': row = Math.min(lastRow, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'Home': col = 0; if (e.ctrlKey) row = 0; break;
      case 'End': col = lastCol; if (e.ctrlKey) row = lastRow; break;
      case 'PageUp': col = Math.max(0, col - 12); break;
      case 'PageDown': col = Math.min(lastCol, col + 12); break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.open(row, col);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.row = row;
    this.col = col;
    void this.updateComplete.then(() => this.cell(row, col)?.focus());
  }

  private open(r: number, c: number): void {
    const map = this.heatmap;
    const rowData = map?.rows[r];
    const month = map?.months[c];
    if (!rowData || !month) return;
    this.track(r, c);
    const origin = this.cell(r, c) ?? this;
    this.dispatchEvent(selectEvent({ selection: { kind: 'cell', criterion: rowData.criterion, month }, origin }));
  }
}
