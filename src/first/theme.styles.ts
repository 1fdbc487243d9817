import { css } from 'lit';

/**
 * The public `--msl-*` custom properties, mapped once to private `--_*` ones
 * with defaults, so the styles below read only the private names. Colours use
 * `light-dark()`: the widget follows the page's `color-scheme`, and a
 * `theme="light|dark"` attribute forces one.
 */
export const themeStyles = css`
  :host {
    --_font: var(--msl-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--msl-font-size, 0.875rem);
    --_radius: var(--msl-radius, 0.5rem);
    --_space: var(--msl-spacing, 0.5rem);
    --_text: var(--msl-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--msl-muted, light-dark(#59636e, #a3acb6));
    --_surface: var(--msl-surface, light-dark(#ffffff, #16191d));
    --_surface-alt: var(--msl-surface-alt, light-dark(#f6f8fa, #1e2227));
    --_border: var(--msl-border, light-dark(#d1d9e0, #3a4048));
    --_accent: var(--msl-accent, light-dark(#0a5ec2, #6cb0ff));
    --_focus: var(--msl-focus-ring, light-dark(#0a5ec2, #8cc2ff));
    --_success: var(--msl-success, light-dark(#116329, #6fdd8b));
    --_success-bg: var(--msl-success-bg, light-dark(#dafbe1, #12301c));
    --_warning: var(--msl-warning, light-dark(#7a4d00, #f2c14e));
    --_warning-bg: var(--msl-warning-bg, light-dark(#fff1c7, #3a2c07));
    --_danger: var(--msl-danger, light-dark(#b3261e, #ff9a91));
    --_danger-bg: var(--msl-danger-bg, light-dark(#ffe4e1, #44150f));
    --_neutral: var(--msl-neutral, light-dark(#424a53, #c3cad2));
    --_neutral-bg: var(--msl-neutral-bg, light-dark(#eef1f4, #272c33));
    --_blocked: var(--msl-blocked, light-dark(#c5221f, #ff7b72));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  [hidden] {
    display: none !important;
  }

  /* The icons' drawing settings, here once rather than on each of the two icons in every row. */
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
