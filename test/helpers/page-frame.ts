import { expect, oneEvent } from '@open-wc/testing';

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

/** Like {@link openPage}, for a page written out in the test; its URLs resolve against the test page's. */
export async function openMarkup(markup: string): Promise<FrameWindow> {
  return open((iframe) => (iframe.srcdoc = markup));
}

async function open(load: (iframe: HTMLIFrameElement) => void): Promise<FrameWindow> {
  closePage();
  frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = oneEvent(frame, 'load');
  load(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
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
