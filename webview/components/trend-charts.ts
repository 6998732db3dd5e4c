import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { MapMetrics, MapRatingSeries } from '../../src/shared/evidence-map-protocol';
import { rating } from '../format';
import { LightElement } from './light-element';

const W = 120;
const H = 28;

/**
 * Ratings over time and metrics by quarter as small inline charts. The charts are decoration for
 * sighted readers: the summary line beside each carries the numbers ("0 → 5"), and a table with
 * every value follows for screen readers.
 */
@customElement('trend-charts')
export class TrendCharts extends LightElement {
  @property({ attribute: false }) ratings: readonly MapRatingSeries[] = [];
  @property({ attribute: false }) metrics?: MapMetrics;
  @property({ attribute: false }) scale = { min: 1, max: 4 };

  protected override render(): TemplateResult {
    return html`
      <div class="trend-block">
        <h3>Ratings over time</h3>
        ${this.ratings.length === 0
          ? html`<p class="empty">No dated assessments yet.</p>`
          : html`<ul class="trend-list">${this.ratings.map((s) => html`<li>
              ${this.line(s.points.map((p) => p.average), this.scale.min, this.scale.max)}
              <span>${s.summary}</span></li>`)}</ul>
            ${this.ratingTable()}`}
      </div>
      <div class="trend-block">
        <h3>Metrics by quarter</h3>
        ${!this.metrics || this.metrics.series.length === 0
          ? html`<p class="empty">No metrics in this window.</p>`
          : html`<ul class="trend-list">${this.metrics.series.map((s) => html`<li>
              ${this.bars(s.values)}<span>${s.summary}</span></li>`)}</ul>
            ${this.metricTable(this.metrics)}`}
      </div>
    `;
  }

  private line(values: readonly number[], min: number, max: number): SVGTemplateResult | typeof nothing {
    // One assessment is a point, not a trend: its number in the summary says it all.
    if (values.length < 2) return nothing;
    const span = max - min || 1;
    const step = values.length > 1 ? (W - 4) / (values.length - 1) : 0;
    const points = values.map((v, i) => `${2 + i * step},${H - 2 - ((v - min) / span) * (H - 4)}`);
    return svg`<svg class="spark" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true" focusable="false">
      <polyline class="spark-line" points=${points.join(' ')} />
      ${points.map((p) => { const [x, y] = p.split(','); return svg`<circle class="spark-dot" cx=${x ?? 0} cy=${y ?? 0} r="2" />`; })}
    </svg>`;
  }

  private bars(values: readonly number[]): SVGTemplateResult {
    const top = Math.max(1, ...values);
    const width = W / Math.max(1, values.length);
    return svg`<svg class="spark" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true" focusable="false">
      ${values.map((v, i) => { const h = Math.max(1, (v / top) * (H - 2)); return svg`<rect class="spark-bar" x=${i * width + 1} y=${H - h} width=${width - 2} height=${h} />`; })}
    </svg>`;
  }

  private ratingTable(): TemplateResult {
    return html`<table class="sr-only">
      <caption>Ratings over time, every assessment</caption>
      <thead><tr><th scope="col">Series</th><th scope="col">Date</th><th scope="col">Average</th></tr></thead>
      <tbody>${this.ratings.flatMap((s) => s.points.map((p) => html`<tr><th scope="row">${s.area} (${s.by})</th><td>${p.date}</td><td>${rating(p.average)}</td></tr>`))}</tbody>
    </table>`;
  }

  private metricTable(metrics: MapMetrics): TemplateResult {
    return html`<table class="sr-only">
      <caption>Metrics by quarter</caption>
      <thead><tr><th scope="col">Metric</th>${metrics.quarters.map((q) => html`<th scope="col">${q}</th>`)}</tr></thead>
      <tbody>${metrics.series.map((s) => html`<tr><th scope="row">${s.label}</th>${s.values.map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody>
    </table>`;
  }
}
