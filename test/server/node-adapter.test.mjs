// toNodeHandler: the fetch handler inside node:http, Express-style mounting and body parsers, and a
// browser that leaves.
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { freshId, send, server, startHttp, startVoyado, API_KEY } from './harness.mjs';

describe('toNodeHandler', () => {
  let voyado;
  before(async () => {
    voyado = await startVoyado();
  });
  after(() => voyado.stop());

  function handler(options = {}) {
    return server.toNodeHandler(
      server.createVoyadoHandler({ baseUrl: voyado.baseUrl, apiKey: API_KEY, authorize: () => true, ...options }),
    );
  }

  it('reads the path Express keeps in originalUrl, and a body a JSON body parser already read', async () => {
    const unblocked = [];
    const nodeHandler = handler({ unblock: async ({ contactId, address }) => unblocked.push({ contactId, address }) });
    // What `app.use('/crm', express.json(), toNodeHandler(…))` hands over: a shortened url and a parsed body.
    const app = await startHttp(async (req, res) => {
      req.originalUrl = req.url;
      req.url = req.url.slice('/crm'.length);
      if (req.method === 'POST') {
        let text = '';
        for await (const chunk of req) text += chunk;
        req.body = JSON.parse(text);
      }
      await nodeHandler(req, res);
    });
    try {
      const id = freshId('ada');
      assert.equal((await send(app.origin, `/crm/contacts/${id}/messages`)).status, 200);
      const answer = await send(app.origin, '/crm/contacts/42/unblock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: 'sms', address: '+46 70 123 45 67' }),
      });
      assert.equal(answer.status, 200);
      assert.deepEqual(unblocked, [{ contactId: '42', address: '+46 70 123 45 67' }]);
    } finally {
      await app.stop();
    }
  });

  it('hands authorize the Node request behind the Request, with what middleware added to it', async () => {
    const nodeHandler = handler({
      authorize: (request, contactId) => server.nodeRequestOf(request)?.user?.contacts.includes(contactId) === true,
    });
    // What a sign-in middleware leaves on `req` before the handler runs.
    const app = await startHttp((req, res) => {
      req.user = { contacts: ['ada~mine'] };
      return nodeHandler(req, res);
    });
    try {
      assert.equal((await send(app.origin, '/api/contacts/ada~mine/messages')).status, 200);
      assert.equal((await send(app.origin, '/api/contacts/ada~theirs/messages')).status, 403);
      assert.equal(server.nodeRequestOf(new Request('http://localhost/')), undefined);
    } finally {
      await app.stop();
    }
  });

  it('cancels the requests to Voyado when the browser goes away', async () => {
    const app = await startHttp(handler());
    try {
      const id = freshId('ada', 'delay=3000');
      const leaving = new AbortController();
      const request = fetch(`${app.origin}/api/contacts/${id}/messages`, { signal: leaving.signal });
      // Wait until both Voyado requests arrived, then leave.
      while ((await voyado.requests(id)).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      leaving.abort();
      await assert.rejects(request);
      let requests;
      for (let tries = 0; tries < 50; tries++) {
        requests = await voyado.requests(id);
        if (requests.every((one) => one.aborted)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(
        requests.every((one) => one.aborted),
        'Voyado was still being asked',
      );
    } finally {
      await app.stop();
    }
  });

  it('refuses a body over 1 MB before the handler sees the request', async () => {
    const app = await startHttp(handler());
    try {
      // The handler would answer 405 here; the adapter stops reading first.
      const answer = await send(app.origin, '/api/contacts/42/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: 'x'.repeat(2 * 1024 * 1024),
      });
      assert.equal(answer.status, 413);
    } finally {
      await app.stop();
    }
  });

  /** A refused body of `bytes`, then a GET, on one kept-alive socket: the GET can only go where the POST went. */
  async function afterRefusal(bytes) {
    const app = await startHttp(handler());
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await sendOn(agent, `${app.origin}/api/contacts/42/messages`, 'POST', 'x'.repeat(bytes));
      const next = await sendOn(agent, `${app.origin}/api/contacts/${freshId('ada')}/messages`, 'GET');
      return { refused, next };
    } finally {
      agent.destroy();
      await app.stop();
    }
  }

  it('after its 413, answers the next request on the same kept-alive connection', async () => {
    const { refused, next } = await afterRefusal(2 * 1024 * 1024);
    assert.equal(refused.status, 413);
    assert.equal(next.status, 200);
    assert.equal(next.reusedSocket, true);
  });

  it('closes the connection after a 413 for a body too big to read to its end, and answers the next request', async () => {
    const { refused, next } = await afterRefusal(24 * 1024 * 1024);
    // The 413, or the connection closed while the body was still being sent: either way, not a wait.
    assert.ok(['413', 'ECONNRESET', 'EPIPE'].includes(String(refused.status)), String(refused.status));
    assert.equal(next.status, 200);
  });

  it('refuses a handler that is not a function', () => {
    assert.throws(() => server.toNodeHandler(undefined), TypeError);
  });
});

/** A request through `agent`; its status (or the socket error's code) and whether it reused a socket. */
function sendOn(agent, url, method, body) {
  return new Promise((resolve) => {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': body.length };
    const request = httpRequest(url, { method, agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, reusedSocket: request.reusedSocket }));
    });
    request.on('error', (error) => resolve({ status: error.code }));
    // A server that closes while the body is still going out makes the socket fail after the answer too.
    request.on('socket', (socket) => socket.on('error', () => {}));
    request.end(body);
  });
}
