import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
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

// ---------------------------------------------------------------------------
// React 19 renders custom elements itself: a prop whose name is an element property is set as that
// property, and `on<event-name>` listens to that event. These types let `<message-status-list …>`
// be written in JSX without the wrappers; they live here so only React users get React's types.

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/** An element's own settable properties: not LitElement's, not methods, not read-only getters. */
type OwnProps<E> = {
  [
    K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown
      ? never
      : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>
  ]?: E[K];
};

/** JSX props of a custom element in React 19: its properties, the HTML attributes, and its events as `on<event>`. */
type ElementJsxProps<E extends HTMLElement, Events> = React.DetailedHTMLProps<React.HTMLAttributes<E>, E> &
  OwnProps<E> &
  Partial<Events>;

/** The list's events as React 19 `on<event>` props. */
export interface MessageStatusListJsxEvents {
  'onmessages-load': (event: CustomEvent<MessagesLoadDetail>) => void;
  'onmessages-error': (event: CustomEvent<MessagesErrorDetail>) => void;
  'onunblock-request': (event: CustomEvent<UnblockDetail>) => void;
  'onunblock-success': (event: CustomEvent<UnblockDetail>) => void;
  'onunblock-error': (event: CustomEvent<UnblockErrorDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'message-status-list': ElementJsxProps<MessageStatusListElement, MessageStatusListJsxEvents>;
      'message-status-chip': ElementJsxProps<MessageStatusChipElement, object>;
      'message-status-provider': ElementJsxProps<MessageStatusProviderElement, object>;
    }
  }
}
