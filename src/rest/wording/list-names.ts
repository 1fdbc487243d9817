import type { Text } from '../../languages/pack.js';
import { quotedAddress } from './quoted-address.js';

/** What a list is called: its region (a landmark) and its summary's toolbar. */
export interface ListNames {
  region: string;
  toolbar: string;
}

/** The lists on the page, each with the name it took and its number among the lists of that name. */
const taken = new Map<object, { name: string; number: number }>();

/**
 * A list's names: the host's `label`, else its contact's address ("Messages for ada@…"), else "Sent messages". Two
 * lists on one page that would share a name (the same contact twice, the same label) are numbered in the order they
 * took it, "Messages for ada@… (2)", so a screen reader's landmark list, its toolbars and the announcements tell
 * them apart; a list keeps its number while its name stays.
 */
export function listNames(list: object, text: Text, label: string, address: string | undefined): ListNames {
  const contact = address && quotedAddress(address);
  const region = label || (contact ? text('regionLabel', { contact }) : text('listLabel'));
  const toolbar = label
    ? text('summaryLabelIn', { list: label })
    : contact
      ? text('summaryLabelFor', { contact })
      : text('summaryLabel');
  const number = numberFor(list, region);
  const numbered = (name: string) => (number > 1 ? text('numberedName', { name, number }) : name);
  return { region: numbered(region), toolbar: numbered(toolbar) };
}

/** A list left the page: its number is free for the next list of its name. */
export function forgetListName(list: object): void {
  taken.delete(list);
}

/** The list's number among those named `name`: the one it holds, else the lowest no other list holds. */
function numberFor(list: object, name: string): number {
  const held = taken.get(list);
  if (held?.name === name) return held.number;
  const used = new Set<number>();
  for (const [other, entry] of taken) if (other !== list && entry.name === name) used.add(entry.number);
  let number = 1;
  while (used.has(number)) number++;
  taken.set(list, { name, number });
  return number;
}
