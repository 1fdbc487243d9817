// Type-checked by scripts/pack-check.mjs in a clean project against the installed package: what a
// TypeScript user writes. Each `@ts-expect-error` fails the check if its line stops being an error.
import 'message-status-list/define';
import {
  MessageStatusList,
  normalizeStatus,
  type MessagesLoadDetail,
  type StatusKey,
  type UnblockDetail,
} from 'message-status-list';
import { createVoyadoHandler } from 'message-status-list/server';
import { redisStore } from 'message-status-list/server/redis';

// HTMLElementTagNameMap: the element types come from the tag names.
const list = document.querySelector('message-status-list')!;
list.contactId = '42';
list.endpoint = '/api/contacts/{contactId}/messages';
list.requestInit = { headers: { Authorization: 'Bearer token' } };
list.fetcher = (url, init) => fetch(url, init);
const created: MessageStatusList = document.createElement('message-status-list');
const chip = document.createElement('message-status-chip');
chip.status = 'SoftBounce';
chip.channel = 'sms';
const provider = document.createElement('message-status-provider');
provider.maxAge = 0;

// HTMLElementEventMap: the events' details are typed.
list.addEventListener('unblock-request', (event) => {
  const detail: UnblockDetail = event.detail;
  if (detail.channel === 'email') event.preventDefault();
});
list.addEventListener('messages-load', (event) => {
  const detail: MessagesLoadDetail = event.detail;
  console.log(detail.messages.length);
});
list.addEventListener('unblock-error', (event) => console.log(event.detail.error));
void list.refresh();

const key: StatusKey | undefined = normalizeStatus('Soft_bounce');

// The server half on several instances: one Redis shared by every instance's handler.
const handler = createVoyadoHandler({
  baseUrl: 'https://example.voyado.com',
  apiKey: 'key',
  authorize: () => true,
  sharedCacheSeconds: 30,
  store: redisStore({ url: 'redis://127.0.0.1:6379' }),
});

// @ts-expect-error contactId is a string
created.contactId = 42;
// @ts-expect-error a chip's channel is "email" or "sms"
chip.channel = 'fax';
// @ts-expect-error messages-load carries no address
list.addEventListener('messages-load', (event) => event.detail.address);
// @ts-expect-error a Redis store needs a url or a client to reach Redis
redisStore({});

export { handler, key, provider };
