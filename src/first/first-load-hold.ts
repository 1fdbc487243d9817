const PROVIDER = 'message-status-provider';

/**
 * Whether a `<message-status-provider>` encloses the element, across shadow roots. Its settings (the endpoint, the
 * credentials) must be in before the list's first request, and they come with the rest of the widget.
 */
export function insideProvider(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === PROVIDER) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/**
 * Whether the page's own scripts have run: DOMContentLoaded has fired, so a module script placed after the widget's
 * (setting `requestInit`, say, as the docs show) has set what it sets before the first request goes out.
 */
export function pageScriptsRan(): boolean {
  // No document (a server rendering React): no page, nothing to wait for.
  if (typeof document === 'undefined' || document.readyState === 'complete') return true;
  if (document.readyState === 'loading') return false;
  // "interactive" spans the page's deferred and module scripts and DOMContentLoaded: the navigation's timing tells.
  const [navigation] = performance.getEntriesByType?.('navigation') ?? [];
  return !navigation || (navigation as PerformanceNavigationTiming).domContentLoadedEventStart > 0;
}

/** Resolves once the page's own scripts have run (at once if they have). */
export function whenPageScriptsRan(): Promise<void> {
  if (pageScriptsRan()) return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
