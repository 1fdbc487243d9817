import { expect, waitUntil } from '@open-wc/testing';
import type { MessageStatusList } from '../../src/message-status-list.js';

/** The rows the list shows, in order. */
export function rows(list: MessageStatusList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
}

/** The first element in the list's own shadow root that carries this part name. */
export function part(list: MessageStatusList, name: string): HTMLElement | null {
  return list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Waits until loading has ended, either way, and the outcome is rendered. */
export async function settled(list: MessageStatusList): Promise<void> {
  await waitUntil(() => list.state === 'ready' || list.state === 'error', `the list is still ${list.state}`, {
    timeout: 8000,
  });
  await list.updateComplete;
}

/** Like {@link settled}, and the load must have succeeded. */
export async function loaded(list: MessageStatusList): Promise<void> {
  await settled(list);
  expect(list.state).to.equal('ready');
}
