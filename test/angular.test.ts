// Angular compiles the templates below in the browser (JIT); an app built with `ng build` compiles them ahead of time.
import '@angular/compiler';
import { expect, waitUntil } from '@open-wc/testing';
import {
  ApplicationRef,
  CUSTOM_ELEMENTS_SCHEMA,
  Component,
  ErrorHandler,
  Injectable,
  InjectionToken,
  Input,
  VERSION,
  computed,
  inject,
  input,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessagesLoadDetail, MessageStatusList, UnblockDetail } from '../src/message-status-list.js';
import type { UnblockRequestDetail } from '../src/events.js';
import { click } from './helpers/input.js';
import { loaded, part, rows } from './helpers/list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

// The README's Angular example, run by real Angular (standalone components, zoneless change detection), against the
// mock API. test/angular-style.test.ts covers what Angular's renderer relies on when the elements are defined late.

/** The README's template, word for word (the last test compares them). */
const TEMPLATE = `
    <message-status-list
      [contactId]="contactId()"
      [endpoint]="endpoint"
      [unblockEndpoint]="unblockEndpoint"
      [requestInit]="requestInit()"
      (messages-load)="onLoad($event)"
      (unblock-request)="onUnblockRequest($event)"
      (unblock-success)="onUnblocked($event)"
    ></message-status-list>
  `;

/** What the component's handlers received: the README's example logs it, the test reads it. */
@Injectable({ providedIn: 'root' })
class Handled {
  readonly loads: MessagesLoadDetail[] = [];
  readonly unblockRequests: UnblockDetail[] = [];
  readonly unblocked: UnblockDetail[] = [];
  /** The unblocks `onUnblockRequest` sent itself. */
  readonly sentByHost: UnblockDetail[] = [];
  /** Have `onUnblockRequest` send the unblock itself, as the README's comment there says it may. */
  takeOverUnblock = false;
}

// JIT cannot see an `input()` field (it exists only once the class is instantiated), so in JIT an `input()` needs the
// decorator the Angular CLI's JIT transform adds for it; ahead-of-time compilation, what `ng build` does, needs nothing.
const jitSignalInput = () => Input({ isSignal: true, required: true } as Input);

@Component({
  selector: 'app-contact-messages',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: TEMPLATE,
})
class ContactMessagesComponent {
  @jitSignalInput() readonly contactId = input.required<string>();
  @jitSignalInput() readonly token = input.required<string>();
  readonly endpoint = '/api/contacts/{contactId}/messages';
  readonly unblockEndpoint = '/api/contacts/{contactId}/unblock';
  readonly requestInit = computed<RequestInit>(() => ({ headers: { Authorization: `Bearer ${this.token()}` } }));
  private readonly handled = inject(Handled);

  onLoad(event: Event) {
    this.handled.loads.push((event as CustomEvent<MessagesLoadDetail>).detail);
  }

  onUnblockRequest(event: Event) {
    const { detail } = event as CustomEvent<UnblockDetail>;
    this.handled.unblockRequests.push(detail);
    if (!this.handled.takeOverUnblock) return;
    event.preventDefault();
    const list = event.target as MessageStatusList;
    const { contactId, channel, address } = detail;
    this.handled.sentByHost.push(detail);
    fetch(`/api/contacts/${encodeURIComponent(contactId)}/unblock`, {
      method: 'POST',
      headers: { ...this.requestInit().headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, address }),
    }).then(
      (response) =>
        response.ok ? list.markUnblocked(channel) : list.markUnblockFailed(channel, `HTTP ${response.status}`),
      (error: Error) => list.markUnblockFailed(channel, error.message),
    );
  }

  onUnblocked(event: Event) {
    this.handled.unblocked.push((event as CustomEvent<UnblockDetail>).detail);
  }
}

const START = new InjectionToken<{ contactId: string; token: string }>('what the app starts with');

/** The app around it, binding the component's inputs from signals a test changes. */
@Component({
  selector: 'app-root',
  standalone: true,
  imports: [ContactMessagesComponent],
  template: `<app-contact-messages [contactId]="contactId()" [token]="token()" />`,
})
class AppComponent {
  readonly contactId = signal(inject(START).contactId);
  readonly token = signal(inject(START).token);
}

/** Errors Angular reported (to its ErrorHandler or the console, e.g. NG0303/NG0304 for a binding it refused). */
let angularErrors: unknown[] = [];
class RecordingErrorHandler implements ErrorHandler {
  handleError(error: unknown) {
    angularErrors.push(error);
  }
}

let app: ApplicationRef | undefined;
const consoleError = console.error;

async function start(contactId: string, token = 'first-token') {
  document.body.append(document.createElement('app-root'));
  app = await bootstrapApplication(AppComponent, {
    providers: [
      provideZonelessChangeDetection(),
      { provide: ErrorHandler, useClass: RecordingErrorHandler },
      { provide: START, useValue: { contactId, token } },
    ],
  });
  const list = document.querySelector<MessageStatusList>('app-contact-messages > message-status-list');
  expect(list, 'the component rendered no <message-status-list>').to.exist;
  return {
    list: list!,
    root: app.components[0].instance as AppComponent,
    handled: app.injector.get(Handled),
  };
}

/** Lets zoneless change detection run what a signal change scheduled. */
async function stable() {
  await app!.whenStable();
}

const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

function rowTexts(list: MessageStatusList): string[] {
  return rows(list).map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
}

describe(`the README's Angular example, in Angular ${VERSION.full}`, () => {
  beforeEach(() => {
    angularErrors = [];
    console.error = (...args: unknown[]) => {
      if (args.some((arg) => /NG0\d+/.test(String(arg)))) angularErrors.push(args);
      consoleError(...args);
    };
  });

  afterEach(() => {
    console.error = consoleError;
    app?.destroy();
    app = undefined;
    document.querySelector('app-root')?.remove();
    expect(angularErrors, 'Angular reported errors').to.deep.equal([]);
  });

  it("loads the bound contact's messages with the token's header, and (messages-load) reaches the component", async () => {
    const contactId = freshContact('blocked-email');
    const { list, handled } = await start(contactId, 'token-1');
    await loaded(list);

    expect(list.contactId).to.equal(contactId);
    expect(part(list, 'header')!.textContent).to.contain(BLOCKED_EMAIL);
    const requests = await requestsFor(contactId);
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) expect(request.headers.authorization).to.equal('Bearer token-1');

    await waitUntil(() => handled.loads.length > 0, '(messages-load) never reached the component');
    expect(handled.loads[0].contactId).to.equal(contactId);
    expect(handled.loads[0].messages.length).to.equal(rows(list).length);
  });

  it('reloads when the bound contact id changes, with the token bound by then', async () => {
    const first = freshContact('blocked-email');
    const { list, root, handled } = await start(first, 'token-1');
    await loaded(list);
    const requestInit = list.requestInit;
    const before = rowTexts(list);

    // A change detection pass with no new token binds the very same requestInit: `computed` makes one per token.
    app!.components[0].changeDetectorRef.detectChanges();
    expect(list.requestInit).to.equal(requestInit);

    const second = freshContact('ada');
    root.token.set('token-2');
    root.contactId.set(second);
    await stable();
    expect(list.contactId).to.equal(second);
    expect(list.requestInit).not.to.equal(requestInit);
    await waitUntil(() => handled.loads.some((load) => load.contactId === second), 'no messages-load for the new id');
    await loaded(list);

    expect(rowTexts(list)).not.to.deep.equal(before);
    expect(part(list, 'header')!.textContent).to.contain('ada.lindqvist@example.com');
    expect(part(list, 'header')!.textContent).not.to.contain(BLOCKED_EMAIL);
    const requests = await requestsFor(second);
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) expect(request.headers.authorization).to.equal('Bearer token-2');
    expect((await requestsFor(first)).every((request) => request.headers.authorization === 'Bearer token-1')).to.be
      .true;
  });

  async function confirmUnblock(list: MessageStatusList) {
    await click(part(list, 'unblock-button')!);
    await list.updateComplete;
    await click(part(list, 'confirm-button')!);
  }

  it('unblocks through the bound unblock endpoint; (unblock-request) and (unblock-success) reach the component', async () => {
    const contactId = freshContact('blocked-email');
    const { list, handled } = await start(contactId, 'token-1');
    await loaded(list);
    expect(part(list, 'blocked-address')).to.exist;

    await confirmUnblock(list);
    await waitUntil(() => handled.unblocked.length > 0, '(unblock-success) never reached the component');
    expect(handled.unblockRequests.length).to.equal(1);
    expect(handled.unblockRequests[0]).to.include({ contactId, channel: 'email' });
    const { idempotencyKey, ...requested } = handled.unblockRequests[0] as UnblockRequestDetail;
    expect(handled.unblocked[0]).to.deep.equal(requested);

    const posts = (await requestsFor(contactId)).filter((request) => request.method === 'POST');
    expect(posts.length).to.equal(1);
    expect(posts[0].path).to.equal(`/api/contacts/${encodeURIComponent(contactId)}/unblock`);
    expect(posts[0].headers.authorization).to.equal('Bearer token-1');
    expect(posts[0].headers['idempotency-key']).to.equal(idempotencyKey);
    expect(handled.sentByHost).to.deep.equal([]);
    await list.updateComplete;
    expect(part(list, 'blocked-address')).to.be.null;
  });

  it('lets the (unblock-request) handler send the unblock itself, with preventDefault()', async () => {
    const contactId = freshContact('blocked-email');
    const { list, handled } = await start(contactId, 'token-1');
    handled.takeOverUnblock = true;
    await loaded(list);

    await confirmUnblock(list);
    await waitUntil(() => handled.unblocked.length > 0, '(unblock-success) never reached the component');

    // One POST, and the host sent it: the list, told no by preventDefault(), sent none.
    expect(handled.sentByHost.length).to.equal(1);
    const posts = (await requestsFor(contactId)).filter((request) => request.method === 'POST');
    expect(posts.length).to.equal(1);
    expect(posts[0].headers.authorization).to.equal('Bearer token-1');
    await list.updateComplete;
    expect(part(list, 'blocked-address')).to.be.null;
  });

  it("tests the README's template as it is written there", async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('### In Angular');
    expect(start, 'no "### In Angular" section in the README').to.be.at.least(0);
    // The section runs to the next top-level heading.
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const written = /template: `([^`]*)`/.exec(section)?.[1];
    expect(written, "no template in the README's Angular section").to.be.a('string');
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(squash(written!)).to.equal(squash(TEMPLATE));
  });
});
