import type { ReactiveControllerHost } from 'lit';

/** Which rows a person opened with "Show more", by row key, so a re-render or a recycled row keeps it right. */
export class RowExpansion {
  private readonly open = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  has(key: string): boolean {
    return this.open.has(key);
  }

  toggle(key: string): void {
    if (!this.open.delete(key)) this.open.add(key);
    this.host.requestUpdate();
  }
}
