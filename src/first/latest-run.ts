import type { ReactiveControllerHost } from 'lit';

export type RunStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * One async job of a host at a time, as a Lit task runs one (in the few lines the first file needs): starting
 * another aborts the one under way, whose outcome is then dropped; each start and end asks the host to render.
 */
export class LatestRun<T> {
  status: RunStatus = 'initial';
  error?: unknown;
  private running?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly outcome: { complete(value: T): void; error(error: unknown): void },
  ) {}

  /** Runs `job`, aborting the one before; resolves once its outcome is handled and rendered. */
  async run(job: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.running?.abort();
    const running = (this.running = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const value = await job(running.signal);
      if (running !== this.running) return;
      this.status = 'complete';
      this.outcome.complete(value);
    } catch (error) {
      if (running !== this.running) return;
      this.status = 'error';
      this.error = error;
      this.outcome.error(error);
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Aborts the job under way: it ends as an error (its abort), which its handler can tell apart. */
  abort(): void {
    this.running?.abort();
  }

  /** Nothing to run: what was under way is dropped, and the run is back where it began. */
  reset(): void {
    this.running?.abort();
    this.running = undefined;
    this.status = 'initial';
  }
}
