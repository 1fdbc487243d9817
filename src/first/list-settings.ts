import type { MessageClient } from '../data/message-client.js';
import { CHANNELS, type Channel } from '../data/types.js';
import type { mergeStrings } from '../languages/merge-strings.js';
import type { SharedConfig } from './shared-config.js';

/**
 * The settings a list works with: its own where it has them, else its provider's (whose client it shares). The
 * soft-bounce numbers are the rest's to weigh (`softBounceRuleOf`): only its explanations and warnings read them.
 */
export type ListSettings = Omit<SharedConfig, 'lang' | 'client' | SoftBounceNumbers> & { client?: MessageClient };

type SoftBounceNumbers = 'softBounceLimit' | 'softBounceDays';

/** A list's own settings, as its properties hold them (empty strings where unset). */
export type OwnSettings = Omit<ListSettings, 'client'> & Pick<SharedConfig, SoftBounceNumbers>;

/**
 * The list's own settings win; a provider fills the gaps, and its wording sits under the list's. A provider comes with
 * the rest of the widget, which brings the `merge` of wordings too.
 */
export function resolveSettings(
  own: OwnSettings,
  shared: SharedConfig | undefined,
  merge: typeof mergeStrings | undefined,
): ListSettings {
  return {
    endpoint: own.endpoint || shared?.endpoint || '',
    unblockEndpoint: own.unblockEndpoint || shared?.unblockEndpoint || '',
    timeZone: own.timeZone || shared?.timeZone || '',
    requestInit: own.requestInit ?? shared?.requestInit,
    fetcher: own.fetcher ?? shared?.fetcher,
    strings: shared && merge ? merge(shared.strings, own.strings) : own.strings,
    client: shared?.client,
  };
}

/** A `channels` attribute as a list, unknown names left out, never empty. */
export function parseChannels(channels: string): Channel[] {
  const wanted = channels.toLowerCase().split(/[\s,]+/);
  const list = CHANNELS.filter((channel) => wanted.includes(channel));
  return list.length ? list : [...CHANNELS];
}

/** The list's number settings, which a framework may hand over as text. */
const NUMBER_SETTINGS = ['pageSize', 'timeout', 'refreshInterval', 'softBounceLimit', 'softBounceDays'] as const;

/**
 * Reads number settings given as text as the numbers they are: Vue, Svelte, Preact and React 19 set `timeout="5000"`
 * (valid HTML) as a property holding the text "5000", which Lit converts only when it comes as an attribute.
 */
export function numbersFromText(list: Partial<Record<(typeof NUMBER_SETTINGS)[number], unknown>>): void {
  for (const key of NUMBER_SETTINGS) {
    const value = list[key];
    // As Lit reads the same text from the attribute.
    if (typeof value === 'string') list[key] = Number(value);
  }
}
