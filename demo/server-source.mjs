// The demo's "Voyado through the server handler" data source: the package's server handler, mounted in
// the dev server under /server-api/, reading the mock's Voyado routes on this same server with the key.
// What a CRM would run on its own server, with the mock standing in for both Voyado and the CRM's records.
import { DEMO_API_KEY } from './mock-api.mjs';

export const SERVER_API_PREFIX = '/server-api/';

/**
 * Dev-server middleware serving the handler under {@link SERVER_API_PREFIX}.
 * @param {typeof import('../src/server/index.ts')} server the server module (compiled from source)
 */
export function serverSource({ createVoyadoHandler, toNodeHandler, UnblockRefusal }) {
  // One handler per address the server was reached on: its own origin is Voyado's here.
  const handlers = new Map();

  function handlerFor(baseUrl) {
    if (!handlers.has(baseUrl)) {
      const handler = createVoyadoHandler({
        baseUrl,
        apiKey: DEMO_API_KEY,
        // Everyone may see every contact: the demo has no sign-in. A CRM checks its session here.
        authorize: () => true,
        contact: (contactId) => crmContact(baseUrl, contactId),
        unblock: ({ contactId, channel, address }) => crmUnblock(baseUrl, contactId, channel, address),
      });
      handlers.set(baseUrl, toNodeHandler(handler));
    }
    return handlers.get(baseUrl);
  }

  /** The contact's addresses from the "CRM's records": the mock's own-shape route. */
  async function crmContact(baseUrl, contactId) {
    const response = await fetch(`${baseUrl}/api/contacts/${encodeURIComponent(contactId)}/messages?count=1`);
    if (!response.ok) throw new Error(`the mock's contact route answered HTTP ${response.status}`);
    return (await response.json()).contact;
  }

  /** The "CRM's unblock": the mock's unblock route, its refusals (409: not this contact's address) passed on. */
  async function crmUnblock(baseUrl, contactId, channel, address) {
    const response = await fetch(`${baseUrl}/api/contacts/${encodeURIComponent(contactId)}/unblock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, address }),
    });
    if (response.ok) return;
    const { error } = await response.json();
    throw response.status >= 400 && response.status < 500
      ? new UnblockRefusal(response.status, error)
      : new Error(error);
  }

  return async (ctx, next) => {
    if (!ctx.path.startsWith(SERVER_API_PREFIX)) return next();
    const { localAddress, localPort } = ctx.req.socket;
    const host = localAddress.replace(/^::ffff:/, '');
    const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${localPort}`;
    // Koa must leave the answer to the Node handler, which writes it itself.
    ctx.respond = false;
    await handlerFor(baseUrl)(ctx.req, ctx.res);
  };
}
