// Page side of `npm run bench` (scripts/bench.mjs drives it). Each measurement starts from a clean stage
// and resolves with milliseconds from handing over the data to the next frame with the rows drawn.
// The widget is measured beside two baselines showing the same rows:
//   (a) `innerHTML` of an HTML string into a shadow root: no framework, no components — the practical floor;
//   (b) a plain React 19 component (bench/react-list.js, React's production build).
import type { MessageStatusList } from '../src/message-status-list.js';

export type Kind = 'widget' | 'innerHTML' | 'react';

interface Item {
  id: string;
  channel: 'email' | 'sms';
  status: string;
  sentAt: string;
  name?: string;
  text?: string;
  transactional?: boolean;
}

interface ReactList {
  render(items: readonly Item[]): void;
  unmount(): void;
}

declare global {
  interface Window {
    bench: typeof bench;
    mountReactList: (container: Element, label: (status: string) => string, time: (iso: string) => string) => ReactList;
  }
}

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
const label = (status: string) => LABELS[status.toLowerCase().replace(/[^a-z]/g, '')] ?? status;
const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const time = (iso: string) => timeFormat.format(new Date(iso));

const stage = document.getElementById('stage')!;
let reactList: ReactList | undefined;

/** Resolves after the next frame has been produced: rAF runs before paint, the task after it. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function clear(): Promise<void> {
  reactList?.unmount();
  reactList = undefined;
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

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Baseline (a): the rows as one HTML string, parsed by the browser into a shadow root. */
function innerHtmlRows(items: readonly Item[]): string {
  let html = '<ul class="list">';
  for (const item of items) {
    const status = escape(label(item.status));
    html +=
      `<li class="row"><span class="channel">${item.channel === 'sms' ? 'SMS' : 'Email'}</span>` +
      `<span class="name">${escape(item.name ?? '')}</span>` +
      `<span class="chip" tabindex="0" title="${status}">${status}</span>` +
      `<p class="text">${escape(item.text ?? '')}</p>` +
      `<time datetime="${item.sentAt}">${time(item.sentAt)}</time>` +
      (item.transactional ? '<span class="badge">Transactional</span>' : '') +
      '</li>';
  }
  return `${html}</ul>`;
}

/** Puts an empty target for `kind` on the stage; `show(items)` hands it the data. */
async function mount(kind: Kind): Promise<{ show(items: Item[]): Promise<void>; root: Node }> {
  await clear();
  if (kind === 'widget') {
    const list = document.createElement('message-status-list') as MessageStatusList;
    list.setAttribute('lang', 'en');
    stage.append(list);
    await list.updateComplete;
    return {
      root: list.shadowRoot!,
      async show(items) {
        list.messages = items;
        await list.updateComplete;
        // Above 200 the virtualizer places the rows after measuring them: wait until it has.
        while (items.length && !list.shadowRoot!.querySelector('[part~="row"]')) await nextFrame();
      },
    };
  }
  const host = document.createElement('div');
  stage.append(host);
  if (kind === 'innerHTML') {
    const shadow = host.attachShadow({ mode: 'open' });
    return {
      root: shadow,
      async show(items) {
        shadow.innerHTML = innerHtmlRows(items);
      },
    };
  }
  const react = window.mountReactList(host, label, time);
  reactList = react;
  return {
    root: host,
    async show(items) {
      react.render(items);
    },
  };
}

/** Observes a tree, shadow roots included (those there when it starts: the rows' chips). */
function observeDeep(root: Node): () => number {
  let count = 0;
  // Nodes added or removed, attributes and texts changed: one innerHTML record can replace 10,000 rows.
  const tally = (records: MutationRecord[]) => {
    for (const record of records) {
      count += record.type === 'childList' ? record.addedNodes.length + record.removedNodes.length : 1;
    }
  };
  const observer = new MutationObserver(tally);
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  const visit = (node: Node) => {
    observer.observe(node, options);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return () => {
    tally(observer.takeRecords());
    observer.disconnect();
    return count;
  };
}

const bench = {
  /** Milliseconds from handing `count` messages to `kind` until the next frame. */
  async render(kind: Kind, count: number): Promise<number> {
    const target = await mount(kind);
    const items = makeItems(count);
    const start = performance.now();
    await target.show(items);
    await nextFrame();
    return performance.now() - start;
  },

  /** DOM mutations (nodes added or removed, attributes and texts changed) caused by a refresh in which the first message's status changed. */
  async refreshMutations(kind: Kind, count: number): Promise<number> {
    const target = await mount(kind);
    const items = makeItems(count);
    await target.show(items);
    await nextFrame();
    await nextFrame();
    // A refresh hands over new data (new objects, as parsed from a new answer): the first message's status moved on.
    const refreshed = items.map((item) => ({ ...item }));
    refreshed[0].status = items[0].status === 'Delivered' ? 'Opened' : 'Delivered';
    const stop = observeDeep(target.root);
    await target.show(refreshed);
    await nextFrame();
    return stop();
  },

  /**
   * Milliseconds between the frames drawn while `count` rows of `kind` are scrolled `step` px a frame, `frames`
   * times: the widget's own scroll box (the virtualizer renders the rows coming into view as it goes), the page
   * for the baselines (every row is already there).
   */
  async scrollFrames(kind: Kind, count: number, frames: number, step: number): Promise<number[]> {
    const target = await mount(kind);
    await target.show(makeItems(count));
    const box =
      kind === 'widget'
        ? (target.root as ShadowRoot).querySelector<HTMLElement>('[part~="scroller"]')!
        : document.scrollingElement!;
    // The virtualizer sizes its box once it has measured the first rows: only then is there anything to scroll.
    while (box.scrollHeight < box.clientHeight + frames * step) await nextFrame();
    await nextFrame();
    const gaps: number[] = [];
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < frames; i++) {
      box.scrollTop += step;
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      gaps.push(now - last);
      last = now;
    }
    box.scrollTop = 0;
    return gaps;
  },

  /** Leaves `count` rows of `kind` on the stage, for the node and heap readings. */
  async leave(kind: Kind, count: number): Promise<void> {
    await bench.render(kind, count);
    await nextFrame();
  },

  /** Rows (`li`) and nodes on the stage, shadow roots included (elements, text, comments such as Lit's markers). */
  countNodes(): { nodes: number; rows: number } {
    let nodes = 0;
    let rows = 0;
    const count = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
        nodes += 1;
        if ((node as Element).localName === 'li' && (node as Element).classList.contains('row')) rows += 1;
        const shadow = (node as Element).shadowRoot;
        if (shadow) count(shadow);
      }
    };
    count(stage);
    return { nodes, rows };
  },

  clear,
};

window.bench = bench;
