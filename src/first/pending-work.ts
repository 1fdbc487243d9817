import type { ReactiveElement } from 'lit';

/**
 * Work an element's render waits for besides the update itself (a language pack, the times' formatters): the element
 * renders without it, then again once it is done. `updateComplete` resolves only when all of it is done and drawn, so
 * a host (or a test) awaiting it sees the element whole.
 */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly host: ReactiveElement) {}

  /** Renders again once `work` is done, and holds `updateComplete` until then. */
  add(work: Promise<unknown>): void {
    const done: Promise<unknown> = work.finally(() => {
      this.pending.delete(done);
      this.host.requestUpdate();
    });
    this.pending.add(done);
  }

  /** For `getUpdateComplete`: waits for the work and the updates it caused, given the element's own promise. */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.pending.size) {
      await Promise.allSettled([...this.pending]);
      complete = await updateComplete();
    }
    return complete;
  }
}
