import type { ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Message } from '../../data/types.js';
import { rowKey } from '../../first/row.js';
import { VIRTUALIZE_ABOVE, type LongList } from '../../first/rows.js';
import type { virtualRows } from '../virtualize-flow.js';

type VirtualRows = typeof virtualRows;

let loading: Promise<VirtualRows> | undefined;

/**
 * The virtualizer, loaded on first need: most contacts have a short history, so neither an app importing
 * the ESM entry nor a page with the script-tag bundle (whose companion file it is) fetches it until a list
 * grows past {@link VIRTUALIZE_ABOVE}.
 */
export function loadVirtualize(): Promise<VirtualRows> {
  loading ??= import('../virtualize-flow.js').then((module) => module.virtualRows);
  return loading;
}

/** The virtualizer for one list: asked for when the list first grows past {@link VIRTUALIZE_ABOVE}. */
export class LazyVirtualizer {
  private virtualRows?: VirtualRows;
  private failed = false;
  private wanted = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Call from `willUpdate` with the number of messages; once loaded, the next update virtualises. */
  need(count: number): void {
    if (this.wanted || count <= VIRTUALIZE_ABOVE) return;
    this.wanted = true;
    loadVirtualize()
      .then(
        (virtualRows) => (this.virtualRows = virtualRows),
        // Without it every row is rendered: slower, but nothing is missing.
        () => (this.failed = true),
      )
      .finally(() => this.host.requestUpdate());
  }

  /** A long list's rows: those in view once the virtualizer is here; until then the first ones; if it failed, all. */
  readonly longList: LongList = (messages, renderItem, standIn) => {
    if (this.failed) return { rows: repeat(messages, rowKey, renderItem), virtual: false };
    if (!this.virtualRows) return { rows: standIn, virtual: false };
    return {
      rows: this.virtualRows({ items: messages as Message[], keyFunction: rowKey, renderItem, standIn }),
      virtual: true,
    };
  };
}
