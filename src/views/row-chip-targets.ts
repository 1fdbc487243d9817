import type { TooltipTargets } from '../internal/tooltip-controller.js';

/**
 * How the list's one tooltip controller finds a row's chip (or the address warning, `.tip-box`, which explains
 * itself the same way) and its explanation, by event delegation. Apart from the row view: the element sets the
 * controller up at once, before the views have loaded.
 */
export function rowChipTargets(host: { readonly renderRoot: ParentNode & EventTarget }): TooltipTargets {
  return {
    root: () => host.renderRoot,
    chipOf: (target) => (target instanceof Element ? (target.closest('.chip-box, .tip-box') ?? undefined) : undefined),
    partsOf: (chip) => ({
      trigger: chip.querySelector<HTMLElement>('.chip, .tip-trigger'),
      tip: chip.querySelector<HTMLElement>('.tooltip'),
    }),
  };
}
