import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Channel } from '../data/types.js';

export interface UnblockDetail {
  contactId: string;
  channel: Channel;
  address: string;
}

export interface UnblockErrorDetail extends UnblockDetail {
  error: Error;
}

/** An unblock under way, or the outcome of the last one, for one channel. */
export type UnblockProgress =
  | { phase: 'pending'; address: string }
  | { phase: 'failed'; address: string; message: string }
  | { phase: 'done'; address: string };

export interface UnblockControllerOptions {
  /** Does the request when the host did not take it over. */
  send(detail: UnblockDetail): Promise<void>;
  /** The server said yes: show the address unblocked. */
  succeeded(detail: UnblockDetail): void;
}

/**
 * The unblock flow for one element: the cancelable `unblock-request`, then
 * either the element's own request or the host's outcome, then
 * `unblock-success` or `unblock-error`. One request per channel at a time, and
 * the address is shown unblocked only once the server or the host said so.
 */
export class UnblockController implements ReactiveController {
  private readonly progressByChannel = new Map<Channel, UnblockProgress>();
  private readonly running = new Map<Channel, Promise<void>>();
  private readonly hostOutcomes = new Map<Channel, (error?: Error) => void>();
  // Bumped when the contact changes: an answer for the previous contact must not touch what is shown now.
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UnblockControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  progress(channel: Channel): UnblockProgress | undefined {
    return this.progressByChannel.get(channel);
  }

  /** Starts an unblock, or returns the one already under way for this channel. */
  unblock(detail: UnblockDetail): Promise<void> {
    const running = this.running.get(detail.channel);
    if (running) return running;
    const run = this.run(detail).finally(() => this.running.delete(detail.channel));
    this.running.set(detail.channel, run);
    return run;
  }

  /** The host did the request itself, and this is how it went. */
  settle(channel: Channel, error?: Error): void {
    this.hostOutcomes.get(channel)?.(error);
  }

  /** Forgets what is shown, for a new contact; requests under way still finish and fire their events. */
  reset(): void {
    this.generation++;
    this.progressByChannel.clear();
    this.host.requestUpdate();
  }

  private async run(detail: UnblockDetail): Promise<void> {
    const { channel, address } = detail;
    const generation = this.generation;
    const current = () => generation === this.generation;
    this.show(channel, { phase: 'pending', address });
    try {
      const hostTakesOver = !this.emit('unblock-request', detail, true);
      if (hostTakesOver) {
        const error = await new Promise<Error | undefined>((resolve) => this.hostOutcomes.set(channel, resolve));
        this.hostOutcomes.delete(channel);
        if (error) throw error;
      } else {
        await this.options.send(detail);
      }
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (current()) await this.show(channel, { phase: 'failed', address, message: error.message });
      this.emit('unblock-error', { ...detail, error });
      throw error;
    }
    if (current()) {
      this.options.succeeded(detail);
      await this.show(channel, { phase: 'done', address });
    }
    this.emit('unblock-success', detail);
  }

  private show(channel: Channel, progress: UnblockProgress): Promise<boolean> {
    this.progressByChannel.set(channel, progress);
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  private emit(type: string, detail: UnblockDetail | UnblockErrorDetail, cancelable = false): boolean {
    return this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
