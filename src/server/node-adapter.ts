import { joinChunks } from '../data/join-chunks.js';
import { errorAnswer } from './answers.js';
import type { FetchHandler } from './voyado-handler.js';

/**
 * The parts of Node's `IncomingMessage` the adapter reads (Express's request adds `originalUrl` and,
 * after a body parser, `body`). Structural, so these types need no `@types/node`.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Node's socket; a TLS one says `encrypted`. */
  socket?: unknown;
  body?: unknown;
  readableEnded?: boolean;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  headersSent: boolean;
  writableEnded: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** A `node:http` request listener, also usable as Express or Connect middleware. */
export type NodeHandler = (request: NodeRequestLike, response: NodeResponseLike) => Promise<void>;

// Where the Host header is missing or odd, the handler still needs some origin to parse the path against.
const FALLBACK_HOST = 'localhost';

// Which Node request each Request came from, for `authorize` and `unblock` to reach the framework's own
// additions (Express's `req.user`, `req.session`); weak, so it goes when the Request does.
const nodeRequests = new WeakMap<Request, NodeRequestLike>();

/**
 * The Node request (Express's `req`) a Request was made from by {@link toNodeHandler}, e.g. to read
 * `req.user` in `authorize`; `undefined` for a Request that did not come through it.
 */
export function nodeRequestOf(request: Request): NodeRequestLike | undefined {
  return nodeRequests.get(request);
}

/**
 * Wraps a fetch handler for `node:http`, Express or Connect: `app.use('/api', toNodeHandler(handler))`.
 * The browser closing the connection aborts the handler's request, and so its calls to Voyado.
 */
export function toNodeHandler(handler: FetchHandler): NodeHandler {
  if (typeof handler !== 'function') throw new TypeError('toNodeHandler needs a handler: (request) => Response.');
  return async function nodeHandler(req, res) {
    const closed = new AbortController();
    res.on('close', () => {
      if (!res.writableEnded) closed.abort();
    });
    let response: Response;
    try {
      const request = await toRequest(req, closed.signal);
      nodeRequests.set(request, req);
      response = await handler(request);
    } catch (error) {
      if (!(error instanceof AdapterRefusal)) {
        response = errorAnswer(500, 'The server failed to answer this request.');
      } else {
        response = errorAnswer(error.status, error.message);
        if (error.unread) void drain(error.unread, req);
      }
    }
    if (closed.signal.aborted || res.headersSent) return;
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}

/** A request refused before it reaches the handler. */
class AdapterRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The rest of a body left unread, which must go before the connection can carry another request. */
    readonly unread?: AsyncIterator<Uint8Array | string>,
  ) {
    super(message);
  }
}

// No route of the handler takes a body anywhere near this; a bigger one is not read into memory.
const MAX_BODY_BYTES = 1024 * 1024;
// After a 413, this much more of the body is read and thrown away within this time, so the kept-alive
// connection can carry the next request; a body bigger or slower than that costs its connection.
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;
const MAX_DRAIN_MS = 5000;

async function toRequest(req: NodeRequestLike, signal: AbortSignal): Promise<Request> {
  // Express strips its mount path from `url`; `originalUrl` keeps it, and the handler reads the path's end.
  const path = req.originalUrl ?? req.url ?? '/';
  refuseReshapedPath(path.split(/[?#]/, 1)[0]);
  const host = String(req.headers.host ?? '');
  const encrypted = (req.socket as { encrypted?: boolean } | null | undefined)?.encrypted === true;
  const origin = `${encrypted ? 'https' : 'http'}://${/^[\w.:[\]-]+$/.test(host) ? host : FALLBACK_HOST}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (`:path`) are not headers a Request can carry.
    if (value === undefined || name.startsWith(':')) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit = { method, headers, signal };
  if (method !== 'GET' && method !== 'HEAD') init.body = await readBody(req);
  return new Request(new URL(path, origin), init);
}

/**
 * Refuses a path that URL parsing would turn into another: it reads `\` as `/`, drops tabs and line
 * breaks, and resolves `.` and `..` segments (`A\..\echo` would become `echo`).
 */
function refuseReshapedPath(path: string): void {
  if (/[\\\t\n\r]/.test(path)) throw new AdapterRefusal(400, 'The path may not contain backslashes or line breaks.');
  // Encoded backslashes too: a server behind this one may decode them into separators.
  if (/(^|\/|%5c)(\.|%2e){1,2}(\/|%5c|$)/i.test(path)) {
    throw new AdapterRefusal(400, 'The path may not contain "." or ".." segments.');
  }
}

/** The request body; when a body parser (e.g. `express.json()`) already read the stream, what it parsed. */
async function readBody(req: NodeRequestLike): Promise<Uint8Array<ArrayBuffer> | string> {
  if (req.readableEnded && req.body !== undefined) {
    if (typeof req.body === 'string') return req.body;
    if (req.body instanceof Uint8Array) return new Uint8Array(req.body);
    return JSON.stringify(req.body);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Read by hand, not `for await`: leaving that loop early would destroy the stream, and with it the
  // connection under the 413 still to be sent.
  const body = req[Symbol.asyncIterator]();
  for (;;) {
    const { done, value } = await body.next();
    if (done) break;
    const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    size += bytes.byteLength;
    if (size > MAX_BODY_BYTES) throw new AdapterRefusal(413, 'The request body is too large.', body);
    chunks.push(bytes);
  }
  return joinChunks(chunks, size);
}

/**
 * Reads what is left of a refused body and drops it, so the connection is free for its next request;
 * past {@link MAX_DRAIN_BYTES} or {@link MAX_DRAIN_MS} the connection is closed instead.
 */
async function drain(unread: AsyncIterator<Uint8Array | string>, req: NodeRequestLike): Promise<void> {
  const started = Date.now();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await unread.next();
      if (done) return;
      size += value.length;
      if (size > MAX_DRAIN_BYTES || Date.now() - started > MAX_DRAIN_MS) break;
    }
  } catch {
    // The client went away; there is nothing left to free.
    return;
  }
  (req.socket as { destroy?: () => void } | null | undefined)?.destroy?.();
}
