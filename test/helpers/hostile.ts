import type { MessageStatusList } from '../../src/message-status-list.js';
import { deepElements } from './shadow.js';

// What the hostile-data and property tests look for after showing data written to attack the page.

/** The statement hostile test data tries to run; it sets a flag that `hostileRan()` reads. */
export const FLAG = 'window.hostileRan=true';

type Flagged = Window & typeof globalThis & { hostileRan?: boolean };

/** Whether a script from the data ran; clear it with `forgetHostileRun()` after each test. */
export function hostileRan(): boolean | undefined {
  return (window as Flagged).hostileRan;
}

export function forgetHostileRun(): void {
  delete (window as Flagged).hostileRan;
}

/** Tags the widget itself never renders: finding one means markup from the data became elements. */
const FOREIGN_TAGS = ['img', 'script', 'b', 'i', 'iframe', 'object', 'embed', 'style', 'form', 'input', 'math'];

/** The widget's own search field: the one `<input>` it renders, and it carries its part name. */
const isOwnSearch = (element: Element) => element.localName === 'input' && element.getAttribute('part') === 'search';

/** Elements in the list (its chips' shadow roots too) that only markup from the data could have made. */
export function foreignElements(list: MessageStatusList): string[] {
  return deepElements(list.shadowRoot!)
    .filter((element) => !isOwnSearch(element))
    .map((element) => element.localName)
    .filter((tag) => FOREIGN_TAGS.includes(tag));
}

/** Every link or source address in the list, however it is written. */
export function liveLinks(list: MessageStatusList): string[] {
  return deepElements(list.shadowRoot!).flatMap((element) => {
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? element.getAttribute('src');
    return href === null ? [] : [href];
  });
}
