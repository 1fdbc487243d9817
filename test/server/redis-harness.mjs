// The handler's multi-instance tests: a real redis-server (scripts/redis-server.mjs; `npm run test:node`
// installs it first where it may), the Redis store from source, and handler instances sharing one Redis.
import { fileURLToPath } from 'node:url';
import { importServerModule } from '../../scripts/server-module.mjs';
import { serveHandler } from './harness.mjs';

export { startRedis } from '../../scripts/redis-server.mjs';

/** `message-status-list/server/redis`, from source; it loads the `redis` package itself. */
export const { redisStore } = await importServerModule(
  fileURLToPath(new URL('../../src/server/redis.ts', import.meta.url)),
  { external: ['redis'] },
);

/**
 * `count` instances of the handler made from `options`, each served over HTTP with a store of its own on
 * the Redis at `url`, as separate processes would have them. The last gets a client made here and handed
 * over (`redisStore({ client })`); the others make their own from the URL.
 */
export async function startInstances(voyado, url, options = {}, count = 3) {
  const { createClient } = await import('redis');
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  const stores = Array.from({ length: count }, (_, i) => redisStore(i === count - 1 ? { client } : { url }));
  const servers = await Promise.all(stores.map((store) => serveHandler(voyado, { store, ...options })));
  return {
    origins: servers.map((server) => server.origin),
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      await Promise.all(stores.map((store) => store.close()));
      client.destroy();
    },
  };
}
