/**
 * A {@link SharedStore} on Redis, for the server handler on several instances:
 * `createVoyadoHandler({ …, store: redisStore({ url: process.env.REDIS_URL }) })`. Built on the official
 * `redis` package (node-redis), an optional peer dependency: install it to use this entry.
 * @module
 */
import type { SharedStore } from './store.js';

/** The part of a node-redis client the store uses (node-redis 4 to 6 all have it). */
export interface RedisClientLike {
  sendCommand(args: string[]): Promise<unknown>;
  /** node-redis says whether its connection is up; a command sent while it is not would wait in a queue. */
  readonly isReady?: boolean;
}

/** Where the store finds Redis: a URL, or a client of your own. */
export type RedisStoreOptions =
  | {
      /**
       * `redis://…` or `rediss://…`: the store makes its own client, connects it, and reconnects it
       * after a failure. Needs the `redis` package.
       */
      url: string;
      client?: never;
    }
  | {
      /**
       * A client of your own, connected (`await createClient({ …, disableOfflineQueue: true }).connect()`)
       * and left open by {@link RedisStore.close}. Its offline queue should be off, so a command sent while
       * Redis is away fails at once rather than running later.
       */
      client: RedisClientLike;
      url?: never;
    };

/** A {@link SharedStore} on Redis. */
export interface RedisStore extends SharedStore {
  /** Closes the client the store made from `url`; a client passed in is left to its owner. */
  close(): Promise<void>;
}

// node-redis waits this long for a connection before counting it as failed, then tries again after a
// growing pause of at most RECONNECT_MAX_MS.
const CONNECT_TIMEOUT_MS = 2000;
const RECONNECT_MAX_MS = 2000;

/**
 * A store on Redis: atomic claims are `SET … NX PX`, and every key is written with a time to live.
 * While Redis cannot be reached every call fails at once (nothing is queued for later), so the handler
 * goes on without it: reads from Voyado, keyed unblocks refused.
 */
export function redisStore(options: RedisStoreOptions): RedisStore {
  const { url, client } = (options ?? {}) as { url?: unknown; client?: RedisClientLike };
  if ((url === undefined) === (client === undefined)) {
    throw new TypeError('redisStore needs either url (redis://…) or client (a connected node-redis client), not both.');
  }
  if (url !== undefined && (typeof url !== 'string' || !/^rediss?:\/\//.test(url))) {
    throw new TypeError('redisStore: url must be a redis:// or rediss:// URL.');
  }
  if (client !== undefined && typeof client?.sendCommand !== 'function') {
    throw new TypeError('redisStore: client must be a node-redis client (it has no sendCommand).');
  }
  const connection = client ? givenClient(client) : ownClient(url as string);

  async function command(args: string[]): Promise<unknown> {
    return (await connection.ready()).sendCommand(args);
  }
  // Redis counts time to live in whole milliseconds, and at least one.
  const px = (ttlMs: number) => String(Math.max(1, Math.ceil(ttlMs)));

  return {
    async claim(key, value, ttlMs) {
      return (await command(['SET', key, value, 'PX', px(ttlMs), 'NX'])) !== null;
    },
    async get(key) {
      const value = await command(['GET', key]);
      return value === null || value === undefined ? undefined : String(value);
    },
    async set(key, value, ttlMs) {
      await command(['SET', key, value, 'PX', px(ttlMs)]);
    },
    async delete(key) {
      await command(['DEL', key]);
    },
    close: () => connection.close(),
  };
}

interface Connection {
  /** The client, once its connection is up; rejects at once while it is not. */
  ready(): Promise<RedisClientLike>;
  close(): Promise<void>;
}

function givenClient(client: RedisClientLike): Connection {
  return {
    async ready() {
      if (client.isReady === false) throw new Error('the Redis client is not connected.');
      return client;
    },
    async close() {},
  };
}

function ownClient(url: string): Connection {
  let lastError: string | undefined;
  // Loaded when first used, so this entry can be imported (and its types read) without the package.
  const connected = import('redis').then(
    async ({ createClient }) => {
      const own = createClient({
        url,
        disableOfflineQueue: true,
        socket: {
          connectTimeout: CONNECT_TIMEOUT_MS,
          reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, RECONNECT_MAX_MS),
        },
      });
      // Without a listener an 'error' event would end the process; the next command reports it instead.
      own.on('error', (error: unknown) => {
        lastError = error instanceof Error ? error.message : String(error);
      });
      // The first attempt's outcome: requests that come before it wait for it rather than fail.
      const firstAttempt = new Promise<void>((resolve) => {
        own.once('ready', resolve);
        own.once('error', resolve);
      });
      // Resolves once Redis answers, however many tries that takes; the client is usable before then.
      void own.connect().catch(() => undefined);
      return { own, firstAttempt };
    },
    () => {
      throw new Error('redisStore({ url }) needs the redis package: npm install redis');
    },
  );
  connected.catch(() => undefined);

  return {
    async ready() {
      const { own, firstAttempt } = await connected;
      // Until the first attempt is over, wait for it (the handler bounds the wait); after, fail at once.
      if (!own.isReady) await firstAttempt;
      if (own.isReady) return own as RedisClientLike;
      throw new Error(`Redis is not connected (${lastError ?? 'connecting'}).`);
    },
    async close() {
      const own = (await connected.catch(() => undefined))?.own;
      if (own?.isReady) await own.close();
      else own?.destroy();
    },
  };
}
