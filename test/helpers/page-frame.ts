import { expect, oneEvent, waitUntil } from '@open-wc/testing';

/** One entry of the violation log that demo/csp-violations.js keeps on the CSP demo pages. */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** A demo page's window, with what its own scripts record. */
export type FrameWindow = Window & typeof globalThis & { cspViolations?: CspViolation[]; inlineScriptRan?: boolean };

let frame: HTMLIFrameElement | undefined;

/**
 * Opens a page of the dev server in an iframe, as a separate document with its own custom element
 * registry and its own Content-Security-Policy, and resolves once it has loaded. One at a time:
 * `closePage()` in an `afterEach` removes it.
 */
export async function openPage(path: string): Promise<FrameWindow> {
  return open((iframe) => (iframe.src = path));
}

/**
 * Like {@link openPage}, for a page written out in the test; its URLs resolve against the test page's. With
 * `untilLoaded: false` it resolves as soon as the page is parsed, not at its load event (which Firefox holds until
 * every module the page has started fetching is in, a late one included).
 */
export async function openMarkup(markup: string, { untilLoaded = true } = {}): Promise<FrameWindow> {
  return open((iframe) => (iframe.srcdoc = markup), untilLoaded);
}

async function open(load: (iframe: HTMLIFrameElement) => void, untilLoaded = true): Promise<FrameWindow> {
  closePage();
  const iframe = (frame = document.createElement('iframe'));
  iframe.style.width = '900px';
  iframe.style.height = '700px';
  const loaded = oneEvent(iframe, 'load');
  load(iframe);
  document.body.append(iframe);
  if (untilLoaded) await loaded;
  else
    await waitUntil(
      () => iframe.contentDocument?.readyState !== 'loading' && iframe.contentDocument?.URL === 'about:srcdoc',
    );
  return iframe.contentWindow as FrameWindow;
}

export function closePage(): void {
  frame?.remove();
  frame = undefined;
}

/** Violations as one readable line, for an assertion's message. */
function describeViolations(violations: readonly CspViolation[] = []): string {
  return violations.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} ${v.source} ${v.sample}`).join('; ');
}

/** Asserts the page recorded no CSP violation, once any report still on its way has arrived. */
export async function expectNoViolations(win: FrameWindow): Promise<void> {
  // Violations are reported in a task after the fact; give any pending report its turn.
  await new Promise((resolve) => win.setTimeout(resolve, 50));
  expect(win.cspViolations, describeViolations(win.cspViolations)).to.deep.equal([]);
}
