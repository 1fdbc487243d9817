#!/usr/bin/env node
// Load on the server handler, beside a bare node:http proxy doing the same upstream fetches, in one run:
// autocannon on 127.0.0.1 against each target in turn, with the memory store and a real Redis, the shared
// answer cache off and on. Req/s, p99 latency and the target's peak RSS per configuration.
//
//   npm run bench:server [-- --duration 3 --connections 50 --contacts 100 --upstream-ms 0]
//
// Every process has its own role: the stand-in Voyado (a bare node:http server answering fixed histories,
// after --upstream-ms), the target under load (one per configuration, started fresh), and this one driving
// autocannon. Each configuration is warmed for a second, then measured for --duration seconds; the machine
// is shared, so keep it short. Redis configurations need redis-server (scripts/find-redis.mjs); without it
// they are left out, and the table says so.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findRedisServer } from './find-redis.mjs';
import { startRedis } from './redis-server.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const API_KEY = 'bench-key';
const MESSAGES_PER_CHANNEL = 50;
const WARM_SECONDS = 1;

const { values: flags } = parseArgs({
  options: {
    role: { type: 'string', default: 'driver' },
    target: { type: 'string', default: '{}' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    contacts: { type: 'string', default: '100' },
    'upstream-ms': { type: 'string', default: '0' },
  },
});

if (flags.role === 'upstream') await runUpstream(Number(flags['upstream-ms']));
else if (flags.role === 'target') await runTarget(JSON.parse(flags.target));
else await drive();

// ---------------------------------------------------------------------------
// The stand-in Voyado: fixed Voyado-shaped histories and a contact, for any contact id.

async function runUpstream(thinkMs) {
  const sent = Date.parse('2026-01-01T00:00:00Z');
  const page = (type) =>
    JSON.stringify({
      count: MESSAGES_PER_CHANNEL,
      items: Array.from({ length: MESSAGES_PER_CHANNEL }, (_, i) => ({
        messageId: `${type}-${i}`,
        name: `Send-out ${i}`,
        sendDateTime: new Date(sent - i * 3_600_000).toISOString(),
        type,
        source: 'Send-out',
        isTransactional: false,
        status: i % 7 ? 'Delivered' : 'SoftBounce',
        messageLink: null,
        messageText: `Message ${i}`,
      })),
    });
  const bodies = {
    emailmessages: page('EmailMessage'),
    smsmessages: page('SmsMessage'),
    contact: JSON.stringify({
      email: 'bench@example.com',
      mobilePhone: '+46 70 000 00 00',
      preferences: { acceptsEmail: true, acceptsSms: true },
    }),
  };
  const server = createServer((request, response) => {
    const path = request.url.split('?')[0];
    const kind = /\/(emailmessages|smsmessages)$/.exec(path)?.[1] ?? 'contact';
    const answer = () => {
      response.writeHead(request.headers.apikey === API_KEY ? 200 : 401, { 'Content-Type': 'application/json' });
      response.end(bodies[kind]);
    };
    if (thinkMs > 0) setTimeout(answer, thinkMs);
    else answer();
  });
  await listen(server);
}

// ---------------------------------------------------------------------------
// A target under load: the handler (memory or Redis store, cache off or on) or the bare proxy.

async function runTarget({ kind, upstream, redisUrl, sharedCacheSeconds }) {
  if (kind === 'bare') return listen(createServer(bareProxy(upstream)));
  const { importServerModule } = await import('./server-module.mjs');
  const { createVoyadoHandler, toNodeHandler } = await importServerModule();
  let store;
  if (redisUrl) {
    const entry = fileURLToPath(new URL('../src/server/redis.ts', import.meta.url));
    const { redisStore } = await importServerModule(entry, { external: ['redis'] });
    store = redisStore({ url: redisUrl });
  }
  const handler = createVoyadoHandler({
    baseUrl: upstream,
    apiKey: API_KEY,
    authorize: () => true,
    sharedCacheSeconds,
    ...(store && { store }),
  });
  await listen(createServer(toNodeHandler(handler)));
}

/**
 * What a hand-written proxy would do for the same route: both histories and the contact fetched with the
 * key, merged and sorted, sent as JSON. No checks, no ETag, no store: the floor the handler is held to.
 */
function bareProxy(upstream) {
  const get = (path) => fetch(`${upstream}${path}`, { headers: { apikey: API_KEY } }).then((r) => r.json());
  return async (request, response) => {
    const id = /\/contacts\/([^/]+)\/messages/.exec(request.url)?.[1] ?? 'x';
    try {
      const [email, sms, contact] = await Promise.all([
        get(`/api/v3/contacts/${id}/emailmessages?count=100`),
        get(`/api/v3/contacts/${id}/smsmessages?count=100`),
        get(`/api/v3/contacts/${id}`),
      ]);
      const messages = [...email.items, ...sms.items].sort((a, b) => b.sendDateTime.localeCompare(a.sendDateTime));
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ contact, messages }));
    } catch {
      response.writeHead(502).end();
    }
  };
}

/** Listens on a free port of 127.0.0.1, tells the parent which, and answers its questions about memory. */
async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (message) => {
    // maxRSS is in kilobytes: the most this process held at any point of the run.
    if (message === 'memory') process.send({ peakRss: process.resourceUsage().maxRSS * 1024 });
  });
  process.send({ port: server.address().port });
}

// ---------------------------------------------------------------------------
// The driver.

async function drive() {
  const duration = Number(flags.duration);
  const connections = Number(flags.connections);
  const contacts = Number(flags.contacts);
  const upstream = await start('upstream', {}, ['--upstream-ms', flags['upstream-ms']]);
  const redis = await startRedisServer();
  const configurations = [
    { name: 'bare node:http proxy', kind: 'bare' },
    { name: 'handler, memory store, no cache', kind: 'handler', sharedCacheSeconds: 0 },
    { name: 'handler, memory store, cache 60 s', kind: 'handler', sharedCacheSeconds: 60 },
    { name: 'handler, Redis store, no cache', kind: 'handler', sharedCacheSeconds: 0, redis: true },
    { name: 'handler, Redis store, cache 60 s', kind: 'handler', sharedCacheSeconds: 60, redis: true },
  ];
  console.log(
    `${connections} connections, ${duration} s each after ${WARM_SECONDS} s warm-up, ${contacts} contacts, ` +
      `upstream think time ${flags['upstream-ms']} ms, ${MESSAGES_PER_CHANNEL} messages per channel.\n`,
  );
  const rows = [];
  try {
    for (const configuration of configurations) {
      if (configuration.redis && !redis) {
        rows.push([configuration.name, 'no redis-server', '', '', '']);
        continue;
      }
      const target = await start('target', {
        kind: configuration.kind,
        upstream: `http://127.0.0.1:${upstream.port}`,
        redisUrl: configuration.redis ? redis.url : undefined,
        sharedCacheSeconds: configuration.sharedCacheSeconds,
      });
      try {
        const url = `http://127.0.0.1:${target.port}`;
        await load(url, { connections, duration: WARM_SECONDS, contacts });
        const result = await load(url, { connections, duration, contacts });
        const { peakRss } = await target.ask('memory');
        const failures = result.non2xx + result.errors + result.timeouts;
        rows.push([
          configuration.name,
          Math.round(result.requests.average).toLocaleString('en'),
          `${result.latency.p99} ms`,
          `${Math.round(peakRss / 1024 / 1024)} MB`,
          String(failures),
        ]);
        console.log(`${configuration.name}: done`);
      } finally {
        target.stop();
      }
    }
  } finally {
    upstream.stop();
    await redis?.stop();
  }
  console.log();
  printTable(['configuration', 'req/s', 'p99', 'peak RSS', 'failed'], rows);
}

/** Load on `url`'s messages route, spread over `contacts` contact ids. */
function load(url, { connections, duration, contacts }) {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          next = (next + 1) % contacts;
          return { ...request, path: `/api/contacts/c${next}/messages` };
        },
      },
    ],
  });
}

/** A child process in `role`, once it listens: its port, a way to ask it something, and a way to stop it. */
async function start(role, target, extra = []) {
  const child = fork(SCRIPT, ['--role', role, '--target', JSON.stringify(target), ...extra], { stdio: 'inherit' });
  const { port } = await nextMessage(child);
  return {
    port,
    ask: (question) => {
      child.send(question);
      return nextMessage(child);
    },
    stop: () => child.kill(),
  };
}

function nextMessage(child) {
  return new Promise((resolve, reject) => {
    const onExit = (code) => reject(new Error(`a bench process ended early (code ${code})`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

/** A redis-server of the bench's own, when there is one to start. */
async function startRedisServer() {
  if (!findRedisServer()) return undefined;
  return startRedis();
}

function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}
