import { waitUntil } from '@open-wc/testing';
import type { MessageStatusList } from '../../src/message-status-list.js';
import { settled } from './list.js';
import { freshContact } from './mock-api.js';
import { openMarkup, type FrameWindow } from './page-frame.js';

/**
 * A list alone in a page of its own, in a frame `width` (and `height`) CSS px: a real narrow viewport in every engine
 * (the runner's setViewport has no WebDriver version, so WebKit could not be narrowed otherwise). Resolves once the
 * list's load has ended.
 */
export async function openNarrowList(
  scenario: string,
  width: number,
  height?: number,
): Promise<{ win: FrameWindow; list: MessageStatusList }> {
  const win = await openMarkup(`<!doctype html>
    <html lang="en">
      <meta name="viewport" content="width=device-width" />
      <body style="margin: 0">
        <message-status-list contact-id="${freshContact(scenario)}" endpoint="/api/contacts/{contactId}/messages">
        </message-status-list>
        <script type="module" src="/src/define.ts"></script>
      </body>
    </html>`);
  const frame = win.frameElement as HTMLIFrameElement;
  frame.style.width = `${width}px`;
  if (height) frame.style.height = `${height}px`;
  await waitUntil(
    () => win.innerWidth === width && (!height || win.innerHeight === height),
    'the frame did not take its size',
  );
  const list = win.document.querySelector('message-status-list') as MessageStatusList;
  await waitUntil(() => list.shadowRoot, 'the list never rendered');
  await settled(list);
  return { win, list };
}
