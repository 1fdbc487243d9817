import type { MessageClient } from '../data/message-client.js';
import type { SharedConfig } from './config-context.js';
import { mergeStrings } from './ui-strings.js';

/** The settings a list works with: its own where it has them, else its provider's (whose client it shares). */
export type ListSettings = Omit<SharedConfig, 'lang' | 'client'> & { client?: MessageClient };

/** A list's own settings, as its properties hold them (empty strings where unset). */
export type OwnSettings = Omit<ListSettings, 'client'>;

/** The list's own settings win; a provider fills the gaps, and its wording sits under the list's. */
export function resolveSettings(own: OwnSettings, shared: SharedConfig | undefined): ListSettings {
  return {
    endpoint: own.endpoint || shared?.endpoint || '',
    unblockEndpoint: own.unblockEndpoint || shared?.unblockEndpoint || '',
    timeZone: own.timeZone || shared?.timeZone || '',
    requestInit: own.requestInit ?? shared?.requestInit,
    fetcher: own.fetcher ?? shared?.fetcher,
    strings: shared ? mergeStrings(shared.strings, own.strings) : own.strings,
    client: shared?.client,
  };
}
