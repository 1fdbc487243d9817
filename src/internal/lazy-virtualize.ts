import type { virtualize } from '@lit-labs/virtualizer/virtualize.js';

export type Virtualize = typeof virtualize;

/** Lists longer than this render only the rows in view; shorter ones render every row (Find in page sees them all). */
export const VIRTUALIZE_ABOVE = 200;

let loading: Promise<Virtualize> | undefined;

/**
 * The virtualizer, loaded on first need: most contacts have a short history, so neither an app importing
 * the ESM entry nor a page with the script-tag bundle (whose companion file it is) fetches it until a list
 * grows past {@link VIRTUALIZE_ABOVE}.
 */
export function loadVirtualize(): Promise<Virtualize> {
  loading ??= import('./virtualize-flow.js').then((module) => module.virtualizeFlow);
  return loading;
}
