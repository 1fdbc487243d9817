import type { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveControllerHost } from 'lit';

export type Virtualize = typeof virtualize;

/** Lists longer than this render only the rows in view; shorter ones render every row (Find in page sees them all). */
export const VIRTUALIZE_ABOVE = 200;

let loading: Promise<Virtualize> | undefined;

/**
 * The virtualizer, loaded on first need: most contacts have a short history, so neither an app importing
 * the ESM entry nor a page with the script-tag bundle (whose companion file it is) fetches it until a list
 * grows past {@link VIRTUALIZE_ABOVE}.
 */
export function loadVirtualize(): Promise<Virtualize> {
  loading ??= import('./virtualize-flow.js').then((module) => module.virtualizeFlow);
  return loading;
}

/** The virtualizer for one list: asked for when the list first grows past {@link VIRTUALIZE_ABOVE}. */
export class LazyVirtualizer {
  /** Until it has loaded, a long list shows its first rows; if it cannot load, every row. */
  virtualize?: Virtualize;
  failed = false;
  private wanted = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Call from `willUpdate` with the number of messages; once loaded, the next update virtualises. */
  need(count: number): void {
    if (this.wanted || count <= VIRTUALIZE_ABOVE) return;
    this.wanted = true;
    loadVirtualize()
      .then(
        (virtualize) => (this.virtualize = virtualize),
        // Without it every row is rendered: slower, but nothing is missing.
        () => (this.failed = true),
      )
      .finally(() => this.host.requestUpdate());
  }
}
