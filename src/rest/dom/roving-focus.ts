/**
 * Arrow keys, Home and End move focus among a composite widget's items (WAI-ARIA APG "roving tabindex"):
 * only the current item is a Tab stop, so a toolbar of thirteen counts costs one Tab press, not thirteen.
 * Use as the container's `keydown` handler; `selector` picks the items.
 */
export function rovingKeydown(selector: string, orientation: 'horizontal' | 'vertical' = 'horizontal') {
  const [back, forward] = orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  return (event: KeyboardEvent) => {
    const container = event.currentTarget as HTMLElement;
    // Only those that show: a narrow list's summary folds some of its counts away.
    const items = [...container.querySelectorAll<HTMLElement>(selector)].filter((item) => item.getClientRects().length);
    const from = items.findIndex((item) => item === (container.getRootNode() as ShadowRoot).activeElement);
    if (from < 0) return;
    // In a right-to-left page the arrows point the other way along the row.
    const rtl = orientation === 'horizontal' && getComputedStyle(container).direction === 'rtl';
    const step = (key: string) => ((key === forward) !== rtl ? 1 : -1);
    let to: number;
    if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = items.length - 1;
    else if (event.key === back || event.key === forward) to = (from + step(event.key) + items.length) % items.length;
    else return;
    event.preventDefault();
    moveTabStop(items, to);
  };
}

/** Makes `items[to]` the one Tab stop among them and focuses it. */
export function moveTabStop(items: readonly HTMLElement[], to: number): void {
  items.forEach((item, index) => (item.tabIndex = index === to ? 0 : -1));
  items[to]?.focus();
}
