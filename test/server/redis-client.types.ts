// Type-checked only (npm run typecheck): a node-redis client, as `createClient` makes it, is a client
// `redisStore` takes without casts, and the store it gives is a handler's `store`.
import { createClient } from 'redis';
import { createVoyadoHandler } from '../../src/server/index.js';
import { redisStore } from '../../src/server/redis.js';

const client = createClient({ url: 'redis://127.0.0.1:6379', disableOfflineQueue: true });
createVoyadoHandler({
  baseUrl: 'https://example.voyado.com',
  apiKey: 'key',
  authorize: () => true,
  sharedCacheSeconds: 30,
  store: redisStore({ client }),
});
redisStore({ url: 'redis://127.0.0.1:6379' });

// @ts-expect-error a store needs a URL or a client to reach Redis.
redisStore({});
