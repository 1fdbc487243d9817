// The React baseline of `npm run bench`'s render section: the same list as a plain React 19 component, keyed by channel and id,
// each row memoised (what a React developer would write for a long list). The list and its rows carry the widget's
// part names, by which the bench finds and counts rows. scripts/bench-baselines.mjs bundles it with React's
// production build into dist/bench/react-list.js.
import { createElement as h, memo } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const Row = memo(function Row({ item, label, time }) {
  return h(
    'li',
    { className: 'row', part: 'row' },
    h('span', { className: 'channel' }, item.channel === 'sms' ? 'SMS' : 'Email'),
    h('span', { className: 'name' }, item.name ?? ''),
    h('span', { className: 'chip', tabIndex: 0, title: label(item.status) }, label(item.status)),
    h('p', { className: 'text' }, item.text ?? ''),
    h('time', { dateTime: item.sentAt }, time(item.sentAt)),
    item.transactional ? h('span', { className: 'badge' }, 'Transactional') : null,
  );
});

function List({ items, label, time }) {
  return h(
    'ul',
    { className: 'list', part: 'list' },
    items.map((item) => h(Row, { key: `${item.channel}\n${item.id}`, item, label, time })),
  );
}

/** A React root in `container`; `render(items)` commits synchronously, so the caller times up to the paint. */
export function mountReactList(container, label, time) {
  const root = createRoot(container);
  return {
    render(items) {
      flushSync(() => root.render(h(List, { items, label, time })));
    },
    unmount() {
      root.unmount();
    },
  };
}
