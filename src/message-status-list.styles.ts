import { css } from 'lit';

export const listStyles = css`
  :host {
    --_list-max-height: var(--msl-list-max-height, 32rem);
    display: block;
    container-type: inline-size;
    line-height: 1.45;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }

  :host([hidden]) {
    display: none;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    padding: 0 calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    margin-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .address-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    min-width: 0;
  }

  .channel-icon {
    display: inline-flex;
    color: var(--_muted);
  }

  .address {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .address.blocked {
    color: var(--_blocked);
    text-decoration: line-through;
    text-decoration-color: var(--_blocked);
    text-decoration-thickness: 2px;
  }

  .address.unsubscribed {
    text-decoration: line-through;
  }

  .tag {
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--_muted);
  }

  .tag.danger {
    color: var(--_blocked);
  }

  .unblock-note {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_success);
  }

  .unblock-note.error {
    padding: 0.3em 0.6em;
    color: var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .button.small {
    padding: 0.1em 0.6em;
    font-size: 0.8125rem;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .button.danger {
    color: var(--_surface);
    background: var(--_blocked);
    border-color: var(--_blocked);
  }

  dialog {
    max-width: min(28rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 2.5);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  dialog h2 {
    margin: 0 0 var(--_space);
    font-size: 1.05rem;
    overflow-wrap: anywhere;
  }

  dialog p {
    margin: 0 0 var(--_space);
  }

  .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em calc(var(--_space) * 1.5);
    padding: 0 calc(var(--_space) * 0.5) var(--_space);
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .total {
    font-weight: 600;
    color: var(--_text);
  }

  .summary-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .summary-item {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
  }

  .summary-item strong {
    color: var(--_text);
  }

  .summary-button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 999px;
    padding: 0.05em 0.5em;
    cursor: pointer;
  }

  .summary-button:hover {
    background: var(--_surface-alt);
  }

  .summary-button[aria-pressed='true'] {
    border-color: var(--_fg);
    background: var(--_surface-alt);
    color: var(--_text);
  }

  .summary-item .dot {
    align-self: center;
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: var(--_fg);
  }

  .summary-item.success {
    --_fg: var(--_success);
  }
  .summary-item.warning {
    --_fg: var(--_warning);
  }
  .summary-item.danger {
    --_fg: var(--_danger);
  }
  .summary-item.neutral {
    --_fg: var(--_neutral);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: 0 calc(var(--_space) * 0.5) var(--_space);
  }

  .segmented {
    display: inline-flex;
  }

  .filter {
    font: inherit;
    font-size: 0.8125rem;
    padding: 0.2em 0.75em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }

  .segmented .filter {
    border-radius: 0;
    margin-inline-start: -1px;
  }

  .segmented .filter:first-child {
    border-start-start-radius: 999px;
    border-end-start-radius: 999px;
    margin-inline-start: 0;
  }

  .segmented .filter:last-child {
    border-start-end-radius: 999px;
    border-end-end-radius: 999px;
  }

  .filter:hover {
    background: var(--_surface-alt);
  }

  .filter[aria-pressed='true'] {
    color: var(--_surface);
    background: var(--_text);
    border-color: var(--_text);
  }

  .filter:focus-visible {
    position: relative;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .search,
  .status-filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.8125rem;
  }

  .search input,
  .status-filter select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.5em;
  }

  .search input {
    inline-size: 12em;
  }

  .load-more-note {
    margin: calc(var(--_space) * 1.5) 0 0;
    text-align: center;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .showing {
    margin: 0;
    padding: 0 calc(var(--_space) * 0.5) var(--_space);
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  /* A long list scrolls in its own box, so only the rows in view exist. */
  .scroller {
    max-block-size: var(--_list-max-height);
    overflow: auto;
    overscroll-behavior: contain;
  }

  /* The virtualizer places rows absolutely; they still span the list's width. */
  .list.virtual > .row {
    inline-size: 100%;
    box-sizing: border-box;
  }

  .row {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'channel name status'
      'channel text text'
      'channel meta meta';
    column-gap: calc(var(--_space) * 1.25);
    row-gap: 0.15em;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
  }

  /*
   * Up to 200 rows are all in the DOM (Find in page, screen readers); the browser lays out and paints only
   * those near the viewport, the rest being kept at their estimated (then remembered) height. Only with
   * popovers: content-visibility contains layout, and the chip's fallback tooltip is position: fixed.
   * The first 12 rows (about a screen) are always rendered: the first frame lays them out in its first
   * pass, rather than skipping them and laying them out in the extra pass that finds skipped rows in view
   * (measured: about 2 ms sooner at 100 messages).
   */
  @supports selector(:popover-open) {
    .list:not(.virtual) > .row:nth-child(n + 13) {
      content-visibility: auto;
      contain-intrinsic-size: auto 6.25em;
    }
  }

  .row:first-child {
    border-top: 0;
  }

  /* In a virtualised list the first row in the DOM is whichever is in view: only the first message has no line above. */
  .list.virtual > .row:not([aria-posinset='1']) {
    border-top: 1px solid var(--_border);
  }

  .channel {
    grid-area: channel;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.1em;
    min-width: 2.75em;
    padding-top: 0.15em;
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .channel .icon {
    width: 1.25rem;
    height: 1.25rem;
    color: var(--_text);
  }

  .name {
    grid-area: name;
    align-self: center;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .status {
    grid-area: status;
    justify-self: end;
  }

  .text {
    grid-area: text;
    margin: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  .text.none {
    color: var(--_muted);
    font-style: italic;
  }

  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em calc(var(--_space) * 1.5);
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .badge {
    padding: 0 0.45em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.75rem;
  }

  a {
    color: var(--_accent);
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    color: var(--_muted);
    text-align: center;
    justify-content: center;
  }

  .error {
    color: var(--_danger);
    background: var(--_danger-bg);
    border-radius: calc(var(--_radius) * 0.75);
    text-align: start;
    justify-content: flex-start;
  }

  .error .icon {
    width: 1.25em;
    height: 1.25em;
  }

  .error .message {
    flex: 1 1 12em;
  }

  .details {
    margin-top: 0.25em;
    font-size: 0.8125rem;
  }

  .details summary {
    cursor: pointer;
  }

  .details code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .partial {
    margin-bottom: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }

  .button {
    font: inherit;
    font-weight: 600;
    padding: 0.3em 0.9em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .button:hover {
    background: var(--_surface-alt);
  }

  .button.danger:hover {
    background: var(--_danger);
  }

  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }

  .skeleton {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) 0;
  }

  .skeleton span {
    display: block;
    height: 2.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }

  .load-more {
    display: flex;
    justify-content: center;
    padding-top: var(--_space);
  }

  /* Wide containers: one line per message where it fits. */
  @container (min-width: 44rem) {
    .row {
      /* Fixed outer columns keep the subjects aligned from row to row. */
      grid-template-columns: auto 13rem minmax(0, 1fr) 10rem;
      grid-template-areas:
        'channel name text status'
        'channel meta meta meta';
    }
    .list:not(.virtual) > .row {
      contain-intrinsic-size: auto 4.75em;
    }
  }

  .updated {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em var(--_space);
    padding: var(--_space) calc(var(--_space) * 0.5) 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  /* Touch targets of at least 24 by 24 px (WCAG 2.5.8). */
  .button,
  .filter,
  .summary-button,
  .search input,
  .status-filter select {
    min-height: 24px;
    min-width: 24px;
  }

  /* A recent time reads "3 hours ago"; its date and time show on hover and focus. */
  .relative-time {
    position: relative;
    border-radius: 2px;
    cursor: help;
    /* Longhands: WebKit drops the two-value text-decoration shorthand. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-underline-offset: 0.2em;
  }

  .relative-time:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Read by screen readers always; seen only on hover or focus, until Escape. */
  .relative-time .absolute {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .relative-time:is(:hover, :focus-visible):not([data-dismissed]) .absolute {
    inset-block-end: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 1;
    width: max-content;
    height: auto;
    overflow: visible;
    clip-path: none;
    padding: 0.3em 0.6em;
    color: var(--_tooltip-text);
    background: var(--_tooltip-bg);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }

  /* Phone-narrow containers: the chip gets a line of its own, so a name is not squeezed into a sliver. */
  @container (max-width: 24rem) {
    .row {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas:
        'channel name'
        'channel status'
        'channel text'
        'channel meta';
    }
    .status {
      justify-self: start;
    }
    .list:not(.virtual) > .row {
      contain-intrinsic-size: auto 8em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    /* The dots only repeat the chips' colours, which forced colours take away: no empty gaps. */
    .summary-item .dot {
      display: none;
    }
    .relative-time:is(:hover, :focus-visible):not([data-dismissed]) .absolute {
      border-color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    .relative-time:focus-visible {
      outline-color: Highlight;
    }
    .filter[aria-pressed='true'] {
      /* System colours chosen here on purpose; left to the browser, the pressed text vanished. */
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .error,
    .button {
      border: 1px solid CanvasText;
    }
    .address.blocked {
      text-decoration-color: CanvasText;
    }
  }
`;
