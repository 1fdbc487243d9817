import type { TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import type { Message } from '../data/types.js';
import { FrameResizeObserver } from './dom/frame-resize-observer.js';
import { onceInPage } from './dom/once-in-page.js';

// Size changes from the virtualizer's measuring wait for the next frame: no ResizeObserver loop errors on window.
provideResizeObserver(FrameResizeObserver);

/** What a long list hands the virtualizer: its messages, how to key and draw one, and what to show meanwhile. */
export interface VirtualRows {
  items: Message[];
  keyFunction: (message: Message) => string;
  renderItem: (message: Message, index: number) => TemplateResult;
  standIn: unknown;
}

/**
 * Only the rows in view, from the virtualizer with its layout given up front (left to choose its default layout
 * itself, it imports that layout lazily once it starts: a second round trip after the one that brought it), shown
 * once the list is in the page (see onceInPage). Both live in this file, fetched past 200 messages, not in the rest.
 */
export const virtualRows = ({ standIn, ...config }: VirtualRows): unknown =>
  onceInPage(virtualize({ layout: flow(), ...config }), standIn);
