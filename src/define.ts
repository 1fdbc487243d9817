import { MessageStatusChip } from './message-status-chip.js';
import { MessageStatusProvider } from './message-status-provider.js';
import { MessageStatusList } from './message-status-list.js';

// Registering twice throws; a page may load both the bundle and a wrapper.
function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

// The provider first: a list or chip upgraded before it would ask for the shared settings with nobody to answer.
define('message-status-provider', MessageStatusProvider);
define('message-status-chip', MessageStatusChip);
define('message-status-list', MessageStatusList);

export { MessageStatusChip, MessageStatusList, MessageStatusProvider };
