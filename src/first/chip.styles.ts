import { css } from 'lit';

/**
 * The chip, in the chip element's shadow root and in the list's (whose rows render chips themselves): every selector
 * starts at the chip, so none of them reaches the list's own parts. A label longer than its cell ends in an ellipsis.
 */
export const chipStyles = css`
  .chip {
    display: inline-block;
    max-width: 100%;
    margin: 0;
    padding: 0.2em 0.6em 0.2em 0.45em;
    font: inherit;
    font-weight: 600;
    font-size: 0.8125rem;
    line-height: 1.25;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
    color: var(--_fg);
    background: var(--_bg);
    /* Transparent in normal rendering, a real outline in forced-colors mode. */
    border: 1px solid transparent;
    border-radius: 999px;
    cursor: help;
    /* Touch targets of at least 24 by 24 px (WCAG 2.5.8). */
    min-height: 24px;
    box-sizing: border-box;
  }

  .chip .icon {
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
  }

  /* A dashed edge tells a status still waiting for its outcome from a final one (in words too, for screen readers). */
  .chip.pending {
    border: 1px dashed currentColor;
  }

  .chip:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .chip.success {
    --_fg: var(--_success);
    --_bg: var(--_success-bg);
  }
  .chip.warning {
    --_fg: var(--_warning);
    --_bg: var(--_warning-bg);
  }
  .chip.danger {
    --_fg: var(--_danger);
    --_bg: var(--_danger-bg);
  }
  .chip.neutral {
    --_fg: var(--_neutral);
    --_bg: var(--_neutral-bg);
  }

  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
    .chip:focus-visible {
      outline-color: Highlight;
    }
  }
`;
