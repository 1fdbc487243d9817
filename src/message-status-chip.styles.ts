import { css } from 'lit';

/** The chip element's own box. */
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
