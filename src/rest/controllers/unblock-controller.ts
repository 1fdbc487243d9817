import type { ReactiveControllerHost } from 'lit';
import type { Channel } from '../../data/types.js';
import { newIdempotencyKey } from '../../data/idempotency-key.js';
import { emit, type UnblockDetail } from '../../events.js';

/** An unblock under way, or the outcome of the last one, for one channel. */
export type UnblockProgress =
  | { phase: 'pending'; address: string }
  | { phase: 'failed'; address: string; error: Error }
  | { phase: 'done'; address: string };

export interface UnblockControllerOptions {
  /** Does the request when the host did not take it over, with the confirmation's `Idempotency-Key`. */
  send(detail: UnblockDetail, idempotencyKey: string): Promise<void>;
  /** The server said yes, and the contact is shown: show the address unblocked. */
  succeeded(detail: UnblockDetail): void;
}

/**
 * The unblock flow for one element: the cancelable `unblock-request`, then
 * either the element's own request or the host's outcome, then
 * `unblock-success` or `unblock-error`. One request per channel at a time, and
 * the address is shown unblocked only once the server or the host said so.
 */
export class UnblockController {
  /** What is shown, per contact and channel; only pending ones outlive a contact change. */
  private readonly progressByKey = new Map<string, UnblockProgress>();
  // Keyed by contact and channel: after a contact change, the new contact's unblock is its own request.
  private readonly running = new Map<string, Promise<void>>();
  private readonly hostOutcomes = new Map<string, (error?: Error) => void>();

  constructor(
    /** Its `contactId` is the contact shown now. */
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly contactId: string },
    private readonly options: UnblockControllerOptions,
  ) {}

  progress(channel: Channel): UnblockProgress | undefined {
    return this.progressByKey.get(keyOf(this.host.contactId, channel));
  }

  /** Starts an unblock, or returns the one already under way for this channel. */
  unblock(detail: UnblockDetail): Promise<void> {
    const key = keyOf(detail.contactId, detail.channel);
    const running = this.running.get(key);
    if (running) return running;
    const run = this.run(detail).finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }

  /** The host did the request itself, and this is how it went. */
  settle(contactId: string, channel: Channel, error?: Error): void {
    this.hostOutcomes.get(keyOf(contactId, channel))?.(error);
  }

  /**
   * Forgets outcomes, for a new contact. Requests under way still finish and fire their events, and
   * stay shown as pending: going A → B → A while A's unblock runs shows it, and then its outcome.
   */
  reset(): void {
    for (const [key, progress] of this.progressByKey) if (progress.phase !== 'pending') this.progressByKey.delete(key);
    this.host.requestUpdate();
  }

  private async run(detail: UnblockDetail): Promise<void> {
    const { channel, address } = detail;
    // Whether the contact is shown at the moment an answer arrives, not whether it was never left.
    const current = () => this.host.contactId === detail.contactId;
    const key = keyOf(detail.contactId, channel);
    this.show(key, { phase: 'pending', address });
    // One key per confirmation: a click while it is under way joins this run and so this key.
    const idempotencyKey = newIdempotencyKey();
    // Listening before the event goes out: a host may report the outcome from inside its handler.
    const hostOutcome = new Promise<Error | undefined>((resolve) => this.hostOutcomes.set(key, resolve));
    try {
      const request = { ...detail, idempotencyKey };
      const hostTakesOver = !emit(this.host, 'unblock-request', request, { cancelable: true });
      if (hostTakesOver) {
        const error = await hostOutcome;
        if (error) throw error;
      } else {
        await this.options.send(detail, idempotencyKey);
      }
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      await this.show(key, { phase: 'failed', address, error });
      emit(this.host, 'unblock-error', { ...detail, error });
      throw error;
    } finally {
      this.hostOutcomes.delete(key);
    }
    if (current()) this.options.succeeded(detail);
    await this.show(key, { phase: 'done', address });
    emit(this.host, 'unblock-success', detail);
  }

  private show(key: string, progress: UnblockProgress): Promise<boolean> {
    this.progressByKey.set(key, progress);
    this.host.requestUpdate();
    return this.host.updateComplete;
  }
}

function keyOf(contactId: string, channel: Channel): string {
  return `${contactId}\n${channel}`;
}
