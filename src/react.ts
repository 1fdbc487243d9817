import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// Registers the elements (guarded), so a React app needs only this import.
import './define.js';
import {
  MessageStatusList as MessageStatusListElement,
  type MessagesErrorDetail,
  type MessagesLoadDetail,
  type UnblockDetail,
  type UnblockErrorDetail,
} from './message-status-list.js';
import { MessageStatusChip as MessageStatusChipElement } from './message-status-chip.js';
import { MessageStatusProvider as MessageStatusProviderElement } from './message-status-provider.js';

/**
 * `<message-status-list>` for React. Every element property is a prop and is set as a property,
 * so objects and functions (`requestInit`, `fetcher`, `messages`, `contact`, `strings`) pass through
 * as they are; the element's events are `on…` props.
 */
export const MessageStatusList = createComponent({
  react: React,
  tagName: 'message-status-list',
  elementClass: MessageStatusListElement,
  displayName: 'MessageStatusList',
  events: {
    onMessagesLoad: 'messages-load' as EventName<CustomEvent<MessagesLoadDetail>>,
    onMessagesError: 'messages-error' as EventName<CustomEvent<MessagesErrorDetail>>,
    onUnblockRequest: 'unblock-request' as EventName<CustomEvent<UnblockDetail>>,
    onUnblockSuccess: 'unblock-success' as EventName<CustomEvent<UnblockDetail>>,
    onUnblockError: 'unblock-error' as EventName<CustomEvent<UnblockErrorDetail>>,
  },
});

/** `<message-status-chip>` for React: one status with its explanation. */
export const MessageStatusChip = createComponent({
  react: React,
  tagName: 'message-status-chip',
  elementClass: MessageStatusChipElement,
  displayName: 'MessageStatusChip',
});

/** `<message-status-provider>` for React: shared endpoint, auth and wording for the lists and chips inside. */
export const MessageStatusProvider = createComponent({
  react: React,
  tagName: 'message-status-provider',
  elementClass: MessageStatusProviderElement,
  displayName: 'MessageStatusProvider',
});

export type { MessagesErrorDetail, MessagesLoadDetail, UnblockDetail, UnblockErrorDetail };
