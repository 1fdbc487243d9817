import type { FirstWords } from './pack.js';

/**
 * The English words of the first file: the rows', and the notices shown before the rest of the widget arrives. The
 * rest of English (explanations, notices, the header, the dialog) comes with it (en-rest.ts).
 */
export const enFirst: FirstWords = {
  ui: {
    listLabel: 'Sent messages',
    loading: 'Loading messages…',
    empty: 'No email or SMS has been sent to this contact yet.',
    errorTitle: 'The messages could not be loaded.',
    retry: 'Try again',
    email: 'Email',
    sms: 'SMS',
    unknownTime: 'Time unknown',
    viewMessage: 'View message',
    viewMessageLabel: 'View message: {about} (opens in a new window)',
    transactional: 'Transactional',
    noText: 'No subject or text',
    noContact: 'No contact is chosen.',
    notSetUp: 'No endpoint is set, so no messages can be loaded.',
    source: 'Via {source}',
  },
  statuses: {
    statuses: {
      delivered: {
        label: 'Delivered',
      },
      opened: {
        // The vendor's own term: an agent who read its help article looks for this one.
        label: 'Delivered (Opened)',
      },
      'soft-bounce': {
        label: 'Soft bounce',
      },
      blocked: {
        label: 'Blocked',
      },
      'hard-bounce': {
        label: 'Hard bounce',
      },
      deferred: {
        label: 'Deferred',
      },
      unknown: {
        label: 'Unknown',
      },
      'not-delivered': {
        label: 'Not delivered',
      },
      failed: {
        label: 'Failed',
      },
      expired: {
        label: 'Expired',
      },
      'control-group': {
        label: 'Control group',
      },
      routed: {
        label: 'Routed',
      },
    },
    otherLabel: 'No status',
    pendingLabel: 'pending: a later status is expected',
  },
};
