// Page side of `npm run bench` (scripts/bench.mjs drives it): each function renders once,
// from a clean stage, and resolves with milliseconds until the next frame was drawn.
// Every widget measurement has a plain-DOM twin that shows the same rows without components.
import type { MessageStatusList } from '../src/message-status-list.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
const STATUSES = {
  email: ['Delivered', 'Delivered (Opened)', 'SoftBounce', 'HardBounce', 'Blocked', 'Deferred', 'Unknown', 'Expired'],
  sms: ['Delivered', 'SoftBounce', 'Routed', 'Failed', 'NotDelivered'],
};
const LABELS: Record<string, string> = {
  delivered: 'Delivered',
  deliveredopened: 'Opened',
  softbounce: 'Soft bounce',
  hardbounce: 'Hard bounce',
  blocked: 'Blocked',
  deferred: 'Deferred',
  unknown: 'Unknown',
  expired: 'Expired',
  routed: 'Routed',
  failed: 'Failed',
  notdelivered: 'Not delivered',
};

interface Item {
  id: string;
  channel: 'email' | 'sms';
  status: string;
  sentAt: string;
  name?: string;
  text?: string;
  transactional?: boolean;
}

const stage = document.getElementById('stage')!;
const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Resolves after the next frame has been produced: rAF runs before paint, the task after it. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function clear(): Promise<void> {
  stage.replaceChildren();
  await nextFrame();
}

/** `count` messages in the project's shape, newest first, like the mock's `many` contact. */
function makeItems(count: number): Item[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const channel = i % 3 === 2 ? 'sms' : 'email';
    const pool = STATUSES[channel];
    const name = `Send-out #${1000 + i}`;
    return {
      id: `b-${i}`,
      channel,
      status: pool[i % pool.length],
      sentAt: new Date(now - (i + 1) * 3_600_000).toISOString(),
      name,
      text: channel === 'sms' ? `SMS ${i + 1}: ${name}` : `Subject ${i + 1}: ${name}`,
      transactional: i % 5 === 0,
    };
  });
}

/** The baseline: the same rows as a plain `<ul><li>`, text only, no components, no shadow DOM. */
function plainList(items: readonly Item[]): HTMLUListElement {
  const list = document.createElement('ul');
  for (const item of items) {
    const row = document.createElement('li');
    const cell = (tag: string, text: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      row.append(el);
    };
    cell('span', item.channel === 'sms' ? 'SMS' : 'Email');
    cell('span', item.name ?? '');
    cell('span', LABELS[item.status.toLowerCase().replace(/[^a-z]/g, '')] ?? item.status);
    cell('p', item.text ?? '');
    cell('time', timeFormat.format(new Date(item.sentAt)));
    if (item.transactional) cell('span', 'Transactional');
    list.append(row);
  }
  return list;
}

function newList(): MessageStatusList {
  const list = document.createElement('message-status-list');
  list.setAttribute('lang', 'en');
  stage.append(list);
  return list;
}

const bench = {
  /** Widget: `contact-id` set → `messages-load` → next frame, over HTTP from the mock API. */
  async fetchWidget(contactId: string, pageSize: number): Promise<number> {
    await clear();
    const list = newList();
    list.setAttribute('endpoint', ENDPOINT);
    list.setAttribute('page-size', String(pageSize));
    await list.updateComplete;
    const loaded = new Promise<CustomEvent>((resolve, reject) => {
      list.addEventListener('messages-load', (event) => resolve(event as CustomEvent), { once: true });
      list.addEventListener('messages-error', (event) => reject(new Error((event as CustomEvent).detail.message)), {
        once: true,
      });
    });
    const start = performance.now();
    list.setAttribute('contact-id', contactId);
    const event = await loaded;
    await nextFrame();
    const elapsed = performance.now() - start;
    const rows = list.shadowRoot!.querySelectorAll('[part="row"]').length;
    if (rows !== event.detail.messages.length || rows === 0) throw new Error(`${rows} rows shown`);
    return elapsed;
  },

  /** Baseline: the same request, parsed and shown as plain DOM, → next frame. */
  async fetchPlain(contactId: string, pageSize: number): Promise<number> {
    await clear();
    const start = performance.now();
    const url = `${ENDPOINT.replace('{contactId}', encodeURIComponent(contactId))}?count=${pageSize}`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = (await response.json()) as { messages: Item[] };
    stage.append(plainList(body.messages));
    await nextFrame();
    return performance.now() - start;
  },

  /** Widget: `messages` property set → next frame. */
  async renderWidget(count: number): Promise<number> {
    await clear();
    const items = makeItems(count);
    const list = newList();
    await list.updateComplete;
    const start = performance.now();
    list.messages = items;
    await list.updateComplete;
    await nextFrame();
    const elapsed = performance.now() - start;
    const rows = list.shadowRoot!.querySelectorAll('[part="row"]').length;
    if (rows !== count) throw new Error(`${rows} of ${count} rows shown`);
    return elapsed;
  },

  /** Baseline: the same items as plain DOM → next frame. */
  async renderPlain(count: number): Promise<number> {
    await clear();
    const items = makeItems(count);
    const start = performance.now();
    stage.append(plainList(items));
    await nextFrame();
    return performance.now() - start;
  },

  /** Leaves `count` rows on the stage, for a heap reading; `clear()` first for the empty reading. */
  async leave(kind: 'widget' | 'plain', count: number): Promise<void> {
    await (kind === 'widget' ? bench.renderWidget(count) : bench.renderPlain(count));
  },

  /** Nodes on the stage, shadow roots included (elements, text, comments such as Lit's markers). */
  countNodes(): number {
    const count = (root: Node): number => {
      let total = 0;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
        total += 1;
        const shadow = (node as Element).shadowRoot;
        if (shadow) total += count(shadow);
      }
      return total;
    };
    return count(stage);
  },

  clear,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
