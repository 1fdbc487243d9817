import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';

export type ListViews = typeof import('./list-views.js');
export type { HistoryViewHost } from './history-view.js';

let loading: Promise<ListViews> | undefined;
let loaded: ListViews | undefined;

/** The list's views, imported once for every list on the page; a failed import is tried again by the next list. */
export function loadListViews(): Promise<ListViews> {
  loading ??= import('./list-views.js').then(
    (views) => (loaded = views),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The views of one list, asked for as the list is created, so they download while its first request is under way.
 * Until they arrive the list shows its skeleton, with the sheets `styles()` gives for it; the views' own sheets are
 * adopted with them, in the cascade order `styles(views)` gives.
 */
export class LazyViews implements ReactiveController {
  /** At once for every list after the first: the views are loaded once per page. */
  views?: ListViews = loaded;
  failed = false;
  /** Settles (never rejects) once the views are here or could not load. */
  readonly ready: Promise<void>;
  /** Whose sheets the shadow root holds: the skeleton's (`null`) or the views'. */
  private adopted?: ListViews | null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly styles: (views?: ListViews) => CSSResultOrNative[],
  ) {
    host.addController(this);
    if (this.views) {
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadListViews().then(
      (views) => void (this.views = views),
      () => void (this.failed = true),
    );
    void this.ready.then(() => host.requestUpdate());
  }

  hostUpdate(): void {
    const [root, views] = [this.host.renderRoot, this.views ?? null];
    if (this.adopted === views || !(root instanceof ShadowRoot)) return;
    adoptStyles(root, this.styles(views ?? undefined));
    this.adopted = views;
  }
}
