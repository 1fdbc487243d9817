import { html, nothing } from 'lit';
import type { AddressState } from '../../data/address-state.js';
import type { Message } from '../../data/types.js';
import { icon } from './icon.js';
import type { Text } from '../../languages/pack.js';
import { quotedAddress } from '../wording/quoted-address.js';
import { statusLabel, type LabelOptions } from '../../languages/status-label.js';
import { blockStoryText, plainName, type WriteDate } from '../wording/block-story-text.js';
import { renderReason } from './address-header.js';

/** How many of the latest messages on the address's channel the dialog lists. */
export const RECENT_IN_DIALOG = 5;

/** What the confirmation reads of its list besides the address asked about. */
export interface UnblockDialogContext {
  text: Text;
  writeDate: WriteDate;
  /** The loaded history, newest first. */
  messages: readonly Message[];
  /** The language and wording the statuses are named in. */
  labels: LabelOptions;
}

/**
 * The confirmation asked before an unblock: unblocking an address that is really invalid harms the sender's
 * reputation, so the dialog holds what the decision rests on: the block's story (as the header tells it) and the
 * latest messages on that channel, each with its status and date, then the warning, next to the buttons. Always in
 * the page (empty while nobody is asked), so it can be opened at once.
 */
export function renderUnblockDialog(
  context: UnblockDialogContext,
  address: AddressState | undefined,
  onClose: () => void,
) {
  const { text } = context;
  const story = address?.story;
  // Described by the story and the warning, so a screen reader reads why to hesitate along with the question.
  return html`<dialog
    part="confirm-dialog"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-story confirm-warning confirm-check"
    @close=${onClose}
  >
    ${
      address
        ? html`<form method="dialog">
            <h2 id="confirm-title">${text('unblockTitle', { address: quotedAddress(address.address) })}</h2>
            ${
              story
                ? html`<div id="confirm-story" class="block-story" part="block-story">
                    <p>${blockStoryText(text, story, context.writeDate)}</p>
                    ${story.kind === 'hard-bounce' && story.cause.reason ? renderReason(text, story.cause.reason) : nothing}
                  </div>`
                : nothing
            }
            ${renderRecent(context, address)}
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

/** The latest messages on the address's channel: status (icon and words), date, send-out. None loaded, no list. */
function renderRecent({ text, writeDate, messages, labels }: UnblockDialogContext, address: AddressState) {
  const recent = messages.filter((message) => message.channel === address.channel).slice(0, RECENT_IN_DIALOG);
  if (!recent.length) return nothing;
  return html`<section class="recent" part="recent-messages" aria-labelledby="confirm-recent-title">
    <h3 id="confirm-recent-title">${text(address.channel === 'sms' ? 'unblockRecentSms' : 'unblockRecentEmail')}</h3>
    <ol>
      ${recent.map((message) => {
        const status = statusLabel(message.status, labels);
        return html`<li>
          <span class="summary-item ${status.severity}">${icon(status.icon)}${status.label}</span>
          ${
            message.sentAt
              ? html`<time datetime=${message.sentAt.toISOString()}>${writeDate(message.sentAt)}</time>`
              : html`<span>${text('unknownTime')}</span>`
          }
          <span class="recent-name" dir="auto">${plainName(text, message)}</span>
        </li>`;
      })}
    </ol>
  </section>`;
}
