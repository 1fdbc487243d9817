// Page side of `npm run bench`'s 100k section (scripts/bench-100k.mjs drives it): 100,000 messages handed to the
// widget, then searched and filtered, beside a plain page that does the same the plainest way: per key press an
// `Array.filter` over the messages' strings (name and text, lower-cased as it goes) and the first 20 hits written as
// one `innerHTML`; per status chosen the same filter by status. The node side presses the keys and chooses the status
// as a person would; the page records the frames meanwhile.
import { STATUS_KEYS, escapeHtml, makeMessages, plainStatus, type BenchMessage } from './messages.js';
import { ROW, clear, frameWithRow, mountWidget, stage, type WidgetElement } from './stage.js';

declare global {
  interface Window {
    hundredK: typeof hundredK;
  }
}

const plainRow = (m: BenchMessage) =>
  `<li part="row"><b>${m.channel}</b> ${escapeHtml(m.name)} <span>${escapeHtml(m.status)}</span>` +
  `<p>${escapeHtml(m.text)}</p><time>${m.sentAt}</time></li>`;

let messages: BenchMessage[] = [];
let widget: WidgetElement | undefined;
interface FrameRecord {
  longest: number;
  loaf: number;
  frames: number;
}
let recording: (() => Promise<FrameRecord>) | undefined;

/** Where the rows, the search field and the status filter of what is on the stage are. */
function shownRoot(): ParentNode {
  return widget?.shadowRoot ?? stage;
}

const hundredK = {
  /** Makes `count` messages (untimed) and returns the length of their JSON. */
  prepare(count: number): number {
    messages = makeMessages(count);
    return JSON.stringify(messages).length;
  },

  /** An empty widget on a clean stage. */
  async mountWidget(): Promise<void> {
    widget = await mountWidget();
  },

  /** Milliseconds from handing the messages to the widget to the first frame drawn with a row. */
  async handOverToWidget(): Promise<number> {
    const start = performance.now();
    widget!.messages = messages;
    return (await frameWithRow(widget!.shadowRoot!)) - start;
  },

  /** The plain page on a clean stage: milliseconds from handing it the messages to the first frame with its rows. */
  async handOverToPlain(): Promise<number> {
    await clear();
    widget = undefined;
    const start = performance.now();
    const search = document.createElement('input');
    search.type = 'search';
    const status = document.createElement('select');
    status.innerHTML = ['', ...STATUS_KEYS].map((key) => `<option>${key}</option>`).join('');
    const list = document.createElement('ul');
    list.setAttribute('part', 'list');
    stage.append(search, status, list);
    const texts = messages.map((m) => `${m.name}\n${m.text}`);
    const update = () => {
      const words = search.value.toLowerCase();
      const key = status.value;
      const hits = messages.filter(
        (m, i) => (!key || plainStatus(m.status).key === key) && (!words || texts[i].toLowerCase().includes(words)),
      );
      list.innerHTML = hits.slice(0, 20).map(plainRow).join('');
    };
    search.addEventListener('input', update);
    status.addEventListener('change', update);
    update();
    return (await frameWithRow(stage)) - start;
  },

  searchField(): HTMLInputElement | null {
    return shownRoot().querySelector(widget ? 'input[part~="search"]' : 'input');
  },

  statusFilter(): HTMLSelectElement | null {
    return shownRoot().querySelector(widget ? 'select[part~="status-filter"]' : 'select');
  },

  /** The first row's text, lower-cased: what the search or the filter left at the top. */
  firstRowText(): string {
    return shownRoot().querySelector(ROW)?.textContent?.toLowerCase() ?? '';
  },

  /**
   * Starts recording frames: the gaps between animation frames (a frame held up by a long task shows as a long gap),
   * and, where Chromium reports them, long animation frames (over 50 ms) with their full duration.
   */
  startFrames(): void {
    const record = { gaps: [] as number[], loaf: 0, last: performance.now(), stopped: false };
    const noteLongFrames = (entries: PerformanceEntryList) => {
      for (const entry of entries) record.loaf = Math.max(record.loaf, entry.duration);
    };
    const observer = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
      ? new PerformanceObserver((list) => noteLongFrames(list.getEntries()))
      : undefined;
    observer?.observe({ type: 'long-animation-frame' });
    const tick = (now: number) => {
      record.gaps.push(now - record.last);
      record.last = now;
      if (!record.stopped) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    recording = async () => {
      // One more frame, so a task still running when the recording is stopped counts too.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      record.stopped = true;
      if (observer) noteLongFrames(observer.takeRecords());
      observer?.disconnect();
      return { longest: Math.max(0, ...record.gaps), loaf: record.loaf, frames: record.gaps.length };
    };
  },

  /** Stops recording: the longest gap between frames, the longest long animation frame, and how many frames. */
  stopFrames(): Promise<FrameRecord> {
    const stop = recording!;
    recording = undefined;
    return stop();
  },
};

window.hundredK = hundredK;
