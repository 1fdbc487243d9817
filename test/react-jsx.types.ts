// Compiled by `npm run typecheck`, never run: the React 19 JSX types for the elements
// (src/react.ts) accept what they should and reject what they should. Each `@ts-expect-error`
// fails the type check if the line below it stops being an error.
import type { JSX } from 'react';
import '../src/react.js';

type ListProps = JSX.IntrinsicElements['message-status-list'];
type ChipProps = JSX.IntrinsicElements['message-status-chip'];
type ProviderProps = JSX.IntrinsicElements['message-status-provider'];

export const list: ListProps = {
  contactId: '42',
  endpoint: '/api/contacts/{contactId}/messages',
  pageSize: 20,
  requestInit: { headers: { Authorization: 'Bearer x' } },
  fetcher: (url, init) => fetch(url, init),
  strings: { sv: { statuses: { delivered: { label: 'Framme' } } } },
  className: 'panel',
  lang: 'sv',
  'onunblock-request': (event) => event.detail.address.toUpperCase(),
  'onmessages-load': (event) => event.detail.messages.length,
  'onunblock-error': (event) => event.detail.error,
};

export const chip: ChipProps = { status: 'SoftBounce', channel: 'sms' };
export const provider: ProviderProps = { endpoint: '/api/{contactId}', maxAge: 0, children: null };

// @ts-expect-error contactId is a string
export const wrongType: ListProps = { contactId: 42 };
// @ts-expect-error no such property
export const unknownProp: ListProps = { contactID: '42' };
// @ts-expect-error a channel is "email" or "sms"
export const wrongChannel: ChipProps = { channel: 'fax' };
// @ts-expect-error methods are not props
export const method: ListProps = { refresh: () => Promise.resolve() };
// @ts-expect-error the detail of unblock-request has no `messages`
export const wrongDetail: ListProps = { 'onunblock-request': (event) => event.detail.messages };
