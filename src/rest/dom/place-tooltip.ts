/** A box in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where a tooltip goes: below its anchor, or above when it would overflow the
 * viewport's bottom and there is more room above; kept inside the viewport
 * horizontally so a chip at the edge of a narrow CRM panel stays readable.
 */
export function placeTooltip(
  anchor: Box,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - tip.height;
  const fitsBelow = below + tip.height <= viewport.height - MARGIN;
  const side = fitsBelow || anchor.top < viewport.height - (anchor.top + anchor.height) ? 'below' : 'above';
  const maxLeft = Math.max(MARGIN, viewport.width - MARGIN - tip.width);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  return { top: side === 'below' ? below : Math.max(MARGIN, above), left, side };
}
