import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from '../dom/copy-text.js';

/** How long "Link copied" stays beside the button. */
export const COPIED_NOTE_MS = 3000;

/**
 * "Copy link" for the rows: copies a message's link, says how that went (the list's live region reads the sentence
 * `said` gets), and notes for a moment which row's link was copied, so that row shows it.
 */
export class LinkCopy implements ReactiveController {
  private copiedKey?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    /** Told whether the copy worked, to announce it. */
    private readonly said: (copied: boolean) => void,
  ) {
    host.addController(this);
  }

  copied(key: string): boolean {
    return this.copiedKey === key;
  }

  async copy(key: string, link: string): Promise<void> {
    const root = this.host.renderRoot;
    const copied = await copyText(link, root instanceof ShadowRoot ? root : document);
    clearTimeout(this.timer);
    this.copiedKey = copied ? key : undefined;
    if (copied) this.timer = setTimeout(() => this.forget(), COPIED_NOTE_MS);
    this.said(copied);
    this.host.requestUpdate();
  }

  private forget(): void {
    this.copiedKey = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.copiedKey = undefined;
  }
}
