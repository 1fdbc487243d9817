import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { FrameResizeObserver } from './dom/frame-resize-observer.js';

// Size changes from the virtualizer's measuring wait for the next frame: no ResizeObserver loop errors on window.
provideResizeObserver(FrameResizeObserver);

/**
 * The virtualizer with its layout given up front. Left to choose its default layout itself, it imports
 * that layout lazily once it starts: a second round trip after the one that brought the virtualizer.
 */
export const virtualizeFlow: typeof virtualize = (config) => virtualize({ layout: flow(), ...config });
