import { expect } from '@open-wc/testing';
import { keepEarlyAnswer, takeEarlyAnswer } from '../src/data/early-answers.js';

// The answers to first requests the script-tag bundle starts before the list exists: given up once, and only to a
// request that is the one they were made as.

const PLAIN = { method: 'GET', headers: new Headers({ Accept: 'application/json' }), body: undefined };
let count = 0;
/** A URL no other test keeps an answer for. */
const freshUrl = () => `https://crm.example/api/contacts/early-${++count}/messages?count=100`;
const answer = () => Promise.resolve(new Response('[]'));

describe('early answers', () => {
  it('are given up once, to a plain GET for JSON with the same URL', async () => {
    const url = freshUrl();
    const kept = answer();
    keepEarlyAnswer(url, kept);
    expect(takeEarlyAnswer(`${url}&x=1`, PLAIN), 'another URL took it').to.be.undefined;
    expect(takeEarlyAnswer(url, { ...PLAIN, signal: new AbortController().signal })).to.equal(kept);
    expect(takeEarlyAnswer(url, PLAIN), 'it was given up twice').to.be.undefined;
  });

  it('are not given to a request with the host’s headers or options, or another method', () => {
    const url = freshUrl();
    keepEarlyAnswer(url, answer());
    const others: RequestInit[] = [
      { ...PLAIN, headers: { Accept: 'application/json', Authorization: 'Bearer t' } },
      { ...PLAIN, headers: { Accept: 'text/plain' } },
      { ...PLAIN, credentials: 'include' },
      { ...PLAIN, cache: 'no-store' },
      { ...PLAIN, method: 'POST', body: '{}' },
    ];
    for (const init of others) expect(takeEarlyAnswer(url, init), JSON.stringify(init)).to.be.undefined;
    expect(takeEarlyAnswer(url, PLAIN), 'the plain request did not get it').to.be.a('promise');
  });

  it('keep the first answer for a URL; a failed one is not an unhandled rejection', async () => {
    const url = freshUrl();
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    addEventListener('unhandledrejection', onUnhandled);
    try {
      const failed = Promise.reject(new TypeError('offline'));
      keepEarlyAnswer(url, failed);
      keepEarlyAnswer(url, answer());
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
      expect(takeEarlyAnswer(url, PLAIN)).to.equal(failed);
      await failed.catch(() => undefined);
    } finally {
      removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
