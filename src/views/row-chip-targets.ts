import type { TooltipTargets } from '../internal/tooltip-controller.js';

/**
 * How the list's one tooltip controller finds a row's chip and its explanation, by event delegation. Apart from
 * the row view: the element sets the controller up at once, before the views have loaded.
 */
export function rowChipTargets(root: () => ParentNode & EventTarget): TooltipTargets {
  return {
    root,
    chipOf: (target) => (target instanceof Element ? (target.closest('.chip-box') ?? undefined) : undefined),
    partsOf: (chip) => ({
      trigger: chip.querySelector<HTMLElement>('.chip'),
      tip: chip.querySelector<HTMLElement>('.tooltip'),
    }),
  };
}
