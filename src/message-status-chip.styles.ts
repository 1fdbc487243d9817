import { css } from 'lit';

/** The chip element's own box, and what the list's styles already say for the rows' chips. */
export const chipHostStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 1.25;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * The chip and its explanation, in the chip element's shadow root and in the list's (whose rows render
 * chips themselves): every selector starts at the chip, so none of them reaches the list's own parts.
 */
export const chipStyles = css`
  /* In a list, the chip sits in this box, laid out as the chip element's host is. */
  .chip-box {
    display: inline-block;
    vertical-align: middle;
    line-height: 1.25;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-width: 100%;
    margin: 0;
    padding: 0.2em 0.6em 0.2em 0.45em;
    font: inherit;
    font-weight: 600;
    font-size: 0.8125rem;
    white-space: nowrap;
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

  /* A dashed edge tells a status still waiting for its outcome from a final one (in words too, for screen readers). */
  .chip.pending {
    border: 1px dashed currentColor;
  }

  .chip .label {
    overflow: hidden;
    text-overflow: ellipsis;
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

  .tooltip {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: 1000;
    box-sizing: border-box;
    width: max-content;
    max-width: min(22rem, calc(100vw - 16px));
    margin: 0;
    padding: 0.6em 0.75em;
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 400;
    line-height: 1.4;
    white-space: normal;
    color: var(--_tooltip-text);
    background: var(--_tooltip-bg);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    overflow: visible;
  }

  .tooltip p {
    margin: 0;
  }

  .tooltip p + p {
    margin-top: 0.4em;
  }

  .tooltip .reason code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .chip,
    .tooltip {
      border-color: CanvasText;
    }
    .chip:focus-visible {
      outline-color: Highlight;
    }
  }
`;
