import { css } from 'lit';

/**
 * What the rows gain with the rest of the widget: an opened row, its Show more, and a recent time's date shown on
 * hover and focus (until then it is only read, by screen readers).
 */
export const rowExtrasStyles = css`
  /* The class clamped marks every field clamped in the rows' sheet; RowExpansion measures the same ones. */
  .row.expanded .clamped {
    display: block;
    -webkit-line-clamp: unset;
    line-clamp: none;
    overflow: visible;
  }

  .row-action {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .copied {
    color: var(--_success);
    font-weight: 600;
  }

  .row-action:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* A recent time reads "3 hours ago"; its date and time show on hover, and beside it while its row has focus. */
  .relative-time {
    position: relative;
    border-radius: 2px;
    cursor: help;
    /* Longhands: WebKit drops the two-value text-decoration shorthand. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-underline-offset: 0.2em;
  }

  /* The time is not a Tab stop (a time is no control): a row holding the focus shows the date in line. */
  .row:has(:focus-visible) .relative-time .absolute {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    white-space: normal;
    /* The ", " before it is for screen readers only: to the eye, a gap. */
    margin-inline-start: 0.5em;
  }

  .relative-time:hover:not([data-dismissed]) .absolute {
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

  @media (forced-colors: active) {
    .relative-time:hover:not([data-dismissed]) .absolute {
      border-color: CanvasText;
    }
  }
`;
