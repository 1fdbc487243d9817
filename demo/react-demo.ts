// demo/react.html: the React wrappers in a small React 19 app. Written with createElement, not JSX,
// so the demo server's TypeScript transform needs no JSX set-up; the README shows the same in JSX.
import { createElement as h, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { MessageStatusChip, MessageStatusList, MessageStatusProvider, type UnblockDetail } from '../src/react.js';
import type { MessageStatusList as MessageStatusListElement } from '../src/message-status-list.js';

const CONTACTS = [
  ['42', '42 · Ada: every status'],
  ['blocked-email', 'Blocked email address'],
  ['blocked-sms', 'Blocked phone number'],
  ['empty', 'No messages yet'],
  ['broken', 'Broken API (HTTP 500)'],
] as const;

function App() {
  const [contactId, setContactId] = useState('42');
  const [lang, setLang] = useState('en');
  const [appUnblocks, setAppUnblocks] = useState(false);
  const [count, setCount] = useState<number | undefined>();
  const [log, setLog] = useState<string[]>([]);
  const list = useRef<MessageStatusListElement>(null);
  // Memoised, so the widget sees the same object and does not reload on every render.
  const requestInit = useMemo(() => ({ headers: { Authorization: 'Bearer demo-token' } }), []);

  const record = (line: string) => setLog((lines) => [`${new Date().toLocaleTimeString()} ${line}`, ...lines]);

  // The app can take an unblock over: preventDefault(), its own request, then tell the widget.
  const onUnblockRequest = (event: CustomEvent<UnblockDetail>) => {
    const { contactId: id, channel, address } = event.detail;
    record(`onUnblockRequest: ${channel} ${address}${appUnblocks ? ' (the app sends it)' : ''}`);
    if (!appUnblocks) return;
    event.preventDefault();
    fetch(`/api/contacts/${encodeURIComponent(id)}/unblock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, address }),
    })
      .then((response) => {
        if (response.ok) list.current?.markUnblocked(channel);
        else list.current?.markUnblockFailed(channel, `The app's request failed (HTTP ${response.status}).`);
      })
      .catch(() => list.current?.markUnblockFailed(channel, 'The app could not reach its API.'));
  };

  const controls = h(
    'section',
    { className: 'controls', 'aria-labelledby': 'controls-title' },
    h('h2', { id: 'controls-title' }, 'React state'),
    h(
      'label',
      null,
      'Contact',
      h(
        'select',
        {
          id: 'contact',
          value: contactId,
          onChange: (event: ChangeEvent<HTMLSelectElement>) => {
            setCount(undefined);
            setContactId(event.target.value);
          },
        },
        CONTACTS.map(([id, label]) => h('option', { key: id, value: id }, label)),
      ),
    ),
    h(
      'label',
      null,
      'Language',
      h(
        'select',
        { id: 'lang', value: lang, onChange: (event: ChangeEvent<HTMLSelectElement>) => setLang(event.target.value) },
        h('option', { value: 'en' }, 'English'),
        h('option', { value: 'sv' }, 'Svenska'),
        h('option', { value: 'nb' }, 'Norsk bokmål'),
        h('option', { value: 'da' }, 'Dansk'),
        h('option', { value: 'fi' }, 'Suomi'),
      ),
    ),
    h(
      'label',
      { className: 'check' },
      h('input', {
        type: 'checkbox',
        id: 'app-unblocks',
        checked: appUnblocks,
        onChange: (event: ChangeEvent<HTMLInputElement>) => setAppUnblocks(event.target.checked),
      }),
      ' The app sends unblocks itself (onUnblockRequest + preventDefault)',
    ),
    h('button', { type: 'button', id: 'reload', onClick: () => list.current?.refresh() }, 'Reload (ref.refresh())'),
    h('p', { id: 'count', 'aria-live': 'polite' }, count === undefined ? 'Loading…' : `${count} messages loaded`),
  );

  const widget = h(
    'section',
    { className: 'widget', 'aria-labelledby': 'widget-title' },
    h('h2', { id: 'widget-title' }, 'MessageStatusList'),
    h(
      MessageStatusProvider,
      { endpoint: '/api/contacts/{contactId}/messages', unblockEndpoint: '/api/contacts/{contactId}/unblock', lang },
      h(MessageStatusList, {
        ref: list,
        contactId,
        requestInit,
        onMessagesLoad: (event) => {
          setCount(event.detail.messages.length);
          record(`onMessagesLoad: ${event.detail.messages.length} messages for ${event.detail.contactId}`);
        },
        onMessagesError: (event) => record(`onMessagesError: ${event.detail.message}`),
        onUnblockRequest,
        onUnblockSuccess: (event) => record(`onUnblockSuccess: ${event.detail.address}`),
        onUnblockError: (event) => record(`onUnblockError: ${event.detail.error.message}`),
      }),
      h('h3', null, 'MessageStatusChip, alone'),
      h(MessageStatusChip, { status: 'HardBounce', channel: 'email' }),
      ' ',
      h(MessageStatusChip, { status: 'Delivered', channel: 'sms' }),
    ),
  );

  const events = h(
    'section',
    { className: 'log', 'aria-labelledby': 'log-title' },
    h('h2', { id: 'log-title' }, 'Event props'),
    h('button', { type: 'button', onClick: () => setLog([]) }, 'Clear'),
    h(
      'ol',
      { id: 'event-log' },
      log.map((line, index) => h('li', { key: log.length - index }, line)),
    ),
  );

  return h('main', { className: 'layout' }, controls, widget, events);
}

createRoot(document.querySelector('#app')!).render(h(App));
