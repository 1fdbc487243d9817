// The bench page's stage, shared by its sections (bench.ts, huge.ts): one list shown at a time. The widget is reached
// through its public surface only: the element, its `messages` property and the parts of its shadow DOM, so the
// bench measures any version of it, however its source is laid out.

export const ROW = '[part~="row"]';
export const LIST = '[part~="list"]';

/** The widget as a page sees it. */
export interface WidgetElement extends HTMLElement {
  messages: readonly object[] | undefined;
}

export const stage = document.getElementById('stage')!;
const teardowns = new Set<() => void>();

/** `teardown` runs at the next `clear()` (a React root to unmount). */
export function onClear(teardown: () => void): void {
  teardowns.add(teardown);
}

/** Resolves after the next frame has been produced: rAF runs before paint, the task after it. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function clear(): Promise<void> {
  for (const teardown of teardowns) teardown();
  teardowns.clear();
  stage.replaceChildren();
  await nextFrame();
}

/** An empty widget on a clean stage, rendered once. */
export async function mountWidget(): Promise<WidgetElement> {
  await clear();
  await customElements.whenDefined('message-status-list');
  const list = document.createElement('message-status-list') as WidgetElement;
  list.setAttribute('lang', 'en');
  stage.append(list);
  await nextFrame();
  return list;
}

/**
 * Resolves with `performance.now()` in the rAF callback of the first frame that draws a row in `root`: rAF runs just
 * before the frame is drawn, so the first one to find a row draws it (a virtualizer places its rows a frame or two
 * after the data).
 */
export function frameWithRow(root: ParentNode): Promise<number> {
  return new Promise((resolve) => {
    const check = () => (root.querySelector(ROW) ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}
