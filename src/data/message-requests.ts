import type { Channel } from './types.js';
import { expandUrlTemplate, templateUses } from './url-template.js';

/** One request for a page of messages. */
export interface PageRequest {
  url: string;
  /** The channel the URL is for; none when one request answers for every channel. */
  channel?: Channel;
}

/**
 * The requests for a contact's first page: one per channel when the endpoint has `{channel}`, else one for all.
 * Built before anything is sent, so a bad endpoint fails as a whole (a `TypeError`) rather than per channel.
 */
export function messageRequests(
  endpoint: string,
  contactId: string,
  channels: readonly Channel[],
  pageSize: number,
): PageRequest[] {
  return templateUses(endpoint, 'channel')
    ? channels.map((channel) => ({ url: buildMessagesUrl(endpoint, contactId, channel, pageSize), channel }))
    : [{ url: buildMessagesUrl(endpoint, contactId, undefined, pageSize) }];
}

/**
 * The URL of one request: the expanded template, resolved against the page, with `count` set.
 * Other query parameters are kept byte for byte (a signed URL must stay valid).
 */
export function buildMessagesUrl(
  endpoint: string,
  contactId: string,
  channel: Channel | undefined,
  pageSize: number,
): string {
  const expanded = expandUrlTemplate(endpoint, { contactId, channel });
  let url: URL;
  try {
    // Against the document's base URL, as fetch() itself resolves: a <base href> or a srcdoc frame make it
    // differ from the page's location.
    url = new URL(expanded, globalThis.document?.baseURI ?? globalThis.location?.href);
  } catch {
    // The endpoint may carry a key in its query, so it is not quoted.
    throw new TypeError('The endpoint could not be read as a URL; a relative one needs a page to resolve against.');
  }
  if (Number.isFinite(pageSize) && pageSize >= 1) {
    const params = url.search
      .slice(1)
      .split('&')
      .filter((param) => param !== '' && paramName(param) !== 'count');
    params.push(`count=${Math.floor(pageSize)}`);
    url.search = `?${params.join('&')}`;
  }
  return url.href;
}

function paramName(param: string): string {
  const name = param.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
