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
 * Until they arrive the list shows its skeleton; their sheets are adopted with them, in the cascade order `styles`
 * gives.
 */
export class LazyViews implements ReactiveController {
  /** At once for every list after the first: the views are loaded once per page. */
  views?: ListViews = loaded;
  failed = false;
  /** Settles (never rejects) once the views are here or could not load. */
  readonly ready: Promise<void>;
  private adopted = false;

  /** The views are here, or will not come. */
  get settled(): boolean {
    return this.views !== undefined || this.failed;
  }

  constructor(
    private readonly host: ReactiveElement,
    private readonly styles: (views: ListViews) => CSSResultOrNative[],
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
    const root = this.host.renderRoot;
    if (this.adopted || !this.views || !(root instanceof ShadowRoot)) return;
    adoptStyles(root, this.styles(this.views));
    this.adopted = true;
  }
}
