import { upTo } from '../../first/row.js';

/** No real address is longer: an email address's path is at most 254 characters (RFC 5321), a phone number far less. */
export const LONGEST_ADDRESS = 254;

/** How much of a longer one a sentence or a name quotes. */
const QUOTED_LENGTH = 80;

/**
 * An address as a sentence or a name quotes it ("Unblock {address}?", "Messages for {address}"): whole, unless it is
 * longer than any real address, then its start and "…", so a hostile one cannot stretch a dialog or a landmark's
 * name to pages. The header shows it whole on request, and the unblock request carries it whole.
 */
export function quotedAddress(address: string): string {
  return address.length > LONGEST_ADDRESS ? upTo(address, QUOTED_LENGTH, '…') : address;
}
