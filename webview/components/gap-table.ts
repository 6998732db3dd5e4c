import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { MapArea, MapModelHead } from '../../src/shared/evidence-map-protocol';

/** A gap-table row as the head carries it (without its item list). */
type CriterionRow = MapModelHead['criteria'][number];
import { AREA_LABEL, VERDICT_ICON, VERDICT_LABEL, rating, recency } from '../format';
import type { MapSelection } from '../host-bridge';
import { LightElement, selectEvent } from './light-element';

/**
 * The page's heart: the seeds' "current state vs. target expectations" table, one row per
 * criterion in framework order, technical and soft grouped. The criterion name is a button so a
 * row is selectable by keyboard; the verdict's reason is visible on hover and read to screen readers.
 */
@customElement('gap-table')
export class GapTable extends LightElement {
  @property({ attribute: false }) model?: MapModelHead;
  @property({ attribute: false }) selection?: MapSelection;

  protected override render(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const current = model.person.levelName ?? model.person.level ?? 'Current level';
    const target = model.person.targetLevelName ?? model.person.targetLevel ?? 'Target level';
    const areas: MapArea[] = ['technical', 'soft'];
    return html`
      <table class="gap-table">
        <caption class="sr-only">Gap table: each criterion's ratings, expectations, evidence and verdict</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" class="num">Self</th>
            <th scope="col" class="num">Mgr</th>
            <th scope="col" class="current-expect">${current} expects</th>
            <th scope="col">${target} expects</th>
            <th scope="col" class="num">Evidence</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        ${areas.map((area) => {
          const rows = model.criteria.filter((c) => c.area === area);
          if (rows.length === 0) return nothing;
          return html`<tbody>
            <tr class="group-row"><th scope="rowgroup" colspan="7">${AREA_LABEL[area]}</th></tr>
            ${rows.map((row) => this.row(row, model))}
          </tbody>`;
        })}
      </table>
    `;
  }

  private row(row: CriterionRow, model: MapModelHead): TemplateResult {
    const selected = this.selection?.kind === 'criterion' && this.selection.criterion === row.id;
    // The host decided it (the verdict rule puts a perception gap first): the page does not recompute it.
    const differs = row.verdict === 'perception-gap';
    return html`
      <tr class="gap-row ${selected ? 'selected' : ''}" @click=${(e: Event) => this.pick(row, e)}>
        <th scope="row">
          <button class="link-button" aria-pressed=${selected ? 'true' : 'false'} data-criterion=${row.id}
            title=${row.description} @click=${(e: Event) => this.pick(row, e)}>${row.name}</button>
        </th>
        <td class="num" title=${row.self ? `self, ${row.self.date}` : 'no self rating yet'}>${rating(row.self?.rating)}</td>
        <td class="num" title=${row.manager ? `manager, ${row.manager.date}` : 'no manager rating yet'}>
          ${rating(row.manager?.rating)}${differs
            ? html`<span class="differs" aria-hidden="true">▲</span><span class="sr-only"> (differs from self by a point or more)</span>`
            : nothing}
        </td>
        <td class="expect current-expect">${row.currentExpectation ?? '–'}</td>
        <td class="expect">${row.targetExpectation ?? '–'}</td>
        <td class="num nowrap">${row.evidenceCount} · ${recency(row.newest, model.window.until)}</td>
        <td class="verdict verdict-${row.verdict}" title=${row.verdictReason}>
          <span class="codicon codicon-${VERDICT_ICON[row.verdict]}" aria-hidden="true"></span>
          ${VERDICT_LABEL[row.verdict]}<span class="sr-only">: ${row.verdictReason}</span>
        </td>
      </tr>
    `;
  }

  private pick(row: CriterionRow, event: Event): void {
    event.stopPropagation();
    const origin = this.querySelector<HTMLElement>(`button[data-criterion="${CSS.escape(row.id)}"]`) ?? this;
    this.dispatchEvent(selectEvent({ selection: { kind: 'criterion', criterion: row.id }, origin }));
  }
}
