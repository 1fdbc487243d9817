import { css } from 'lit';

/** The contact's addresses, their blocked and unsubscribed states, and the unblock button's outcome. */
export const addressHeaderStyles = css`
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

  /* An address longer than any real one: two lines of it until "Show more" (styled with the rows' Show more). */
  .value.cut {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
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

  /* A line of its own under the address: text and icon, never colour alone. */
  .address-warning {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    font-size: 0.8125rem;
  }

  .tip-trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: 0;
    padding: 0.15em 0;
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--_warning);
    background: none;
    border: 0;
    /* Dotted, as text that explains itself on hover or focus commonly is. */
    /* Longhands: WebKit drops the two-value text-decoration shorthand. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }

  .tip-trigger svg {
    flex: none;
  }

  /* Under a blocked address: what blocked it and since when, with a way to its row. */
  .block-story {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    font-size: 0.8125rem;
    color: var(--_text);
  }

  .block-story > div {
    flex: 1 1 16em;
    min-width: 0;
  }

  .block-story p {
    margin: 0;
  }

  .block-story .reason {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .address.blocked {
      text-decoration-color: CanvasText;
    }
  }
`;
