// What the server handler's Node tests share: the handler compiled from source, the project's mock Voyado
// API on a real HTTP server, and the handler itself on another, each on a free port of 127.0.0.1.
import { startDevServer } from '@web/dev-server';
import { createServer, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { DEMO_API_KEY, mockApi } from '../../demo/mock-api.mjs';
import { importServerModule } from '../../scripts/server-module.mjs';

export const API_KEY = DEMO_API_KEY;
export const server = await importServerModule();

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The mock Voyado API (`demo/mock-api.mjs`) in the dev server the demo uses.
 * `mockOptions` go to `mockApi()`.
 */
export async function startVoyado(mockOptions = {}) {
  const devServer = await startDevServer({
    config: { rootDir: ROOT, hostname: '127.0.0.1', port: 0, watch: false, middleware: [mockApi(mockOptions)] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const baseUrl = `http://127.0.0.1:${devServer.server.address().port}`;
  return {
    baseUrl,
    /** The requests the mock received for a contact id. */
    async requests(contactId) {
      const response = await fetch(`${baseUrl}/api/_log/${encodeURIComponent(contactId)}`);
      return (await response.json()).requests;
    },
    stop: () => devServer.stop(),
  };
}

/** A plain `node:http` server running `listener`; resolves to its origin and a `stop()`. */
export async function startHttp(listener) {
  const httpServer = createServer(listener);
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${httpServer.address().port}`,
    stop: () =>
      new Promise((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(resolve);
      }),
  };
}

/** The handler made from `options` (with the mock's base URL and key unless given), served over HTTP. */
export async function serveHandler(voyado, options = {}) {
  const handler = server.createVoyadoHandler({
    baseUrl: voyado.baseUrl,
    apiKey: API_KEY,
    authorize: () => true,
    ...options,
  });
  return startHttp(server.toNodeHandler(handler));
}

/** A fresh contact id for a scenario, so the mock's per-id log and state start empty. */
let serial = 0;
export function freshId(scenario, ...faults) {
  serial += 1;
  return [scenario, `t${process.pid}-${serial}`, ...faults].join('~');
}

/** Sends a request to the handler's server; `path` is raw, not normalised, as a client may send it. */
export async function send(origin, path, init = {}) {
  const response = await fetch(`${origin}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
}

/** A GET with exactly this path on the wire (fetch would resolve `..` before sending). */
export function sendRawPath(origin, path) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}/`, { path, method: 'GET' }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, text, json: text ? JSON.parse(text) : undefined }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}
