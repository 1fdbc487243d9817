import { expect } from '@open-wc/testing';
import { MessageLoadError } from '../src/data/errors.js';
import { errorTextKey } from '../src/rest/wording/error-text.js';

const http = (status: number) => new MessageLoadError('http', 'x', { status });

describe('errorTextKey', () => {
  it('words HTTP failures by status', () => {
    expect([404, 401, 403, 429, 500, 503, 400, 409].map((status) => errorTextKey(http(status)))).to.deep.equal([
      'errorNotFound',
      // Signed out (401) and no access (403) are different things to do for an agent.
      'errorSignedOut',
      'errorNotAuthorised',
      'errorRateLimited',
      'errorServer',
      'errorServer',
      'errorRefused',
      'errorRefused',
    ]);
  });

  it('words the other kinds, and the finer codes first', () => {
    expect(errorTextKey(new MessageLoadError('timeout', 'x'))).to.equal('errorTimeout');
    expect(errorTextKey(new MessageLoadError('network', 'x'))).to.equal('errorNetwork');
    expect(errorTextKey(new MessageLoadError('parse', 'x'))).to.equal('errorUnreadable');
    expect(errorTextKey(new MessageLoadError('parse', 'x', { code: 'too-large' }))).to.equal('errorTooLarge');
    expect(errorTextKey(new MessageLoadError('parse', 'x', { code: 'web-page' }))).to.equal('errorWebPage');
    expect(errorTextKey(new MessageLoadError('network', 'x', { code: 'set-up' }))).to.equal('errorSetUp');
  });

  it('words a failed unblock in words of its own, never the load path’s', () => {
    expect([404, 401, 403, 429, 500, 409].map((status) => errorTextKey(http(status), 'unblock'))).to.deep.equal([
      'unblockErrorNotFound',
      'unblockErrorSignedOut',
      'unblockErrorNotAuthorised',
      'unblockErrorRateLimited',
      'unblockErrorServer',
      'unblockErrorRefused',
    ]);
    const unblockKey = (kind: 'timeout' | 'network' | 'parse', code?: 'web-page' | 'redirect') =>
      errorTextKey(new MessageLoadError(kind, 'x', { code }), 'unblock');
    expect(unblockKey('timeout')).to.equal('unblockErrorTimeout');
    expect(unblockKey('network')).to.equal('unblockErrorNetwork');
    expect(unblockKey('parse')).to.equal('unblockErrorUnreadable');
    expect(unblockKey('parse', 'web-page')).to.equal('unblockErrorWebPage');
    expect(unblockKey('network', 'redirect')).to.equal('unblockErrorRedirect');
  });
});
