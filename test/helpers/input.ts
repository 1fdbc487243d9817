import { executeServerCommand, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';

// The real mouse and finger only reach what is on screen, as a person's would.
async function centre(element: Element): Promise<[number, number]> {
  // Park the mouse first: scrolling under a resting pointer would hover whatever chip slides beneath
  // it, and that chip's explanation could cover the target.
  await sendMouse({ type: 'move', position: [0, 0] });
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = await settledBox(element);
  let [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  // In a page opened in an iframe (test/helpers/page-frame.ts): the mouse moves in the top page's coordinates.
  let frame = element.ownerDocument.defaultView?.frameElement ?? null;
  while (frame) {
    frame.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const outer = frame.getBoundingClientRect();
    x += outer.left + frame.clientLeft;
    y += outer.top + frame.clientTop;
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return [Math.round(x), Math.round(y)];
}

/**
 * The element's box once it stays put for a frame (at most ~20 frames): a person aims at a button after the
 * page stops moving, and a click aimed while rows are still being laid out lands on something else.
 */
async function settledBox(element: Element): Promise<DOMRect> {
  const win = element.ownerDocument.defaultView ?? window;
  // A frame, or 100 ms where frames are not running (a page the browser does not paint).
  const frame = () =>
    new Promise((resolve) => {
      win.requestAnimationFrame(resolve);
      setTimeout(resolve, 100);
    });
  let box = element.getBoundingClientRect();
  for (let tries = 0; tries < 20; tries++) {
    await frame();
    const next = element.getBoundingClientRect();
    if (next.top === box.top && next.left === box.left && next.width === box.width) return next;
    element.scrollIntoView({ block: 'center', inline: 'center' });
    box = element.getBoundingClientRect();
  }
  return box;
}

/** Moves the real mouse over an element. */
export async function hover(element: Element): Promise<void> {
  await sendMouse({ type: 'move', position: await centre(element) });
}

/** Moves the real mouse to a point away from the widget. */
export async function moveMouseAway(): Promise<void> {
  await sendMouse({ type: 'move', position: [1, 1] });
}

export async function click(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: await centre(element) });
}

/** A touch tap through the browser's input pipeline. */
export async function tap(element: Element): Promise<void> {
  const [x, y] = await centre(element);
  await executeServerCommand('tap', { x, y });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export { resetMouse };

/** A key pressed while a modifier (`Control`, `Shift`…) is held down. */
export async function pressWith(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}
