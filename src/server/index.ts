/**
 * The server half of message-status-list: a standard `fetch` handler that holds the Voyado API key on
 * the server and answers the widget. No dependencies, no DOM, no Lit; Node 20+, Deno, Bun and edge runtimes.
 * @module
 */
export {
  createVoyadoHandler,
  UnblockRefusal,
  type FetchHandler,
  type UnblockRequest,
  type VoyadoHandlerOptions,
} from './voyado-handler.js';
export {
  nodeRequestOf,
  toNodeHandler,
  type NodeHandler,
  type NodeRequestLike,
  type NodeResponseLike,
} from './node-adapter.js';
export type { Contact, ContactAddress, Message } from '../data/types.js';
