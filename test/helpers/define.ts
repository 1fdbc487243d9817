// What a page gets from `message-status-list/define`, once all of it is here: the list at once, then, when the rest
// of the widget has arrived (fetched at once, beside the first data), the provider and the chip. The tests of what
// the widget does start from there (a root hook of every file importing this), with each language's words in place
// as after a page's first list in that language; test/pay-as-you-go.test.ts covers the moments before both arrive.
import '../../src/define.js';
import { BUILT_IN_LANGUAGES, loadPackFor } from '../../src/languages/packs.js';

before(() =>
  Promise.all([
    ...['message-status-provider', 'message-status-chip'].map((name) => customElements.whenDefined(name)),
    ...BUILT_IN_LANGUAGES.map((lang) => loadPackFor(lang)),
  ]),
);
