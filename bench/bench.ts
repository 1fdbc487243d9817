// Page side of `npm run bench`'s render section (scripts/bench-render.mjs drives it). Each measurement starts from a
// clean stage and resolves with milliseconds from handing over the data to the next frame with the rows drawn.
// The widget is measured beside two baselines showing the same rows:
//   innerHTML  an HTML string set as a shadow root's `innerHTML`: no framework, no components — the practical floor;
//   React      a plain React 19 component (bench/react-list.js, React's production build).
// Rows are `[part~="row"]` and the list `[part~="list"]` in all three: the baselines carry the widget's part names.
import { escapeHtml, makeMessages, plainStatus, type BenchMessage } from './messages.js';
import { LIST, ROW, clear, frameWithRow, mountWidget, nextFrame, onClear, stage } from './stage.js';

export type Kind = 'widget' | 'innerHTML' | 'react';

interface ReactList {
  render(items: readonly BenchMessage[]): void;
  unmount(): void;
}

declare global {
  interface Window {
    bench: typeof bench;
    mountReactList: (container: Element, label: (status: string) => string, time: (iso: string) => string) => ReactList;
  }
}

const label = (status: string) => plainStatus(status).label;
const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const time = (iso: string) => timeFormat.format(new Date(iso));

/** The innerHTML baseline: the rows as one HTML string, parsed by the browser into a shadow root. */
function innerHtmlRows(items: readonly BenchMessage[]): string {
  let html = '<ul class="list" part="list">';
  for (const item of items) {
    const status = escapeHtml(label(item.status));
    html +=
      `<li class="row" part="row"><span class="channel">${item.channel === 'sms' ? 'SMS' : 'Email'}</span>` +
      `<span class="name">${escapeHtml(item.name)}</span>` +
      `<span class="chip" tabindex="0" title="${status}">${status}</span>` +
      `<p class="text">${escapeHtml(item.text)}</p>` +
      `<time datetime="${item.sentAt}">${time(item.sentAt)}</time>` +
      (item.transactional ? '<span class="badge">Transactional</span>' : '') +
      '</li>';
  }
  return `${html}</ul>`;
}

/** An empty target for `kind` on a clean stage: `root` holds its rows, `show(items)` hands it the data. */
async function mount(kind: Kind): Promise<{ show(items: BenchMessage[]): void; root: ParentNode }> {
  if (kind === 'widget') {
    const list = await mountWidget();
    return {
      root: list.shadowRoot!,
      show(items) {
        list.messages = items;
      },
    };
  }
  await clear();
  const host = document.createElement('div');
  stage.append(host);
  if (kind === 'innerHTML') {
    const shadow = host.attachShadow({ mode: 'open' });
    return {
      root: shadow,
      show(items) {
        shadow.innerHTML = innerHtmlRows(items);
      },
    };
  }
  const react = window.mountReactList(host, label, time);
  onClear(() => react.unmount());
  return {
    root: host,
    show(items) {
      react.render(items);
    },
  };
}

/** Hands `items` over and resolves once the frame after the one that drew the first rows has been produced. */
async function showAndDraw(target: Awaited<ReturnType<typeof mount>>, items: BenchMessage[]): Promise<void> {
  target.show(items);
  await frameWithRow(target.root);
  await new Promise((resolve) => setTimeout(resolve, 0));
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

/**
 * The box that scrolls a row: its nearest ancestor, across shadow roots, that scrolls its overflow (the widget's own
 * box past 200 messages), else the page.
 */
function scrollBoxOf(row: Element): Element {
  for (
    let node: Element | undefined = row;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host
  ) {
    if (/^(auto|scroll)$/.test(getComputedStyle(node).overflowY)) return node;
  }
  return document.scrollingElement!;
}

/** Nodes under a root by kind, shadow roots included (those a row's chip may have). */
interface Tally {
  nodes: number;
  elements: number;
  texts: number;
  whitespace: number;
  comments: number;
}

function tally(root: Node, into: Tally = { nodes: 0, elements: 0, texts: 0, whitespace: 0, comments: 0 }): Tally {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
    into.nodes += 1;
    if (node.nodeType === Node.ELEMENT_NODE) into.elements += 1;
    else if (node.nodeType === Node.COMMENT_NODE) into.comments += 1;
    else if (node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue!.trim()) into.texts += 1;
      else into.whitespace += 1;
    }
    const shadow = (node as Element).shadowRoot;
    if (shadow) tally(shadow, into);
  }
  return into;
}

const bench = {
  /** Milliseconds from handing `count` messages to `kind` until the next frame. */
  async render(kind: Kind, count: number): Promise<number> {
    const target = await mount(kind);
    const items = makeMessages(count);
    const start = performance.now();
    await showAndDraw(target, items);
    return performance.now() - start;
  },

  /** DOM mutations (nodes added or removed, attributes and texts changed) caused by a refresh in which the first message's status changed. */
  async refreshMutations(kind: Kind, count: number): Promise<number> {
    const target = await mount(kind);
    const items = makeMessages(count);
    await showAndDraw(target, items);
    await nextFrame();
    // A refresh hands over new data (new objects, as parsed from a new answer): the first message's status moved on.
    const refreshed = items.map((item) => ({ ...item }));
    refreshed[0].status = items[0].status === 'Delivered' ? 'Opened' : 'Delivered';
    const stop = observeDeep(target.root as Node);
    target.show(refreshed);
    await nextFrame();
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
    await showAndDraw(target, makeMessages(count));
    const box = scrollBoxOf(target.root.querySelector(ROW)!);
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

  /** Rows and nodes on the stage, shadow roots included (elements, texts, comments such as Lit's markers). */
  countNodes(): { nodes: number; rows: number } {
    return { nodes: tally(stage).nodes, rows: bench.rowsOnStage().length };
  },

  /** The rows on the stage, in whichever root holds them. */
  rowsOnStage(): Element[] {
    const shown = stage.firstElementChild;
    const root = shown?.shadowRoot ?? shown;
    return root ? [...root.querySelectorAll(ROW)] : [];
  },

  /**
   * What the rows left on the stage cost: nodes of each kind in the list (`[part~="list"]`) and in the whole root
   * (the widget's shadow root with its header and filters; the baselines' root), shadow roots inside included.
   */
  rowCost(): { rows: number; list: Tally; whole: Tally } {
    const shown = stage.firstElementChild!;
    const root = shown.shadowRoot ?? shown;
    const list = root.querySelector(LIST);
    if (!list) throw new Error(`No ${LIST} in the ${shown.localName} on the stage.`);
    return { rows: bench.rowsOnStage().length, list: tally(list), whole: tally(root) };
  },

  clear,
};

window.bench = bench;
