/**
 * The rest of the widget: what a list gains once its first rows are drawn (src/rest/), and the provider and chip
 * elements. The first file fetches it at once (first/load-rest.ts), so it arrives beside the first data.
 */
import { ContextRoot } from '@lit/context';
// English whole: the first file carried only its own words.
import './languages/en.js';

// A list's features may ask for its provider's settings before the provider is defined (both arrive with this file):
// the root keeps such a request and asks again once a provider appears. (No document on a server rendering React.)
if (typeof document !== 'undefined') new ContextRoot().attach(document.documentElement);

export { loadRequests } from './data/load-messages.js';
export { mergeStrings } from './languages/merge-strings.js';
export { listFeatures } from './rest/list-features.js';
export { replayPresses } from './rest/dom/replay-presses.js';
export { MessageStatusChip } from './message-status-chip.js';
export { MessageStatusProvider } from './message-status-provider.js';
