import type { MapModelHead } from '../src/shared/evidence-map-protocol';

/** The model on screen: its head, and its rows (`E`: rows and item lists in the page) once they have arrived. */
export interface ShownModel<E> {
  /** The host's id for the model; its rows carry the same one. */
  readonly id: number;
  readonly model: MapModelHead;
  /** Undefined while the rows are still on their way (only ever for the page's first model). */
  readonly evidence?: E;
}

/**
 * Joins a model's head and rows, which arrive as two messages (see `MapHostMessage`). The first
 * model is shown as soon as its head arrives: the gap table and the heat map need no rows. A model
 * that replaces one on screen (a refresh, a filter) is shown only with its rows, all at once, so an
 * open list never shows the new head's numbers over the old rows and the person keeps their place.
 */
export class ModelAssembly<E> {
  private shown: ShownModel<E> | undefined;
  private incoming: { readonly id: number; readonly model: MapModelHead } | undefined;

  /** `fits` throws when rows cannot belong to the head they join (checked as they join it). */
  constructor(private readonly fits: (head: MapModelHead, evidence: E) => void = () => undefined) {}

  /** Whether a newer model than the one on screen is waiting for its rows. */
  get updating(): boolean {
    return this.incoming !== undefined;
  }

  /** A head arrived; returns the model to show when the screen changes now, else undefined. */
  head(id: number, model: MapModelHead): ShownModel<E> | undefined {
    // The host may send a head twice (early, and again when the page says it is ready).
    if (this.shown?.id === id || this.incoming?.id === id) return undefined;
    if (!this.shown) {
      this.shown = { id, model };
      return this.shown;
    }
    this.incoming = { id, model };
    return undefined;
  }

  /**
   * Rows arrived; returns the model to show when they complete one, else undefined (rows of a model
   * already replaced, or sent again). `rows` decodes them: it is called only for rows awaited.
   */
  evidence(id: number, rows: () => E): ShownModel<E> | undefined {
    if (this.incoming?.id === id) {
      this.shown = { ...this.incoming, evidence: this.joined(this.incoming.model, rows) };
      this.incoming = undefined;
      return this.shown;
    }
    if (this.shown?.id === id && !this.shown.evidence) {
      this.shown = { ...this.shown, evidence: this.joined(this.shown.model, rows) };
      return this.shown;
    }
    return undefined;
  }

  private joined(head: MapModelHead, rows: () => E): E {
    const evidence = rows();
    this.fits(head, evidence);
    return evidence;
  }

  /** The host has no model after all (or its message could not be read): no head waits for rows any more. */
  abandon(): void {
    this.incoming = undefined;
  }
}
