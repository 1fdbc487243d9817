import type { ReactiveController, ReactiveElement } from 'lit';
import { loadMessages, type LoadMessagesResult } from '../../data/load-messages.js';
import { loadNextPages } from '../../data/load-next-pages.js';
import { hasMore, olderRequest, withOlder, withOlderFailure } from '../../data/history-changes.js';
import type { MessageHistory, OlderRequest } from '../../data/message-history.js';
import {
  asLoadError,
  signalledAbort,
  type HistoryController,
  type HistoryInputs,
} from '../../first/history-controller.js';
import { LatestRun } from '../../first/latest-run.js';
import { outcomeOf, RefreshTimer } from './refresh-timer.js';

/**
 * What a list's history gains with the rest of the widget: older pages on request ("Show older messages"), and the
 * background refresh on a timer that plans each refresh from how the last load went. Both act on the first stage's
 * `HistoryController`, which keeps what is shown.
 */
export class HistoryPaging implements ReactiveController {
  private readonly timer: RefreshTimer;
  private readonly olderPages: LatestRun<{ more: LoadMessagesResult; request: OlderRequest }>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly history: HistoryController,
    private readonly inputs: () => HistoryInputs,
  ) {
    this.timer = new RefreshTimer(
      host,
      () => {
        this.history.background = true;
        void this.history.refresh();
      },
      { shared: () => this.inputs().client?.refreshSchedule(this.inputs().endpoint) },
    );
    history.settled = (errors) => this.restartTimer(outcomeOf(errors));
    this.olderPages = new LatestRun(host, {
      complete: ({ more, request }) => {
        const grown = withOlder(this.history.latest!, more, request, this.inputs().channels);
        this.history.latest = grown;
        void this.host.updateComplete.then(() => this.history.emitLoaded(grown.contactId, more.errors));
      },
      error: (error) => {
        if (signalledAbort(error)) return;
        const loadError = asLoadError(error);
        const failed = withOlderFailure(this.history.latest!, loadError);
        this.history.latest = failed;
        void this.host.updateComplete.then(() => this.history.emitError(failed.contactId, loadError));
      },
    });
    // Last: added to a list already in the page, it is connected at once, and its timer must exist by then.
    host.addController(this);
  }

  hostConnected(): void {
    // In the page again (or for the first time, the rest having just arrived): the timer follows refresh-interval.
    this.restartTimer();
  }

  hostDisconnected(): void {
    this.olderPages.abort();
  }

  /** Call when `refresh-interval` changes, and after each load with how it went. */
  restartTimer(outcome?: Parameters<RefreshTimer['restart']>[1]): void {
    if (this.host.isConnected) this.timer.restart(this.inputs().refreshInterval, outcome);
  }

  /** A new contact: older pages asked for the previous one are no longer wanted. */
  contactChanged(): void {
    this.olderPages.abort();
  }

  /** Loads older messages, when the server has more; resolves once they (or the error) are shown. */
  async loadMore(): Promise<void> {
    const shown = this.history.current;
    const { pageSize, messages } = this.inputs();
    const request = shown && olderRequest(shown, pageSize);
    if (this.loadingMore || messages || !shown || !request) return;
    await this.olderPages.run((signal) => this.loadOlder(shown, request, signal));
  }

  private async loadOlder(shown: MessageHistory, request: OlderRequest, signal: AbortSignal) {
    const { channels, timeout, fetcher, requestInit, endpoint } = this.inputs();
    const options = { channels, signal, timeout, fetcher, requestInit };
    const more =
      request.kind === 'next'
        ? await loadNextPages(request.links, options)
        : await loadMessages({ ...options, endpoint, contactId: shown.contactId, pageSize: request.count });
    return { more, request };
  }

  get loadingMore(): boolean {
    return this.olderPages.status === 'pending';
  }

  get hasMore(): boolean {
    const { messages, pageSize } = this.inputs();
    const shown = this.history.current;
    return !messages && !!shown && hasMore(shown, pageSize);
  }
}
