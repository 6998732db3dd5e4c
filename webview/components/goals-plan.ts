import { html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { MapBalance, MapGoal, MapPlanProgress } from '../../src/shared/evidence-map-protocol';
import { rating } from '../format';
import { LightElement } from './light-element';
import { counted } from '../../src/shared/plural';

/** The technical/soft balance, as a ratio in words with a bar that only reinforces it. */
@customElement('balance-bar')
export class BalanceBar extends LightElement {
  @property({ attribute: false }) balance?: MapBalance;

  protected override render(): TemplateResult | typeof nothing {
    const b = this.balance;
    if (!b) return nothing;
    const pct = b.technicalPercent;
    return html`
      <p>${b.summary}</p>
      ${pct === undefined ? nothing : svg`<svg class="balance" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="balance-tech" x="0" y="0" width=${pct} height="8" />
        <rect class="balance-soft" x=${pct} y="0" width=${100 - pct} height="8" />
        ${b.targetTechnicalPercent === undefined ? nothing : svg`<line class="balance-target" x1=${b.targetTechnicalPercent} x2=${b.targetTechnicalPercent} y1="0" y2="8" />`}
      </svg>`}
      <dl class="facts">
        <dt>Evidence</dt><dd>${b.technical} technical · ${b.soft} soft</dd>
        ${b.ratings ? html`<dt>Ratings</dt><dd>${rating(b.ratings.technical)} technical · ${rating(b.ratings.soft)} soft</dd>` : nothing}
      </dl>
    `;
  }
}

/** Development goals with their progress, and the plan's open milestones. */
@customElement('goals-plan')
export class GoalsPlan extends LightElement {
  @property({ attribute: false }) goals: readonly MapGoal[] = [];
  @property({ attribute: false }) plan?: MapPlanProgress;

  protected override render(): TemplateResult {
    return html`
      ${this.goals.length === 0
        ? html`<p class="empty">No development goals yet: add them under <code>goals:</code> in assessments.yml.</p>`
        : html`<ul class="goals">${this.goals.map((g) => html`<li>
            <div class="goal-text">${g.text} <span class="muted">(${g.criterionName})</span></div>
            ${g.milestonesTotal > 0 ? html`<progress max=${g.milestonesTotal} value=${g.milestonesDone}
              aria-label=${`${g.text}: ${g.milestonesDone} of ${counted(g.milestonesTotal, 'milestone')}`}></progress>
              <span class="num">${g.milestonesDone}/${g.milestonesTotal}</span>` : nothing}
            <div class="muted">${g.summary}</div>
          </li>`)}</ul>`}
      ${this.plan ? html`<h3>Plan: ${this.plan.done} of ${counted(this.plan.total, 'milestone')} done</h3>
        ${this.plan.open.length ? html`<ul class="plan">${this.plan.open.map((m) => html`<li>${m.text}${m.when ? html` <span class="muted">· ${m.when}</span>` : nothing}</li>`)}</ul>` : nothing}` : nothing}
    `;
  }
}
