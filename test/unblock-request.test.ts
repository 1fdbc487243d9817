import { expect, waitUntil } from '@open-wc/testing';
import type { Fetcher } from '../src/data/types.js';
import { requestUnblock } from '../src/data/unblock.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { loadError, rejection } from './helpers/rejection.js';

const ENDPOINT = '/api/contacts/{contactId}/unblock';
const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

describe('requestUnblock', () => {
  it('POSTs { channel, address } as JSON once and resolves when the server accepts it', async () => {
    const contactId = freshContact('blocked-email');
    await requestUnblock({ endpoint: ENDPOINT, contactId, channel: 'email', address: 'erik.holm@nonexistent.example' });
    const requests = await requestsFor(contactId);
    expect(requests.length).to.equal(1);
    expect(requests[0]).to.include({ method: 'POST' });
    expect(requests[0].body).to.deep.equal({ channel: 'email', address: 'erik.holm@nonexistent.example' });
    const reloaded = await (await fetch(`/api/contacts/${contactId}/messages`)).json();
    expect(reloaded.contact.email.blocked).to.be.false;
  });

  it('fills {channel} and {address} in the template, URI-encoded', async () => {
    const contactId = freshContact('blocked-sms');
    await requestUnblock({
      endpoint: '/api/contacts/{contactId}/unblock?channel={channel}&address={address}',
      contactId,
      channel: 'sms',
      address: '+46 70 999 99 99',
    });
    const [request] = await requestsFor(contactId);
    expect(request.query).to.deep.equal({ channel: 'sms', address: '+46 70 999 99 99' });
  });

  it('rejects with the status and the server’s own reason, and does not retry', async () => {
    const contactId = freshContact('unblock-fails');
    const error = await loadError(
      requestUnblock({ endpoint: ENDPOINT, contactId, channel: 'email', address: 'olof.dahl@nonexistent.example' }),
    );
    expect(error).to.include({ kind: 'http', status: 500, channel: 'email' });
    expect(error.message).to.equal('The unblock failed (HTTP 500): The mail provider refused the unblock.');
    expect((await requestsFor(contactId)).length).to.equal(1);
  });

  it('says the server refused an address that is not the contact’s', async () => {
    const error = await loadError(
      requestUnblock({
        endpoint: ENDPOINT,
        contactId: freshContact('blocked-email'),
        channel: 'email',
        address: 'x@y.z',
      }),
    );
    expect(error.status).to.equal(409);
  });

  it('times out as a timeout, not a network failure', async () => {
    const error = await loadError(
      requestUnblock({
        endpoint: `${ENDPOINT}?delay=2000`,
        contactId: freshContact('blocked-email'),
        channel: 'email',
        address: 'erik.holm@nonexistent.example',
        timeout: 100,
      }),
    );
    expect(error.kind).to.equal('timeout');
  });

  it('times out even when the fetcher ignores the signal', async () => {
    const error = await loadError(
      requestUnblock({
        endpoint: ENDPOINT,
        contactId: freshContact('blocked-email'),
        channel: 'email',
        address: BLOCKED_EMAIL,
        // A host's fetcher that never settles, as one that drops the signal and hangs would.
        fetcher: () => new Promise(() => {}),
        timeout: 50,
      }),
    );
    expect(error).to.include({
      kind: 'timeout',
      channel: 'email',
      message: 'The unblock service did not answer in time.',
    });
  });

  it('says it could not reach the unblock service', async () => {
    const error = await loadError(
      requestUnblock({
        // Port 1 is one browsers refuse to connect to.
        endpoint: 'http://127.0.0.1:1/unblock',
        contactId: '42',
        channel: 'sms',
        address: '+46700000000',
      }),
    );
    expect(error).to.include({ kind: 'network', channel: 'sms', message: 'Could not reach the unblock service.' });
  });

  for (const where of ['signal', 'requestInit.signal'] as const) {
    it(`stops when ${where} aborts, with its reason, and leaves the address blocked`, async () => {
      const contactId = freshContact('blocked-email');
      const controller = new AbortController();
      const reason = new Error('the list went away');
      const unblocking = requestUnblock({
        endpoint: `${ENDPOINT}?delay=2000`,
        contactId,
        channel: 'email',
        address: BLOCKED_EMAIL,
        ...(where === 'signal' ? { signal: controller.signal } : { requestInit: { signal: controller.signal } }),
      });
      await waitUntil(async () => (await requestsFor(contactId)).length === 1, 'the server got the request');
      controller.abort(reason);
      expect(await rejection(unblocking)).to.equal(reason);
      await waitUntil(async () => (await requestsFor(contactId))[0].aborted, 'the server saw the request go');
      const reloaded = await (await fetch(`/api/contacts/${contactId}/messages`)).json();
      expect(reloaded.contact.email.blocked).to.be.true;
    });
  }

  it('sends nothing when the signal has already aborted', async () => {
    const contactId = freshContact('blocked-email');
    const error = await rejection(
      requestUnblock({
        endpoint: ENDPOINT,
        contactId,
        channel: 'email',
        address: BLOCKED_EMAIL,
        signal: AbortSignal.abort(),
      }),
    );
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await requestsFor(contactId)).to.have.length(0);
  });

  describe('succeeds only on proof', () => {
    const unblockOf = (scenario: string, query = '', fetcher?: Fetcher) =>
      requestUnblock({
        endpoint: `${ENDPOINT}${query}`,
        contactId: freshContact(scenario),
        channel: 'email',
        address: BLOCKED_EMAIL,
        fetcher,
      });

    it('refuses a redirect to a sign-in page, without following it', async () => {
      const contactId = freshContact('unblock-login');
      const error = await loadError(
        requestUnblock({ endpoint: ENDPOINT, contactId, channel: 'email', address: BLOCKED_EMAIL }),
      );
      expect(error).to.include({ kind: 'http', code: 'redirect', channel: 'email' });
      expect((await requestsFor(contactId)).map((request) => request.path)).to.deep.equal([
        `/api/contacts/${encodeURIComponent(contactId)}/unblock`,
      ]);
    });

    it('refuses a redirect that a host’s fetcher followed', async () => {
      const follow: Fetcher = (url, init) => fetch(url, { ...init, redirect: 'follow' });
      const error = await loadError(unblockOf('unblock-login', '', follow));
      expect(error.code).to.equal('redirect');
    });

    it('refuses a web page served with 200', async () => {
      const error = await loadError(unblockOf('unblock-html'));
      expect(error).to.include({ kind: 'parse', code: 'web-page', status: 200 });
    });

    it('refuses 200 headers followed by a dropped connection', async () => {
      const error = await loadError(unblockOf('unblock-drop'));
      expect(error.kind).to.equal('network');
    });

    it('refuses a 200 whose body is neither empty nor JSON', async () => {
      const error = await loadError(unblockOf('blocked-email', '?raw=OK%20unblocked&type=text/plain'));
      expect(error).to.include({ kind: 'parse', status: 200 });
    });

    it('accepts an empty 200 and a JSON 200', async () => {
      await unblockOf('blocked-email', '?raw=');
      await unblockOf('blocked-email');
    });
  });
});
