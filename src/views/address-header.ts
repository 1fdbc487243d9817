import { html, nothing } from 'lit';
import type { AddressState } from '../data/address-state.js';
import { MessageLoadError } from '../data/errors.js';
import type { Channel } from '../data/types.js';
import { icon } from '../internal/icons.js';
import { errorSentence } from '../internal/list-wording.js';
import type { Text } from '../internal/ui-strings.js';
import type { UnblockProgress } from '../internal/unblock-controller.js';
import { renderTechnicalDetails } from './notices.js';

/** What the header reads and does of its list. */
export interface AddressHeaderHost {
  text: Text;
  progressOf(channel: Channel): UnblockProgress | undefined;
  askToUnblock(address: AddressState): void;
}

/** The widget's region name, "Messages for ada@…", so each of several lists on a page says whose it is. */
export function regionLabel(text: Text, addresses: readonly AddressState[]): string {
  const contact = addresses.find((address) => address.address)?.address;
  return contact ? text('regionLabel', { contact }) : text('listLabel');
}

/** The contact's address and number, each with its state and, when blocked, an Unblock button. */
export function renderAddressHeader(host: AddressHeaderHost, addresses: readonly AddressState[]) {
  if (!addresses.length) return nothing;
  // A group, not a <header>: one banner landmark per list would crowd a page of lists.
  return html`<div class="header" part="header" role="group" aria-label=${host.text('contactLabel')}>
    ${addresses.map((address) => renderAddress(host, address))}
  </div>`;
}

function renderAddress({ text, progressOf, askToUnblock }: AddressHeaderHost, address: AddressState) {
  const progress = progressOf(address.channel);
  const ours = progress?.address === address.address ? progress : undefined;
  const pending = ours?.phase === 'pending';
  // One unblock per channel at a time: while any is under way, the button does not ask again.
  const ask = () => progress?.phase !== 'pending' && askToUnblock(address);
  const { blocked, unsubscribed } = address;
  const parts = ['address', blocked && 'blocked-address', unsubscribed && 'unsubscribed-address'];
  const values = { address: address.address };
  // The icon's title is for the eye: the hidden "Email: " says it once to a screen reader.
  return html`<div class="address-line" data-channel=${address.channel}>
    <span class="channel-icon" title=${text(address.channel)} aria-hidden="true">${icon(address.channel)}</span>
    <span
      class="address ${blocked && !unsubscribed ? 'blocked' : ''} ${unsubscribed ? 'unsubscribed' : ''}"
      part=${parts.filter(Boolean).join(' ')}
      ><span class="visually-hidden">${text(address.channel)}: </span
      ><span class="value">${address.address}</span></span
    >
    ${unsubscribed ? html`<span class="tag">${text('unsubscribed')}</span>` : nothing}
    ${blocked ? html`<span class="tag danger">${text(address.inferred ? 'blockedInferred' : 'blocked')}</span>` : nothing}
    ${
      blocked && !unsubscribed
        ? html`<button
            type="button"
            class="button small"
            part="unblock-button"
            data-channel=${address.channel}
            aria-label=${text(pending ? 'unblockingLabel' : 'unblockLabel', values)}
            aria-disabled=${pending ? 'true' : 'false'}
            @click=${ask}
          >
            ${text(pending ? 'unblocking' : 'unblock')}
          </button>`
        : nothing
    }
    ${
      ours?.phase === 'failed'
        ? html`<p class="unblock-note error" part="error">
            ${text('unblockFailed', { ...values, message: errorSentence(text, ours.error, 'unblock') })}
            ${ours.error instanceof MessageLoadError ? renderTechnicalDetails(text, ours.error) : nothing}
          </p>`
        : ours?.phase === 'done'
          ? html`<p class="unblock-note">${text('unblocked', values)}</p>`
          : nothing
    }
  </div>`;
}
