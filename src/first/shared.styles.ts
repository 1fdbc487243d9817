import { css } from 'lit';

/** The list's box and what every view shares: buttons, links, focus rings, notices, touch targets. */
export const listSharedStyles = css`
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

  a {
    color: var(--_accent);
  }

  a:focus-visible,
  button:focus-visible {
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

  /* Touch targets of at least 24 by 24 px (WCAG 2.5.8). */
  .button {
    min-height: 24px;
    min-width: 24px;
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
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    .error,
    .button {
      border: 1px solid CanvasText;
    }
  }
`;
