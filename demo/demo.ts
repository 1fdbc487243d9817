import '../src/define.js';
import type { Contact } from '../src/data/types.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { STATUS_CATALOG, STATUS_KEYS } from '../src/statuses/catalog.js';
import { manyMessages } from './mock-data.mjs';

const list = document.querySelector<MessageStatusList>('#list')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;

function select(id: string): HTMLSelectElement {
  return document.querySelector<HTMLSelectElement>(`#${id}`)!;
}

select('contact').addEventListener('change', (event) => {
  const option = (event.target as HTMLSelectElement).selectedOptions[0];
  // Back from the handed-over messages to fetching.
  list.messages = undefined;
  // What the page itself knows of some contacts, as a CRM's contact card does: the header shows it even when the
  // messages cannot be loaded.
  list.contact = hostContact(option.dataset);
  list.contactId = option.value;
});

function hostContact(data: DOMStringMap): Contact | undefined {
  if (!data.email && !data.phone) return undefined;
  return {
    ...(data.email && { email: { address: data.email, ...('emailBlocked' in data && { blocked: true }) } }),
    ...(data.phone && { sms: { address: data.phone } }),
  };
}
select('page-size').addEventListener('change', (event) => {
  list.pageSize = Number((event.target as HTMLSelectElement).value);
});
// A history no API here hands out in one answer, given to the list directly (as the mock would have sent it).
document.querySelector('#ten-thousand')!.addEventListener('click', () => {
  const history = manyMessages(Date.now(), 10_000);
  list.contact = history.contact;
  list.messages = history.messages;
});
// The mock's own routes unblock at /api/; the server handler's source (demo/server-source.mjs) at /server-api/.
const MOCK_UNBLOCK_ENDPOINT = '/api/contacts/{contactId}/unblock';
select('shape').addEventListener('change', (event) => {
  const shape = event.target as HTMLSelectElement;
  list.endpoint = shape.value;
  list.unblockEndpoint = shape.selectedOptions[0].dataset.unblockEndpoint ?? MOCK_UNBLOCK_ENDPOINT;
});
select('channels').addEventListener('change', (event) => {
  list.channels = (event.target as HTMLSelectElement).value;
});
select('lang').addEventListener('change', (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  list.setAttribute('lang', lang);
  document.querySelector('#chip-gallery')!.setAttribute('lang', lang);
  renderGallery();
});
select('time-zone').addEventListener('change', (event) => {
  list.timeZone = (event.target as HTMLSelectElement).value;
});
select('theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  // The theme is on the page too, so the whole demo switches, not only the widget.
  document.documentElement.style.colorScheme = theme || 'light dark';
  if (theme) list.setAttribute('theme', theme);
  else list.removeAttribute('theme');
});

// Start the controls from what the markup asked for, so they never contradict the widget.
select('contact').value = list.contactId;
select('shape').value = list.endpoint;
select('page-size').value = String(list.pageSize);

// The host-handled unblock path: the page takes over the request, then tells the widget how it went.
const hostUnblock = document.querySelector<HTMLInputElement>('#host-unblock')!;
list.addEventListener('unblock-request', (event) => {
  if (!hostUnblock.checked) return;
  event.preventDefault();
  const { contactId, channel, address } = event.detail;
  fetch(`/api/contacts/${encodeURIComponent(contactId)}/unblock?delay=800`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, address }),
  })
    .then(async (response) => {
      if (response.ok) list.markUnblocked(channel);
      else list.markUnblockFailed(channel, ((await response.json()) as { error: string }).error);
    })
    .catch(() => list.markUnblockFailed(channel, 'The page could not reach its own API.'));
});

// The event log: every event the widget documents, with its detail.
const EVENTS = ['messages-load', 'messages-error', 'unblock-request', 'unblock-success', 'unblock-error'];
for (const type of EVENTS) {
  list.addEventListener(type, (event) => {
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const summary = {
      ...detail,
      ...(Array.isArray(detail.messages) && { messages: `${detail.messages.length} messages` }),
      ...(detail.error instanceof Error && { error: detail.error.message }),
    };
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(summary)}`;
    log.prepend(item);
  });
}
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());

function renderGallery(): void {
  const gallery = document.querySelector('#chip-gallery')!;
  const figures = [];
  for (const channel of ['email', 'sms'] as const) {
    for (const key of STATUS_KEYS.filter((k) => STATUS_CATALOG[k].channels.includes(channel))) {
      figures.push(figure(key, channel));
    }
  }
  figures.push(figure('Queued at carrier', 'sms'));
  gallery.replaceChildren(...figures);
}

function figure(status: string, channel: 'email' | 'sms'): HTMLElement {
  const element = document.createElement('figure');
  const chip = document.createElement('message-status-chip');
  chip.status = status;
  chip.channel = channel;
  if (status === 'deferred') chip.sentAt = new Date(Date.now() - 20 * 3_600_000).toISOString();
  const caption = document.createElement('figcaption');
  caption.textContent = `${channel} · ${status}`;
  element.append(chip, caption);
  return element;
}

renderGallery();
