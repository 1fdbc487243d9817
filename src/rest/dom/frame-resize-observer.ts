/**
 * A ResizeObserver whose callback runs in the next animation frame rather than during the browser's
 * delivery. The virtualizer moves and resizes rows in its callback; done during delivery, that resizes
 * observed rows again and the browser fires "ResizeObserver loop completed with undelivered
 * notifications" on `window`, which host apps' error trackers log as errors.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly inner: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame = 0;

  constructor(callback: ResizeObserverCallback) {
    this.inner = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        const batch = this.pending;
        this.pending = [];
        callback(batch, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.inner.observe(target, options);
  }

  unobserve(target: Element): void {
    this.inner.unobserve(target);
    this.pending = this.pending.filter((entry) => entry.target !== target);
  }

  disconnect(): void {
    this.inner.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
  }
}
