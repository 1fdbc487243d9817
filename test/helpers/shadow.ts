/** Every element in `root` and in the shadow roots beneath it, however deep. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The markup of `host` with every shadow root's markup inside, as a place to look for leaked text. */
export function deepMarkup(host: Element): string {
  const parts = [host.outerHTML];
  if (host.shadowRoot) parts.push(host.shadowRoot.innerHTML);
  for (const element of deepElements(host.shadowRoot ?? host)) {
    if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
  }
  return parts.join('\n');
}
