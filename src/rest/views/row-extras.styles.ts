import { css } from 'lit';

/**
 * What the rows gain with the rest of the widget: an opened row, its Show more, focus rings on the cells the
 * keyboard grid moves to, and a recent time's date shown on hover and focus (until then it is only read, by screen
 * readers).
 */
export const rowExtrasStyles = css`
  /* The class clamped marks every field clamped in the rows' sheet; RowExpansion measures the same ones. */
  .row.expanded .clamped {
    display: block;
    -webkit-line-clamp: unset;
    line-clamp: none;
    overflow: visible;
  }

  /*
   * "View message" is a target of at least 24 px high (WCAG 2.5.8): padded to it, and the padding taken back by a
   * negative margin, so the line it shares with the time keeps its height and nothing moves when this sheet arrives.
   * Half a pixel over: Firefox lays the padding out to a 60th of a pixel, a hair under 24.
   */
  a[part~='link'] {
    padding-block: max(0px, (24.5px - 1lh) / 2);
    margin-block: min(0px, (1lh - 24.5px) / 2);
  }

  /* A button that reads as a link: a row's Copy link and Show more, a long address's Show more. */
  .link-button {
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

  /* The virtualizer places rows absolutely; they still span the list's width. */
  .virtual .row {
    inline-size: 100%;
    box-sizing: border-box;
  }

  /* In a virtualised list the first row in the DOM is whichever is in view: only the first message (row 2, after the
     column headers) has no line above. */
  .virtual .row:not([aria-rowindex='2']) {
    border-top: 1px solid var(--_border);
  }

  /* Words apart when the row is named from them (no whitespace between the tags: the grid has none). */
  .column-headers > * {
    display: inline-block;
  }

  .copied {
    color: var(--_success);
    font-weight: 600;
  }

  /* A cell the arrow keys moved to (channel, name, text, when) is ringed as a control is. */
  .link-button:focus-visible,
  [role='gridcell']:focus-visible {
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

  /*
   * The date to the eye, from data-date: screen readers already hear it (its visually hidden copy), so its generated
   * text has an empty alternative (after the slash) and is not heard twice. The time is not a Tab stop (a time is no
   * control): a row holding the focus shows the date in line, with a gap where screen readers hear ", ".
   */
  .row:has(:focus-visible) .relative-time::after {
    content: attr(data-date) / '';
    margin-inline-start: 0.5em;
  }

  .relative-time:hover:not([data-dismissed])::after {
    content: attr(data-date) / '';
    position: absolute;
    inset-block-end: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 1;
    width: max-content;
    padding: 0.3em 0.6em;
    color: var(--_tooltip-text);
    background: var(--_tooltip-bg);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }

  @media (forced-colors: active) {
    .relative-time:hover:not([data-dismissed])::after {
      border-color: CanvasText;
    }
    [role='gridcell']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
