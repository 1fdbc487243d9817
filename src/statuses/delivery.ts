import { normalizeStatus } from './normalize.js';

/** Whether a status shows the address or number works: the message reached the recipient (delivered, or opened). */
export function isDelivery(status: unknown): boolean {
  const key = normalizeStatus(status);
  return key === 'delivered' || key === 'opened';
}
