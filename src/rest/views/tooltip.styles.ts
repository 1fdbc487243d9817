import { css } from 'lit';

/** The one explanation shown at a time: a chip's, the address warning's. Placed by TooltipController. */
export const tooltipStyles = css`
  :host {
    --_tooltip-bg: var(--msl-tooltip-bg, light-dark(#1f2328, #f0f3f6));
    --_tooltip-text: var(--msl-tooltip-text, light-dark(#ffffff, #1f2328));
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

  /*
   * Every quoted server text: a bounce's reason here, and (this sheet is the list's too) in an error's details, the
   * header's block story and the unblock dialog.
   */
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
