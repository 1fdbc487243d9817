// Types for what the demo page takes from the mock's data (demo/mock-data.mjs is plain JS: the dev server runs it).
import type { Contact } from '../src/data/types.js';

/** A contact with `total` generated messages, newest first, in the project's shape. */
export function manyMessages(now: number, total: number): { name: string; contact: Contact; messages: unknown[] };
