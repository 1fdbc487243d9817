// A port nobody listens on right now, for the servers `npm run bench` and `npm run screenshots` start:
// a fixed one would clash with `npm start` or a second run.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
