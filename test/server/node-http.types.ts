// Type-checked only (npm run typecheck): the Node adapter's structural types accept Node's own request
// and response, so `createServer(toNodeHandler(handler))` compiles without casts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createVoyadoHandler, toNodeHandler, UnblockRefusal } from '../../src/server/index.js';

const handler = createVoyadoHandler({
  baseUrl: 'https://example.voyado.com',
  apiKey: 'key',
  authorize: async (request, contactId) => request.headers.has('Cookie') && contactId !== '',
  unblock: async ({ channel }) => {
    if (channel === 'sms') throw new UnblockRefusal(409, 'Numbers are unblocked by phone.');
  },
});
const listener: (request: IncomingMessage, response: ServerResponse) => Promise<void> = toNodeHandler(handler);
createServer(listener);

// @ts-expect-error authorize is required: without it anyone could read any contact.
createVoyadoHandler({ baseUrl: 'https://example.voyado.com', apiKey: 'key' });
