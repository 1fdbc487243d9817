/**
 * The language in force at an element: its own `lang`, else the nearest
 * ancestor's, crossing shadow roots (a chip inside a list inherits the list's
 * language), else the document's.
 */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
