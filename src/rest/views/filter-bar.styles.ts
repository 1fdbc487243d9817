import { css } from 'lit';

/** The summary's counts, the filters and the search field. */
export const filterBarStyles = css`
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Touch targets of at least 24 by 24 px (WCAG 2.5.8), as the first file's buttons. */
  .filter,
  .summary-button,
  .search input,
  .status-filter select {
    min-height: 24px;
    min-width: 24px;
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

  .search,
  .status-filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.8125rem;
  }

  /* The muted text colour, not the dividers' one: a field's edge is what shows it, so it needs 3:1 (WCAG 1.4.11). */
  .search input,
  .status-filter select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.2em 0.5em;
  }

  .search input {
    inline-size: 12em;
  }

  .showing {
    margin: 0;
    padding: 0 calc(var(--_space) * 0.5) var(--_space);
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  /* Only a narrow list folds the summary: a wide one shows every count and has no use for the button. */
  .summary-more {
    display: none;
  }

  /*
   * A phone or a CRM's side panel: the counts that are no problem fold behind one button, the status drop-down and
   * the search share a line, so the first message is in view at 320 × 640 without scrolling.
   */
  @container (max-width: 30rem) {
    .summary:not(.open) .summary-item.calm:not(.chosen) {
      display: none;
    }
    .summary-more {
      display: inline-flex;
    }
    .status-filter > span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .status-filter select {
      max-inline-size: 9.5em;
    }
    .search {
      flex: 1 1 6em;
    }
    .search input {
      inline-size: 100%;
      min-inline-size: 0;
    }
    .summary,
    .summary-list {
      column-gap: calc(var(--_space) * 0.5);
    }
    /* "Showing 25 of 25" repeats the summary's total while nothing is filtered out: a line a phone can spare. */
    .showing.all {
      display: none;
    }
  }

  @media (forced-colors: active) {
    input:focus-visible,
    select:focus-visible {
      outline-color: Highlight;
    }
    /* The dots only repeat the chips' colours, which forced colours take away: no empty gaps. */
    .summary-item .dot {
      display: none;
    }
    .filter[aria-pressed='true'] {
      /* System colours chosen here on purpose; left to the browser, the pressed text vanished. */
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
