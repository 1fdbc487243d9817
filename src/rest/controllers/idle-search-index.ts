import type { ReactiveController } from 'lit';
import type { Message } from '../../data/types.js';
import { searchIndexOf } from '../../data/search-index.js';

/** Below this many messages, folding them when the first search comes costs less than a frame. */
const BUILD_AHEAD_ABOVE = 2000;
/** How long one slice of building may take, so no frame waits for it. */
const SLICE_MS = 8;

const idle: (callback: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback)
    : (callback) => setTimeout(callback);

/**
 * Folds a long history's texts for the search while the page is idle, in slices of a few milliseconds, once it is
 * shown: the first word a person types then searches an index already built, instead of building it in that frame.
 */
export class IdleSearchIndex implements ReactiveController {
  private building?: readonly Message[];

  constructor(private readonly shown: () => { messages: readonly Message[]; lang: string } | undefined) {}

  hostUpdated(): void {
    const { messages, lang } = this.shown() ?? { messages: [], lang: 'en' };
    if (messages.length <= BUILD_AHEAD_ABOVE || messages === this.building) return;
    this.building = messages;
    const index = searchIndexOf(messages, lang);
    const slice = () => {
      if (this.building !== messages) return;
      const until = performance.now() + SLICE_MS;
      if (!index.build(() => performance.now() < until)) idle(slice);
    };
    idle(slice);
  }
}
