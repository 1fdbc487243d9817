import { html, nothing } from 'lit';
import type { AddressState } from '../../data/address-state.js';
import type { BlockStory } from '../../data/block-story.js';
import { MessageLoadError } from '../../data/errors.js';
import type { Channel, Message } from '../../data/types.js';
import { icon } from './icon.js';
import { CLAMPED_LENGTH, upTo } from '../../first/row.js';
import { blockStoryText, type WriteDate } from '../wording/block-story-text.js';
import { errorSentence } from '../wording/list-wording.js';
import { LONGEST_ADDRESS, quotedAddress } from '../wording/quoted-address.js';
import type { Text } from '../../languages/pack.js';
import type { UnblockProgress } from '../controllers/unblock-controller.js';
import { renderTechnicalDetails } from './notices.js';

/** What the header reads and does of its list. */
export interface AddressHeaderHost {
  text: Text;
  progressOf(channel: Channel): UnblockProgress | undefined;
  askToUnblock(address: AddressState): void;
  /** Whether the list shows only the email soft bounces, as the warning's button asks. */
  softBouncesShown: boolean;
  /** Shows only the email soft bounces, or (`false`) every message again. */
  showSoftBounces(on: boolean): void;
  /** Whether an address longer than any real one is shown whole ("Show more"), and showing it so or not. */
  addressOpen(channel: Channel): boolean;
  toggleAddress(channel: Channel): void;
  /** Writes a date as the rows do: the list's language and time zone. */
  writeDate: WriteDate;
  /** Whether a message's row is in the list now (after a failed load, the header may outlive its rows). */
  canShow(message: Message): boolean;
  /** Brings a message's row into view and focuses it, lifting any filter that hides it. */
  showMessage(message: Message): void;
}

/** The contact's address and number, each with its state and, when blocked, an Unblock button. */
export function renderAddressHeader(host: AddressHeaderHost, addresses: readonly AddressState[]) {
  if (!addresses.length) return nothing;
  // A group, not a <header>: one banner landmark per list would crowd a page of lists.
  return html`<div class="header" part="header" role="group" aria-label=${host.text('contactLabel')}>
    ${addresses.map((address) => renderAddress(host, address))}
  </div>`;
}

function renderAddress(host: AddressHeaderHost, address: AddressState) {
  const { text, progressOf, askToUnblock } = host;
  const progress = progressOf(address.channel);
  const ours = progress?.address === address.address ? progress : undefined;
  const pending = ours?.phase === 'pending';
  // One unblock per channel at a time: while any is under way, the button does not ask again.
  const ask = () => progress?.phase !== 'pending' && askToUnblock(address);
  const { blocked, unsubscribed } = address;
  const parts = ['address', blocked && 'blocked-address', unsubscribed && 'unsubscribed-address'];
  const values = { address: quotedAddress(address.address) };
  // Longer than any real address: two lines of it (and no more laid out than of a row's field) until Show more.
  const long = address.address.length > LONGEST_ADDRESS;
  const cut = long && !host.addressOpen(address.channel);
  const story = blocked && !unsubscribed ? address.story : undefined;
  const storyId = `block-story-${address.channel}`;
  // The icon's title is for the eye: the hidden "Email: " says it once to a screen reader.
  return html`<div class="address-line" data-channel=${address.channel}>
    <span class="channel-icon" title=${text(address.channel)} aria-hidden="true">${icon(address.channel)}</span>
    <span
      class="address ${blocked && !unsubscribed ? 'blocked' : ''} ${unsubscribed ? 'unsubscribed' : ''}"
      part=${parts.filter(Boolean).join(' ')}
      ><span class="visually-hidden">${text(address.channel)}: </span
      ><span class="value${cut ? ' cut' : ''}" dir="auto"
        >${cut ? upTo(address.address, CLAMPED_LENGTH) : address.address}</span
      ></span
    >
    ${
      long
        ? html`<button
            type="button"
            class="link-button show-more"
            aria-expanded=${cut ? 'false' : 'true'}
            @click=${() => host.toggleAddress(address.channel)}
          >
            ${text(cut ? 'showMore' : 'showLess')}
          </button>`
        : nothing
    }
    ${unsubscribed ? html`<span class="tag">${text('unsubscribed')}</span>` : nothing}
    ${blocked ? html`<span class="tag danger">${blockedTag(text, address)}</span>` : nothing}
    ${
      blocked && !unsubscribed
        ? html`<button
            type="button"
            class="button small"
            part="unblock-button"
            data-channel=${address.channel}
            aria-label=${text(pending ? 'unblockingLabel' : 'unblockLabel', values)}
            aria-describedby=${story ? storyId : nothing}
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
    ${story ? renderBlockStory(host, address, story, storyId) : nothing} ${renderSoftBounceWarning(host, address)}
  </div>`;
}

/**
 * Beside a blocked address, what blocked it and since when, as the loaded history tells it: the hard bounce (its
 * send-out, the receiving server's words, a button to its row), the soft bounces that reached the limit (a button
 * that shows them), or that no loaded bounce explains the block. The Unblock button is described by it.
 */
function renderBlockStory(host: AddressHeaderHost, address: AddressState, story: BlockStory, id: string) {
  const { text } = host;
  const sentence = blockStoryText(text, story, host.writeDate);
  const cause = story.kind === 'hard-bounce' ? story.cause : undefined;
  return html`<div class="block-story" part="block-story">
    <div id=${id}>
      <p>${sentence}</p>
      ${cause?.reason ? renderReason(text, cause.reason) : nothing}
    </div>
    ${
      cause && host.canShow(cause)
        ? html`<button
            type="button"
            class="button small"
            part="block-story-button"
            aria-label=${text('blockStoryShowLabel', { address: address.address })}
            @click=${() => host.showMessage(cause)}
          >
            ${text('blockStoryShow')}
          </button>`
        : story.kind === 'soft-bounces'
          ? renderShowSoftBounces(host)
          : nothing
    }
  </div>`;
}

/** The receiving server's own words for a bounce, quoted as it gave them. */
export function renderReason(text: Text, reason: string) {
  return html`<p class="reason">${text('serverSaid')} <code dir="auto">${reason}</code></p>`;
}

/** Shows only the email soft bounces, blocked ones included (pressed again, every message). */
function renderShowSoftBounces(host: AddressHeaderHost) {
  const { softBouncesShown } = host;
  return html`<button
    type="button"
    class="button small"
    aria-pressed=${softBouncesShown ? 'true' : 'false'}
    @click=${() => host.showSoftBounces(!softBouncesShown)}
  >
    ${host.text('softBounceShow')}
  </button>`;
}

/** "blocked", or what the inferred block rests on: a hard bounce, or soft bounces that reached the limit. */
function blockedTag(text: Text, { inferred, inferredFrom, health }: AddressState): string {
  if (!inferred) return text('blocked');
  if (inferredFrom !== 'soft-bounces' || !health) return text('blockedInferred');
  return text('blockedInferredSoftBounces', { limit: health.rule.limit, days: health.rule.days });
}

/**
 * From half the soft-bounce limit, while the address is not blocked: how close it is, in words, explained on
 * hover and focus like a chip (the list's tooltip controller finds the `.tip-box`), with a button that shows
 * just those bounces. Past the limit without a block (the server says not blocked), it says that instead.
 */
function renderSoftBounceWarning(host: AddressHeaderHost, { health, blocked, unsubscribed }: AddressState) {
  if (!health?.warning || blocked || unsubscribed) return nothing;
  const { text } = host;
  const { count, rule } = health;
  const values = { count, limit: rule.limit, days: rule.days };
  const reached = count >= rule.limit;
  return html`<div class="address-warning" part="address-warning">
    <span class="tip-box">
      <button type="button" class="tip-trigger" aria-describedby="address-warning-tip">
        ${icon('alert')}<span>${text(reached ? 'softBounceLimitPassed' : 'softBounceWarning', values)}</span>
      </button>
      <div id="address-warning-tip" class="tooltip" role="tooltip" part="tooltip" hidden>
        <p>${text('softBounceRule', values)}</p>
      </div>
    </span>
    ${renderShowSoftBounces(host)}
  </div>`;
}
