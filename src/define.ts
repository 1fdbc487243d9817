import { MessageStatusChip } from './message-status-chip.js';
import { MessageStatusProvider } from './message-status-provider.js';
import {
  MessageStatusList,
  type MessagesErrorDetail,
  type MessagesLoadDetail,
  type UnblockDetail,
  type UnblockErrorDetail,
} from './message-status-list.js';

// Registering twice throws; a page may load both the bundle and a wrapper.
function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

// The provider first: a list or chip upgraded before it would ask for the shared settings with nobody to answer.
define('message-status-provider', MessageStatusProvider);
define('message-status-chip', MessageStatusChip);
define('message-status-list', MessageStatusList);

export { MessageStatusChip, MessageStatusList, MessageStatusProvider };

declare global {
  interface HTMLElementTagNameMap {
    'message-status-chip': MessageStatusChip;
    'message-status-provider': MessageStatusProvider;
    'message-status-list': MessageStatusList;
  }
  interface HTMLElementEventMap {
    'messages-load': CustomEvent<MessagesLoadDetail>;
    'messages-error': CustomEvent<MessagesErrorDetail>;
    'unblock-request': CustomEvent<UnblockDetail>;
    'unblock-success': CustomEvent<UnblockDetail>;
    'unblock-error': CustomEvent<UnblockErrorDetail>;
  }
}
