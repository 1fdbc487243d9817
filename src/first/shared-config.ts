import type { MessageClient } from '../data/message-client.js';
import type { Fetcher } from '../data/types.js';
import type { StringOverrides } from '../languages/pack.js';

/** What a `<message-status-provider>` hands to every list and chip inside it. */
export interface SharedConfig {
  endpoint: string;
  unblockEndpoint: string;
  timeZone: string;
  requestInit?: RequestInit;
  fetcher?: Fetcher;
  strings: StringOverrides;
  /** When repeated soft bounces block an email address, for the lists inside that set none of their own. */
  softBounceLimit?: number;
  softBounceDays?: number;
  /**
   * The language in force at the provider (its `lang`, else the nearest above it). The consumers read
   * their language from the tree, where a closer `lang` wins; a change here makes them render again.
   */
  lang?: string;
  /** One client for all the lists inside, so the same request is sent once. */
  client: MessageClient;
}
