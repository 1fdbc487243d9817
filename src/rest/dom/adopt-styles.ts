import type { CSSResult } from 'lit';

/**
 * Adds sheets to a shadow root that Lit already styled with the element's own: the rest of the widget brings the
 * sheets of its own views. Constructable sheets are not subject to a page's `style-src` CSP.
 */
export function adoptStyles(root: ParentNode, styles: readonly CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => !!sheet);
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}
