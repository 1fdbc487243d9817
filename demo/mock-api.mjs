// Mock message-history API for the demo page and the browser tests.
// A @web/dev-server (Koa) middleware; contact ids pick scenarios, see demo/mock-data.mjs.
//
// The Voyado routes (/api/v2/, /api/v3/) check an `apikey` header as Voyado does: a wrong key is a 401
// (whose body quotes the key, as careless APIs do, so tests can prove it goes no further). No header at all
// is let through, standing for a CRM's own proxy that adds the key, so the demo page can call them directly.
// The log records `apikey: 'valid' | 'wrong'` when one came, never the key. Besides the histories
// (v3 `…/emailmessages` and `…/smsmessages`, v2 `…/messages/latest`) the mock serves Voyado's contact,
// `GET /api/v3/contacts/{contactId}`: `email`, `mobilePhone` and `preferences.acceptsEmail` / `acceptsSms`.
//
// Fault modes, for any contact and route, so a test can ask for one failure without a scenario of its own.
// Give them as query parameters, or as `~name=value` parts of the contact id (`42~abc~delay=30`), which
// lets one endpoint template give each contact its own; the query wins where both name one.
//   delay=ms          wait before answering (up to 10 s); a client that gives up is logged as `aborted`
//   hold=1            wait (up to 10 s) until a test releases the contact's held requests with
//                     `POST /api/_release/{contactId}`: what happens before the answer, without a race
//   status=code       answer with this HTTP status and a JSON error body…
//   times=n           …only for the id's first n requests (default: every one); also limits drop
//   from=n            …only from the id's nth request on: an answer first, failures after (a header that outlives them)
//   flap=1            fail every other request (the 1st, 3rd, …) with `status`, 503 by default
//   retryAfter=value  send this Retry-After header with the failure
//   drop=1            close the connection mid-answer, after the headers: a network error to the client
//   truncate=bytes    cut a successful answer's body after this many bytes
//   type=mime         serve a successful answer with this Content-Type
//   raw=text          answer 200 with exactly this text as the body, whatever the contact
//
// Unblock faults, as scenarios whose history is `blocked-email`'s but whose unblock POST misbehaves:
//   unblock-login     302 to a sign-in page       unblock-html   200 with a web page
//   unblock-drop      200 headers, then the connection is closed after part of the body
// Refresh faults, for every request: always-429 (Retry-After: 120) and always-500.
// Unblock POSTs honour `Idempotency-Key`: a key seen before gets the first answer again, and unblocks nothing.

import { HISTORIES, STATUS_KEY, VOYADO_STATUS, hugeMessages } from './mock-data.mjs';

const JSON_TYPE = 'application/json; charset=utf-8';
const DEFAULT_COUNT = 100;
const MAX_COUNT = 1000;
const LOG_LIMIT = 200;
// Tests make fresh `~suffix` ids all day; forget the oldest rather than grow forever.
const CONTACT_LIMIT = 2000;
const BODY_LIMIT = 64 * 1024;
const MAX_DELAY = 10_000;
const SLOW_DELAY = 2500;
const HUGE_BYTES = 10 * 1024 * 1024;

/** The Voyado API key the mock accepts unless told otherwise; the demo's server handler holds it. */
export const DEMO_API_KEY = 'demo-key';

/** A 4xx/5xx answer raised inside a handler. */
class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

// Scenarios that answer every request with the same error.
const FIXED_ERRORS = {
  broken: () => new HttpError(500, 'Internal Server Error'),
  'not-found': () => new HttpError(404, 'Contact not found'),
  forbidden: () => new HttpError(403, 'You are not allowed to read this contact'),
  unauthorised: () => new HttpError(401, 'Authentication required', { 'WWW-Authenticate': 'Bearer realm="mock"' }),
  'always-429': () => new HttpError(429, 'Too many requests', { 'Retry-After': '120' }),
  'always-500': () => new HttpError(500, 'Internal Server Error'),
};

const HTML_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>502 Bad Gateway</title></head>
<body><h1>Bad Gateway</h1><p>The proxy received an invalid response from the upstream server.</p></body>
</html>
`;

const SIGN_IN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in</title></head>
<body><form method="post" action="/login"><label>Email <input name="email"></label><button>Sign in</button></form></body>
</html>
`;

// Cut off mid-string, as a dropped connection behind a proxy would leave it.
const TRUNCATED_JSON =
  '{"contact":{"email":{"address":"bad.json@example.com"}},"messages":[{"id":"m-1","channel":"email","status":"Deliv';

/**
 * The mock API middleware.
 * @param {{ slowDelay?: number, apiKey?: string, movedTo?: string }} [options] `slowDelay` overrides the
 *   `slow` scenario's 2.5 s; `apiKey` is the Voyado key it accepts (default {@link DEMO_API_KEY});
 *   `movedTo` is where the `moved` scenario redirects (to see that a client does not follow with its key).
 */
export function mockApi(options = {}) {
  const slowDelay = options.slowDelay ?? SLOW_DELAY;
  const apiKey = options.apiKey ?? DEMO_API_KEY;
  const movedTo = options.movedTo ?? '/api/moved-away';
  const contacts = new Map(); // full contact id → { hits, unblocked: Set, log: [] }
  const hugeCache = new Map(); // 'project' | 'voyado' → Buffer

  /** Mutable per-id state; the Map's insertion order makes it an LRU. */
  function stateOf(id) {
    let state = contacts.get(id);
    if (state) {
      contacts.delete(id);
    } else {
      state = { hits: 0, unblocked: new Set(), log: [], answers: new Map(), held: new Set() };
      if (contacts.size >= CONTACT_LIMIT) contacts.delete(contacts.keys().next().value);
    }
    contacts.set(id, state);
    return state;
  }

  function hugeBody(shape) {
    if (!hugeCache.has(shape)) {
      const messages = hugeMessages(Date.now(), HUGE_BYTES);
      const data = shape === 'voyado' ? voyadoPage(messages, messages.length, 0) : { messages };
      hugeCache.set(shape, Buffer.from(JSON.stringify(data)));
    }
    return hugeCache.get(shape);
  }

  const routes = [
    { method: 'GET', pattern: /^\/api\/contacts\/([^/]+)\/messages\/?$/, handle: projectMessages },
    { method: 'POST', pattern: /^\/api\/contacts\/([^/]+)\/unblock\/?$/, handle: unblock },
    { method: 'GET', pattern: /^\/api\/v3\/contacts\/([^/]+)\/(email|sms)messages\/?$/, handle: voyadoV3 },
    { method: 'GET', pattern: /^\/api\/v2\/contacts\/([^/]+)\/messages\/latest\/?$/, handle: voyadoV2 },
    { method: 'GET', pattern: /^\/api\/v3\/contacts\/([^/]+)\/?$/, handle: voyadoContact },
  ];

  async function handle(ctx) {
    const logMatch = /^\/api\/_log\/([^/]+)\/?$/.exec(ctx.path);
    if (logMatch) return handleLog(ctx, decodeSegment(logMatch[1]));
    const releaseMatch = /^\/api\/_release\/([^/]+)\/?$/.exec(ctx.path);
    if (releaseMatch) return handleRelease(ctx, decodeSegment(releaseMatch[1]));

    // Log every request that names a contact, even one no route matches.
    const idMatch = /^\/api\/(?:v\d+\/)?contacts\/([^/]+)/.exec(ctx.path);
    const id = idMatch ? decodeSegment(idMatch[1]) : undefined;
    const state = id === undefined ? undefined : stateOf(id);
    const entry = state ? record(ctx, state) : {};
    if (ctx.method === 'POST') entry.body = await readBody(ctx);
    const givenKey = ctx.headers.apikey;
    if (/^\/api\/v\d+\//.test(ctx.path) && givenKey !== undefined) {
      entry.apikey = givenKey === apiKey ? 'valid' : 'wrong';
      if (givenKey !== apiKey) throw new HttpError(401, `API key "${givenKey}" is not valid for this tenant`);
    }

    const matching = routes.map((route) => ({ route, match: route.pattern.exec(ctx.path) })).filter((r) => r.match);
    if (matching.length === 0) throw new HttpError(404, `No mock API route for ${ctx.method} ${ctx.path}`);
    const found = matching.find((r) => r.route.method === ctx.method);
    if (!found) {
      const allowed = matching.map((r) => r.route.method).join(', ');
      throw new HttpError(405, `Use ${allowed}`, { Allow: allowed });
    }

    const scenario = id.split('~')[0];
    state.hits += 1;
    ctx.state.mockFaults = faultModes(ctx, id);
    if (await gate(ctx, scenario, state, entry)) return;
    await found.route.handle(ctx, { scenario, state, match: found.match, body: entry.body });
  }

  /** Delays and scenario-wide answers shared by every route; true when the request is done with. */
  async function gate(ctx, scenario, state, entry) {
    const faults = ctx.state.mockFaults;
    const delay = Math.min(Number(faults.delay) || 0, MAX_DELAY) + (scenario === 'slow' ? slowDelay : 0);
    const held = faults.hold && faults.hold !== '0';
    if ((delay > 0 && (await sleep(ctx, delay))) || (held && (await sleep(ctx, MAX_DELAY, state.held)))) {
      // The client gave up; tests read this to check that stale requests were aborted.
      entry.aborted = true;
      // Nothing reaches the closed socket; this only keeps Koa's default 404 out of the logs.
      ctx.status = 204;
      return true;
    }
    if (faults.drop && faults.drop !== '0' && withinTimes(faults, state.hits)) {
      // Cut off after the headers: dropped before them, Chrome would quietly resend the GET a few times.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': '1000', 'Cache-Control': 'no-store' });
      ctx.res.write('{"messages":[', () => ctx.res.socket?.destroy());
      return true;
    }
    const failure = injectedFailure(faults, state.hits);
    if (failure) throw failure;
    if (faults.raw !== undefined) return sendRaw(ctx, 200, faults.raw, JSON_TYPE);
    if (Object.hasOwn(FIXED_ERRORS, scenario)) throw FIXED_ERRORS[scenario]();
    if (scenario === 'rate-limited' && state.hits === 1) {
      throw new HttpError(429, 'Too many requests', { 'Retry-After': '1' });
    }
    if (scenario === 'flaky' && state.hits === 1) throw new HttpError(503, 'Service temporarily unavailable');
    if (scenario === 'moved') {
      ctx.status = 302;
      ctx.set('Location', movedTo);
      ctx.body = '';
      return true;
    }
    if (scenario === 'html') return sendRaw(ctx, 200, HTML_PAGE, 'text/html; charset=utf-8');
    if (scenario === 'bad-json') return sendRaw(ctx, 200, TRUNCATED_JSON, JSON_TYPE);
    if (scenario === 'huge') {
      return sendRaw(ctx, 200, hugeBody(ctx.path.startsWith('/api/contacts/') ? 'project' : 'voyado'), JSON_TYPE);
    }
    // hasOwn, so ids like `constructor` are unknown contacts rather than crashes.
    if (!Object.hasOwn(HISTORIES, scenario)) throw new HttpError(404, 'Contact not found');
    return false;
  }

  /** GET /api/contacts/:id/messages[?channel=&count=&offset=] */
  function projectMessages(ctx, { scenario, state }) {
    const channel = channelParam(ctx);
    if (scenario === 'sms-down' && channel === 'sms') throw new HttpError(500, 'The SMS service is unavailable');
    const { count, offset } = paging(ctx);
    const data = history(scenario, state);
    const all = sortNewestFirst(data.messages.filter((m) => !channel || inChannel(m, channel)));
    const body = { contact: data.contact, messages: all.slice(offset, offset + count) };
    if (offset + count < all.length) body.next = nextUrl(ctx, count, offset + count);
    sendJson(ctx, 200, body);
  }

  /** GET /api/v3/contacts/:id/emailmessages | smsmessages[?count=&offset=] */
  function voyadoV3(ctx, { scenario, state, match }) {
    const channel = match[2];
    if (scenario === 'sms-down' && channel === 'sms') throw new HttpError(500, 'The SMS service is unavailable');
    const { count, offset } = paging(ctx);
    const all = sortNewestFirst(history(scenario, state).messages.filter((m) => inChannel(m, channel)));
    sendJson(ctx, 200, voyadoPage(all, count, offset));
  }

  /** GET /api/v2/contacts/:id/messages/latest[?count=&offset=]: both channels plus postal send-outs. */
  function voyadoV2(ctx, { scenario, state }) {
    const { count, offset } = paging(ctx);
    const data = history(scenario, state);
    const postal = data.postal.map((p) => ({ ...p, type: 'PostalMessage', source: 'Send-out' }));
    sendJson(ctx, 200, voyadoPage(sortNewestFirst([...data.messages, ...postal]), count, offset));
  }

  /**
   * GET /api/v3/contacts/:id: the contact as Voyado keeps it, with its email address, mobile number and
   * channel preferences (an unsubscribed address is one that does not accept that channel). Voyado's
   * contact holds no blocked state.
   */
  function voyadoContact(ctx, { scenario, state, match }) {
    const contact = history(scenario, state).contact ?? {};
    sendJson(ctx, 200, {
      id: decodeSegment(match[1]),
      contactType: 'Member',
      email: contact.email?.address ?? null,
      mobilePhone: contact.sms?.address ?? null,
      preferences: {
        acceptsEmail: contact.email ? !contact.email.unsubscribed : false,
        acceptsSms: contact.sms ? !contact.sms.unsubscribed : false,
        acceptsPostal: true,
      },
    });
  }

  /** POST /api/contacts/:id/unblock with `{ channel, address }`; a repeated Idempotency-Key replays the first answer. */
  function unblock(ctx, { scenario, state, body }) {
    const key = ctx.get('Idempotency-Key');
    const earlier = key ? state.answers.get(key) : undefined;
    if (earlier) {
      ctx.set('Idempotent-Replayed', 'true');
      return sendJson(ctx, earlier.status, earlier.body);
    }
    if (scenario === 'unblock-login') {
      ctx.status = 302;
      ctx.set('Location', '/login?next=%2F');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = '';
      return;
    }
    if (scenario === 'unblock-html') return sendRaw(ctx, 200, SIGN_IN_PAGE, 'text/html; charset=utf-8');
    if (scenario === 'unblock-drop') {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': '100', 'Cache-Control': 'no-store' });
      ctx.res.write('{"ok":tr', () => ctx.res.socket?.destroy());
      return;
    }
    let answer;
    try {
      answer = { status: 200, body: unblocked(scenario, state, body) };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      answer = { status: error.status, body: { error: error.message } };
    }
    if (key) state.answers.set(key, answer);
    sendJson(ctx, answer.status, answer.body);
  }

  function unblocked(scenario, state, body) {
    const problem = invalidUnblockBody(body);
    if (problem) throw new HttpError(400, problem);
    if (scenario === 'unblock-fails') throw new HttpError(500, 'The mail provider refused the unblock.');
    const data = history(scenario, state);
    const current = data.contact[body.channel];
    if (!current || normaliseAddress(current.address) !== normaliseAddress(body.address)) {
      throw new HttpError(
        409,
        `${body.address} is not this contact's ${body.channel === 'sms' ? 'number' : 'address'}`,
      );
    }
    state.unblocked.add(body.channel);
    state.unblocks = (state.unblocks ?? 0) + 1;
    return { ok: true, unblocks: state.unblocks, contact: history(scenario, state).contact };
  }

  /** GET returns the contact's recorded requests; DELETE clears them. */
  function handleLog(ctx, id) {
    if (ctx.method === 'GET') return sendJson(ctx, 200, { requests: contacts.get(id)?.log ?? [] });
    if (ctx.method === 'DELETE') {
      const state = contacts.get(id);
      if (state) state.log = [];
      return sendJson(ctx, 200, { ok: true });
    }
    throw new HttpError(405, 'Use GET or DELETE', { Allow: 'GET, DELETE' });
  }

  /** POST answers the contact's held requests now; says how many there were. */
  function handleRelease(ctx, id) {
    if (ctx.method !== 'POST') throw new HttpError(405, 'Use POST', { Allow: 'POST' });
    const held = [...(contacts.get(id)?.held ?? [])];
    for (const release of held) release();
    sendJson(ctx, 200, { released: held.length });
  }

  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    try {
      await handle(ctx);
    } catch (error) {
      if (error instanceof HttpError) {
        ctx.set(error.headers);
        sendJson(ctx, error.status, { error: error.message });
      } else {
        // A bug in the mock must show up as a readable 500, not a dropped connection.
        sendJson(ctx, 500, { error: `Mock API failure: ${error?.message ?? error}` });
      }
    }
  };
}

// ---------------------------------------------------------------------------
// Helpers (no state).

const FAULT_NAMES = [
  'delay',
  'hold',
  'status',
  'times',
  'from',
  'flap',
  'retryAfter',
  'drop',
  'truncate',
  'type',
  'raw',
];

/** The fault modes asked for: `~name=value` parts of the id, overridden by the query. */
function faultModes(ctx, id) {
  const modes = {};
  for (const part of id.split('~').slice(1)) {
    const [name, ...value] = part.split('=');
    if (FAULT_NAMES.includes(name) && value.length) modes[name] = value.join('=');
  }
  for (const name of FAULT_NAMES) {
    if (typeof ctx.query[name] === 'string') modes[name] = ctx.query[name];
  }
  return modes;
}

/** Whether the id's `hits`-th request is among the first `times` and not before `from` (without either, every one). */
function withinTimes(faults, hits) {
  return (
    (faults.times === undefined || hits <= Number(faults.times)) &&
    (faults.from === undefined || hits >= Number(faults.from))
  );
}

/** The error a fault mode asks for on the id's `hits`-th request, if any. */
function injectedFailure(faults, hits) {
  const flapping = faults.flap !== undefined && faults.flap !== '0';
  if (faults.status === undefined && !flapping) return undefined;
  if (flapping && hits % 2 === 0) return undefined;
  if (!withinTimes(faults, hits)) return undefined;
  const status = Number(faults.status ?? 503);
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    return new HttpError(400, 'status must be an HTTP error status (400–599)');
  }
  const headers = faults.retryAfter === undefined ? {} : { 'Retry-After': faults.retryAfter };
  return new HttpError(status, `Injected failure (HTTP ${status})`, headers);
}

/** The scenario's data as the server currently sees it, with unblocks applied. */
function history(scenario, state) {
  const data = HISTORIES[scenario](Date.now(), state);
  for (const channel of state.unblocked) {
    if (data.contact[channel]) data.contact[channel] = { ...data.contact[channel], blocked: false };
  }
  return data;
}

function record(ctx, state) {
  const entry = {
    method: ctx.method,
    path: ctx.path,
    query: { ...ctx.query },
    // Only the headers tests ask about: that a host's auth arrived, and what the client accepts.
    headers: pick(ctx.headers, ['accept', 'authorization', 'content-type', 'idempotency-key']),
    at: new Date().toISOString(),
  };
  state.log.push(entry);
  if (state.log.length > LOG_LIMIT) state.log.splice(0, state.log.length - LOG_LIMIT);
  return entry;
}

function pick(object, keys) {
  return Object.fromEntries(keys.filter((key) => key in object).map((key) => [key, object[key]]));
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'The contact id is not valid URI encoding');
  }
}

/** Reads a JSON request body; invalid JSON is kept as its text so the handler can answer 400. */
async function readBody(ctx) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function invalidUnblockBody(body) {
  if (typeof body === 'string') return 'The request body is not valid JSON';
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Send a JSON object { channel, address }';
  if (body.channel !== 'email' && body.channel !== 'sms') return 'channel must be "email" or "sms"';
  if (typeof body.address !== 'string' || body.address.trim() === '') return 'address must be a non-empty string';
  return undefined;
}

// Phone numbers come with and without spaces, emails in any case.
const normaliseAddress = (address) =>
  typeof address === 'string' ? address.replace(/[\s()-]/g, '').toLowerCase() : '';

/** Resolves true if the client went away before `ms` passed; a release put in `releases` ends it early. */
function sleep(ctx, ms, releases = new Set()) {
  return new Promise((resolve) => {
    // A client quick to give up may be gone before the wait starts; its 'close' has already fired.
    if (ctx.req.socket.destroyed) return resolve(true);
    const timer = setTimeout(() => done(false), ms);
    const release = () => done(false);
    releases.add(release);
    // In Node 20 'close' also fires after a finished response, so check it was not finished.
    const onClose = () => {
      if (!ctx.res.writableEnded) done(true);
    };
    ctx.req.on('close', onClose);
    ctx.res.on('close', onClose);
    function done(aborted) {
      clearTimeout(timer);
      releases.delete(release);
      ctx.req.off('close', onClose);
      ctx.res.off('close', onClose);
      resolve(aborted);
    }
  });
}

function channelParam(ctx) {
  const channel = ctx.query.channel;
  if (channel === undefined || channel === '') return undefined;
  if (channel !== 'email' && channel !== 'sms')
    throw new HttpError(400, `Unknown channel "${channel}"; use email or sms`);
  return channel;
}

function paging(ctx) {
  return {
    count: integerParam(ctx, 'count', DEFAULT_COUNT, 1),
    offset: integerParam(ctx, 'offset', 0, 0),
  };
}

function integerParam(ctx, name, fallback, min) {
  const raw = ctx.query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new HttpError(400, `${name} must be an integer ≥ ${min}`);
  return Math.min(value, name === 'count' ? MAX_COUNT : Number.MAX_SAFE_INTEGER);
}

/** Same path and query, with the next page's offset. */
function nextUrl(ctx, count, offset) {
  const params = new URLSearchParams(ctx.querystring);
  params.set('count', String(count));
  params.set('offset', String(offset));
  return `${ctx.path}?${params}`;
}

/** Items that name no known channel go to every channel, so bad input always reaches the widget. */
function inChannel(item, channel) {
  if (!item || typeof item !== 'object') return true;
  if (item.channel === 'email' || item.channel === 'sms') return item.channel === channel;
  return item.type !== 'PostalMessage';
}

/** Newest first; items without a valid date keep their order at the end. */
function sortNewestFirst(items) {
  const time = (item) => {
    const t = item && typeof item === 'object' ? Date.parse(item.sentAt) : NaN;
    return Number.isNaN(t) ? -Infinity : t;
  };
  return items
    .map((item, index) => ({ item, index, t: time(item) }))
    .sort((a, b) => (a.t === b.t ? a.index - b.index : b.t - a.t))
    .map(({ item }) => item);
}

/** Voyado answers `{ count, items }`; `count` is the page's length, `totalCount` all there are. */
function voyadoPage(all, count, offset) {
  const items = all.slice(offset, offset + count).map(toVoyado);
  return { count: items.length, offset, totalCount: all.length, items };
}

/** A project-shape item in Voyado's shape; malformed items stay as malformed as they were. */
function toVoyado(item) {
  if (!item || typeof item !== 'object') return item;
  const type =
    item.type ?? (item.channel === 'sms' ? 'SmsMessage' : item.channel === 'email' ? 'EmailMessage' : undefined);
  return {
    messageId: item.id,
    name: item.name,
    sendDateTime: item.sentAt,
    type,
    source: item.source ?? '',
    isTransactional: item.transactional ?? false,
    status: type === 'PostalMessage' ? null : (VOYADO_STATUS[item[STATUS_KEY]] ?? item.status),
    messageLink: item.link ?? null,
    messageText: item.text ?? null,
  };
}

function sendJson(ctx, status, data) {
  sendRaw(ctx, status, JSON.stringify(data), JSON_TYPE);
}

/**
 * Answers with exactly these bytes (a successful answer cut short or relabelled as the fault modes
 * say); returns true so the gate can `return sendRaw(...)`.
 */
function sendRaw(ctx, status, body, type) {
  const faults = (status < 400 && ctx.state.mockFaults) || {};
  let buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  if (faults.truncate !== undefined) buffer = buffer.subarray(0, Math.max(0, Number(faults.truncate) || 0));
  ctx.status = status;
  ctx.body = buffer;
  ctx.set('Content-Type', faults.type ?? type);
  ctx.set('Content-Length', String(buffer.length));
  ctx.set('Cache-Control', 'no-store');
  return true;
}
