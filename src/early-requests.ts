// Imported first by define.ts, so in the script-tag bundle this runs before Lit and the elements are evaluated:
// the lists already in the page start their first request now (see internal/early-requests.ts). Not again when
// the elements are already defined (a page loading both the bundle and a wrapper), and not outside a browser.
import { startEarlyRequests } from './internal/early-requests.js';

if (typeof document !== 'undefined' && !globalThis.customElements?.get('message-status-list')) {
  startEarlyRequests(document);
}
