/**
 * The server half of message-status-list: a standard `fetch` handler that holds the Voyado API key on
 * the server and answers the widget. No dependencies, no DOM, no Lit; Node 20 or newer.
 * @module
 */
export { createVoyadoHandler, UnblockRefusal, type FetchHandler } from './voyado-handler.js';
export type { UnblockRequest, VoyadoHandlerOptions } from './options.js';
export type { SharedStore } from './store.js';
export { memoryStore, type MemoryStoreOptions } from './memory-store.js';
export {
  nodeRequestOf,
  toNodeHandler,
  type NodeHandler,
  type NodeRequestLike,
  type NodeResponseLike,
} from './node-adapter.js';
export type { Contact, ContactAddress, Message } from '../data/types.js';
