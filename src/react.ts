// A Client Component entry: a Next.js (App Router) Server Component may import these wrappers, which use hooks,
// and render them; the build keeps the directive at the top of dist/react.js (scripts/keep-directives.mjs).
'use client';

import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
// Registers the elements (guarded), so a React app needs only this import: the list at once, the chip and the provider
// here too, since their classes come with the wrappers anyway (and a server rendering React has them at import).
import { define } from './define.js';
import { MessageStatusList as MessageStatusListElement } from './message-status-list.js';
import {
  LIST_EVENTS,
  type ListEventName,
  type MessageStatusListEventMap,
  type MessagesErrorDetail,
  type MessagesLoadDetail,
  type UnblockDetail,
  type UnblockRequestDetail,
  type UnblockErrorDetail,
} from './events.js';
import { MessageStatusChip as MessageStatusChipElement } from './message-status-chip.js';
import { MessageStatusProvider as MessageStatusProviderElement } from './message-status-provider.js';

define('message-status-provider', MessageStatusProviderElement);
define('message-status-chip', MessageStatusChipElement);

/** `messages-load` → `MessagesLoad`, the spelling of a React event prop after `on`. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The list's events as `@lit/react` event props, derived from the one event map: `onMessagesLoad` → `messages-load`. */
type ListEventProps = {
  [K in ListEventName as `on${PascalCase<K>}`]: EventName<MessageStatusListEventMap[K]>;
};

const listEventProps = Object.fromEntries(
  Object.keys(LIST_EVENTS).map((name) => [
    `on${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
    name,
  ]),
) as ListEventProps;

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
  events: listEventProps,
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

export type { MessagesErrorDetail, MessagesLoadDetail, UnblockDetail, UnblockErrorDetail, UnblockRequestDetail };

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
export type MessageStatusListJsxEvents = {
  [K in ListEventName as `on${K}`]: (event: MessageStatusListEventMap[K]) => void;
};

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
