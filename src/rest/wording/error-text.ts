import type { MessageLoadError } from '../../data/errors.js';
import type { UiStrings } from '../../languages/pack.js';

/** What went wrong, as an agent is told it, whatever the action. */
type Reason =
  | 'too-large'
  | 'web-page'
  | 'redirect'
  | 'set-up'
  | 'timeout'
  | 'network'
  | 'unreadable'
  | 'not-found'
  | 'signed-out'
  | 'not-authorised'
  | 'rate-limited'
  | 'server'
  | 'refused';

function reasonOf(error: MessageLoadError): Reason {
  if (error.code) return error.code;
  switch (error.kind) {
    case 'timeout':
    case 'network':
      return error.kind;
    case 'parse':
      return 'unreadable';
    case 'http':
      if (error.status === 404) return 'not-found';
      // 401 asks who you are (a session that ended), 403 says who you are may not: an agent acts on each differently.
      if (error.status === 401) return 'signed-out';
      if (error.status === 403) return 'not-authorised';
      if (error.status === 429) return 'rate-limited';
      return (error.status ?? 0) >= 500 ? 'server' : 'refused';
  }
}

/** Loading messages: a redirect reads as a web page (a sign-in wall), like one served with 200. */
const LOAD_TEXT: Record<Reason, keyof UiStrings> = {
  'too-large': 'errorTooLarge',
  'web-page': 'errorWebPage',
  redirect: 'errorWebPage',
  'set-up': 'errorSetUp',
  timeout: 'errorTimeout',
  network: 'errorNetwork',
  unreadable: 'errorUnreadable',
  'not-found': 'errorNotFound',
  'signed-out': 'errorSignedOut',
  'not-authorised': 'errorNotAuthorised',
  'rate-limited': 'errorRateLimited',
  server: 'errorServer',
  refused: 'errorRefused',
};

/** Unblocking: about the address and whether the server confirmed anything, not about reading messages. */
const UNBLOCK_TEXT: Record<Reason, keyof UiStrings> = {
  ...LOAD_TEXT,
  // An over-large confirmation is one the widget cannot read, as unblocks word it.
  'too-large': 'unblockErrorUnreadable',
  'web-page': 'unblockErrorWebPage',
  redirect: 'unblockErrorRedirect',
  timeout: 'unblockErrorTimeout',
  network: 'unblockErrorNetwork',
  unreadable: 'unblockErrorUnreadable',
  'not-found': 'unblockErrorNotFound',
  'signed-out': 'unblockErrorSignedOut',
  'not-authorised': 'unblockErrorNotAuthorised',
  'rate-limited': 'unblockErrorRateLimited',
  server: 'unblockErrorServer',
  refused: 'unblockErrorRefused',
};

/**
 * Which interface sentence tells a support agent what went wrong, in their
 * language. The error's own message stays as the technical detail.
 */
export function errorTextKey(error: MessageLoadError, action: 'load' | 'unblock' = 'load'): keyof UiStrings {
  return (action === 'unblock' ? UNBLOCK_TEXT : LOAD_TEXT)[reasonOf(error)];
}
