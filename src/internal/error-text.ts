import type { MessageLoadError } from '../data/errors.js';
import type { UiStrings } from './ui-strings.js';

/**
 * Which interface sentence tells a support agent what went wrong, in their
 * language. The error's own message stays as the technical detail. An unblock
 * has wording of its own: it is about the address and whether the server
 * confirmed anything, not about reading messages.
 */
export function errorTextKey(error: MessageLoadError, action: 'load' | 'unblock' = 'load'): keyof UiStrings {
  return action === 'unblock' ? unblockKey(error) : loadKey(error);
}

function loadKey(error: MessageLoadError): keyof UiStrings {
  if (error.code === 'too-large') return 'errorTooLarge';
  if (error.code === 'web-page' || error.code === 'redirect') return 'errorWebPage';
  if (error.code === 'set-up') return 'errorSetUp';
  switch (error.kind) {
    case 'timeout':
      return 'errorTimeout';
    case 'network':
      return 'errorNetwork';
    case 'parse':
      return 'errorUnreadable';
    case 'http':
      if (error.status === 404) return 'errorNotFound';
      if (error.status === 401 || error.status === 403) return 'errorNotAuthorised';
      if (error.status === 429) return 'errorRateLimited';
      return (error.status ?? 0) >= 500 ? 'errorServer' : 'errorRefused';
  }
}

function unblockKey(error: MessageLoadError): keyof UiStrings {
  if (error.code === 'web-page') return 'unblockErrorWebPage';
  if (error.code === 'redirect') return 'unblockErrorRedirect';
  if (error.code === 'set-up') return 'errorSetUp';
  switch (error.kind) {
    case 'timeout':
      return 'unblockErrorTimeout';
    case 'network':
      return 'unblockErrorNetwork';
    case 'parse':
      return 'unblockErrorUnreadable';
    case 'http':
      if (error.status === 404) return 'unblockErrorNotFound';
      if (error.status === 401 || error.status === 403) return 'unblockErrorNotAuthorised';
      if (error.status === 429) return 'unblockErrorRateLimited';
      return (error.status ?? 0) >= 500 ? 'unblockErrorServer' : 'unblockErrorRefused';
  }
}
