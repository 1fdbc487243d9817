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

/** The status chips (their buttons) in the list's rows, in order: the rows render them in the list's own shadow root. */
export function chips(list: MessageStatusList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"] [part~="chip"]')];
}

/** A row's status chip (its button). */
export function chipOf(row: Element): HTMLElement {
  return row.querySelector<HTMLElement>('[part~="chip"]')!;
}

/**
 * The tooltip that shows a chip's explanation: a list's rows share its one tooltip, which shows the explanation of the
 * chip it is open for; a chip element, and the address warning, have their own.
 */
export function tipOf(button: Element): HTMLElement {
  const root = button.getRootNode() as ShadowRoot;
  if (button.closest('[part~="row"]')) return root.querySelector<HTMLElement>('[part~="tooltip"].shared')!;
  return root.getElementById(button.getAttribute('aria-describedby')!)!;
}

/** What a screen reader reads as a chip's explanation: the text of everything its aria-describedby names, spaced. */
export function explanationOf(button: Element): string {
  const root = button.getRootNode() as ShadowRoot;
  const ids = (button.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What an open tooltip shows, read as `explanationOf` reads what it copies: its paragraphs, spaced. */
export function tipText(tip: Element): string {
  return [...tip.children]
    .map((child) => child.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The canonical status a chip shows (`soft-bounce`, `other`…), read from its `chip-<status>` part. */
export function statusKeyOf(button: Element): string {
  const parts = button.getAttribute('part')!.split(' ');
  return parts.find((name) => name.startsWith('chip-') && name !== 'chip-pending')!.slice('chip-'.length);
}

/** A chip's label as a person reads it, spaces collapsed. */
export function chipLabel(button: Element): string {
  return button.textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits until the list renders only the rows in view (past 200 messages, once the virtualizer has loaded). */
export async function virtualised(list: MessageStatusList, timeout = 8000): Promise<void> {
  await waitUntil(() => list.shadowRoot!.querySelector('.list.virtual [part~="row"]'), 'the list was not virtualised', {
    timeout,
  });
}
