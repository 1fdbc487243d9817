import { html, nothing } from 'lit';
import type { AddressState } from '../../data/address-state.js';
import type { Text } from '../../languages/pack.js';
import { quotedAddress } from '../wording/quoted-address.js';

/**
 * The confirmation asked before an unblock: unblocking an address that is really invalid harms the
 * sender's reputation. Always in the page (empty while nobody is asked), so it can be opened at once.
 */
export function renderUnblockDialog(text: Text, address: AddressState | undefined, onClose: () => void) {
  // Described by its warning, so a screen reader reads why to hesitate along with the question.
  return html`<dialog
    part="confirm-dialog"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-warning confirm-check"
    @close=${onClose}
  >
    ${
      address
        ? html`<form method="dialog">
            <h2 id="confirm-title">${text('unblockTitle', { address: quotedAddress(address.address) })}</h2>
            <p id="confirm-warning">${text('unblockWarning')}</p>
            ${
              // SMS soft bounces never block a number; only an email address's block can come from them.
              address.health
                ? html`<p id="confirm-check">
                    ${text('unblockSoftBounces', { limit: address.health.rule.limit, days: address.health.rule.days })}
                  </p>`
                : nothing
            }
            <div class="dialog-buttons">
              <button class="button" part="cancel-button" value="cancel" autofocus>${text('cancel')}</button>
              <button class="button danger" part="confirm-button" value="confirm">${text('unblockConfirm')}</button>
            </div>
          </form>`
        : nothing
    }
  </dialog>`;
}
