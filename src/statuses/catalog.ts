import type { Channel } from './channels.js';

/** The canonical delivery statuses, in kebab-case, whatever spelling the server used. */
export type StatusKey =
  | 'delivered'
  | 'opened'
  | 'soft-bounce'
  | 'blocked'
  | 'hard-bounce'
  | 'deferred'
  | 'unknown'
  | 'not-delivered'
  | 'failed'
  | 'expired'
  | 'control-group'
  | 'routed';

/** How worried a support agent should be; drives the chip's colour, never alone. */
export type Severity = 'success' | 'warning' | 'danger' | 'neutral';

/** The icon shown next to the label; `dot` is kept for statuses the widget does not know. */
export type StatusIcon =
  | 'check'
  | 'eye'
  | 'bounce'
  | 'block'
  | 'hourglass'
  | 'question'
  | 'cross'
  | 'alert'
  | 'clock'
  | 'users'
  | 'route'
  | 'dot';

/** What the widget knows about one status, apart from its texts. */
export interface StatusInfo {
  readonly severity: Severity;
  readonly icon: StatusIcon;
  /** The channels on which a platform reports this status. */
  readonly channels: readonly Channel[];
  /** The status it is counted under in totals, when not its own. */
  readonly countsAs?: StatusKey;
  /** Whether one such message blocks the contact's address or number. */
  readonly blocksAddress?: boolean;
  /** Not final: a later status is still expected (a retry under way, a report not yet in). */
  readonly pending?: boolean;
}

/** Every status, in the order a summary lists them. */
export const STATUS_KEYS: readonly StatusKey[] = Object.freeze([
  'delivered',
  'opened',
  'soft-bounce',
  'blocked',
  'hard-bounce',
  'deferred',
  'unknown',
  'not-delivered',
  'failed',
  'expired',
  'control-group',
  'routed',
] as const);

const info = (value: StatusInfo): StatusInfo =>
  Object.freeze({ ...value, channels: Object.freeze([...value.channels]) });

export const STATUS_CATALOG: Readonly<Record<StatusKey, StatusInfo>> = Object.freeze({
  delivered: info({ severity: 'success', icon: 'check', channels: ['email', 'sms'] }),
  opened: info({ severity: 'success', icon: 'eye', channels: ['email'] }),
  'soft-bounce': info({ severity: 'warning', icon: 'bounce', channels: ['email', 'sms'] }),
  // Send-out statistics file a blocked message under soft bounces; the summary does the same.
  blocked: info({ severity: 'warning', icon: 'block', channels: ['email'], countsAs: 'soft-bounce' }),
  'hard-bounce': info({ severity: 'danger', icon: 'alert', channels: ['email', 'sms'], blocksAddress: true }),
  deferred: info({ severity: 'warning', icon: 'hourglass', channels: ['email'], pending: true }),
  unknown: info({ severity: 'neutral', icon: 'question', channels: ['email'], pending: true }),
  'not-delivered': info({ severity: 'danger', icon: 'cross', channels: ['sms'] }),
  // Shares the cross with not-delivered: both say "it did not arrive", only the reason differs.
  failed: info({ severity: 'danger', icon: 'cross', channels: ['sms'] }),
  expired: info({ severity: 'warning', icon: 'clock', channels: ['email', 'sms'] }),
  'control-group': info({ severity: 'neutral', icon: 'users', channels: ['email', 'sms'] }),
  routed: info({ severity: 'neutral', icon: 'route', channels: ['sms'] }),
});
