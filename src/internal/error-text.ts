import type { MessageLoadError } from '../data/errors.js';
import type { UiStrings } from './ui-strings.js';

/**
 * Which interface sentence tells a support agent what went wrong, in their
 * language. The error's own message stays as the technical detail. A refused
 * unblock is about the address and the agent's rights, not about reading messages.
 */
export function errorTextKey(error: MessageLoadError, action: 'load' | 'unblock' = 'load'): keyof UiStrings {
  if (action === 'unblock' && error.kind === 'http') {
    if (error.status === 404) return 'unblockErrorNotFound';
    if (error.status === 401 || error.status === 403) return 'unblockErrorNotAuthorised';
  }
  if (error.code === 'too-large') return 'errorTooLarge';
  if (error.code === 'web-page') return 'errorWebPage';
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
