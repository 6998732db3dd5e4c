import { LitElement } from 'lit';

/**
 * A Lit element that renders into the light DOM, so the page's one stylesheet (theme variables,
 * codicons) reaches every part of it without copying styles into shadow roots.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}

/** The event every section sends when a person picks a criterion or a cell. */
export interface SelectDetail {
  readonly selection: import('../host-bridge').MapSelection;
  /** Where focus returns when the evidence list is closed with Escape. */
  readonly origin: HTMLElement;
}

export function selectEvent(detail: SelectDetail): CustomEvent<SelectDetail> {
  return new CustomEvent('map-select', { detail, bubbles: true, composed: true });
}
