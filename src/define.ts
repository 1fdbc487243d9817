import { MessageStatusList } from './message-status-list.js';
import { whenPageScriptsRan } from './first/first-load-hold.js';
import { loadRest } from './first/load-rest.js';

/** Registers an element unless its name is taken: a page may load both the bundle and a wrapper. */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

define('message-status-list', MessageStatusList);

// The rest of the widget, with the provider and the chip, is fetched a task after the page's scripts have run: by then
// the lists in the page have sent their first requests (they wait for those scripts too, first/first-load-hold.ts),
// so it comes beside their data, never before it, and takes no bandwidth from it. A list inside a provider waits for
// the provider's settings, so defining the provider then loses nothing.
void whenPageScriptsRan().then(() =>
  setTimeout(() => {
    loadRest().then(
      ({ MessageStatusProvider, MessageStatusChip }) => {
        define('message-status-provider', MessageStatusProvider);
        define('message-status-chip', MessageStatusChip);
      },
      (error: unknown) => console.error('message-status-list: the rest of the widget could not be loaded.', error),
    );
  }),
);

export { MessageStatusList };
export type { MessageStatusChip } from './message-status-chip.js';
export type { MessageStatusProvider } from './message-status-provider.js';
