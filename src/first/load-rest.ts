import type { RestModule } from './list-features.js';

let loading: Promise<RestModule> | undefined;
let loaded: RestModule | undefined;

/**
 * The rest of the widget (src/rest.ts), fetched once: a file of its own, asked for as soon as the first file has
 * run and the lists in the page have sent their first requests, so it arrives beside their data, not after it.
 */
export function loadRest(): Promise<RestModule> {
  loading ??= import('../rest.js').then((module) => (loaded = module));
  return loading;
}

/** The rest, once it has arrived. */
export function restLoaded(): RestModule | undefined {
  return loaded;
}
