import { html, nothing } from 'lit';
import type { Message } from '../../data/types.js';
import { safeLink } from '../../first/safe-link.js';
import type { Text } from '../../languages/pack.js';

/** What a row's tail reads and does of its list. */
export interface RowTailHost {
  text: Text;
  /** Whether a row was opened with "Show more". */
  isOpen(key: string): boolean;
  /** Whether a row shows "Show more": its clamps cut its text, or it is open. */
  showsMore(key: string): boolean;
  /** Opens or closes a row. */
  toggle(key: string): void;
  /** Whether this row's link was just copied (a note beside its button says so for a moment). */
  copied(key: string): boolean;
  /** Copies a link for a row, and says how that went. */
  copy(key: string, link: string): void;
}

/**
 * The end of a row's last cell: "Copy link" beside "View message" (only where the row has a safe link), then
 * "Show more" (only where a clamp cuts its text, or `cut`: a field was bounded to its first characters). Items of the
 * rows' keyboard grid, like the chip and the link: tabindex -1, the grid keeps the one stop. Written without
 * whitespace between tags, as the row is.
 */
export function renderRowTail(host: RowTailHost, message: Message, key: string, about: string, cut: boolean) {
  const { text } = host;
  const link = safeLink(message.link, document.baseURI);
  const open = host.isOpen(key);
  // The note that the link was copied stays a moment beside the button, for the eye; the live region says it aloud.
  // prettier-ignore
  const copy = link ? html`<button type="button" class="link-button" part="copy-link-button" tabindex="-1" data-row-item aria-label=${text('copyLinkLabel', { about: about || text('noText') })} @click=${() => host.copy(key, link)} .textContent=${text('copyLink')}></button>${host.copied(key) ? html`<span class="copied" .textContent=${text('linkCopied')}></span>` : nothing}` : nothing;
  // prettier-ignore
  const more = cut || host.showsMore(key) ? html`<button type="button" class="link-button show-more" part="show-more-button" tabindex="-1" data-row-item aria-expanded=${open ? 'true' : 'false'} @click=${() => host.toggle(key)} .textContent=${text(open ? 'showLess' : 'showMore')}></button>` : nothing;
  // One of them alone is returned as it is: a template around it would cost every row two marker nodes.
  if (more === nothing) return copy;
  if (copy === nothing) return more;
  // prettier-ignore
  return html`${copy}${more}`;
}
