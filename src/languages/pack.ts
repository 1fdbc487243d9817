import type { StatusKey } from '../statuses/catalog.js';

/** Every piece of interface text outside the statuses. `{name}` marks a placeholder. */
export interface UiStrings {
  listLabel: string;
  regionLabel: string;
  loading: string;
  empty: string;
  errorTitle: string;
  retry: string;
  channelFailed: string;
  email: string;
  sms: string;
  unknownTime: string;
  viewMessage: string;
  viewMessageLabel: string;
  summaryWithinLabel: string;
  transactional: string;
  serverSaid: string;
  noText: string;
  loadMore: string;
  contactLabel: string;
  blocked: string;
  blockedInferred: string;
  blockedInferredSoftBounces: string;
  softBounceWarning: string;
  softBounceLimitPassed: string;
  softBounceRule: string;
  softBounceShow: string;
  blockStoryHardBounce: string;
  blockStorySoftBounces: string;
  blockStoryUnexplained: string;
  blockStoryLastDelivery: string;
  blockStoryShow: string;
  blockStoryShowLabel: string;
  unsubscribed: string;
  unblock: string;
  unblockLabel: string;
  unblocking: string;
  unblockingLabel: string;
  unblockTitle: string;
  unblockWarning: string;
  unblockSoftBounces: string;
  unblockRecentEmail: string;
  unblockRecentSms: string;
  unblockConfirm: string;
  cancel: string;
  unblockFailed: string;
  unblocked: string;
  unblockNotSetUp: string;
  unblockErrorNotFound: string;
  unblockErrorSignedOut: string;
  unblockErrorNotAuthorised: string;
  unblockErrorRateLimited: string;
  unblockErrorServer: string;
  unblockErrorRefused: string;
  unblockErrorTimeout: string;
  unblockErrorNetwork: string;
  unblockErrorWebPage: string;
  unblockErrorRedirect: string;
  unblockErrorUnreadable: string;
  summaryLabel: string;
  summaryLabelFor: string;
  /** The summary's toolbar of a list the host named (`label`): "… shown in {list}". */
  summaryLabelIn: string;
  /** A list's name numbered, where another list on the page already has that name: "{name} ({number})". */
  numberedName: string;
  /** The rows' column headers, for screen readers: channel, send-out, status, text, and when (with the row's links). */
  columnChannel: string;
  columnName: string;
  columnStatus: string;
  columnText: string;
  columnSent: string;
  messageCountOne: string;
  messageCountOther: string;
  summaryWithin: string;
  summaryOther: string;
  summaryMore: string;
  summaryFewer: string;
  refreshFailed: string;
  loadingMore: string;
  loadMoreFailed: string;
  noContact: string;
  notSetUp: string;
  filtersLabel: string;
  allChannels: string;
  problemsOnly: string;
  noMatches: string;
  showAll: string;
  showingCount: string;
  searchLabel: string;
  searchPlaceholder: string;
  statusFilterLabel: string;
  allStatuses: string;
  allLoaded: string;
  limitReached: string;
  source: string;
  errorNotFound: string;
  errorSignedOut: string;
  errorNotAuthorised: string;
  errorRateLimited: string;
  errorServer: string;
  errorRefused: string;
  errorTimeout: string;
  errorNetwork: string;
  errorUnreadable: string;
  errorTooLarge: string;
  errorWebPage: string;
  errorSetUp: string;
  technicalDetails: string;
  skippedOne: string;
  skippedOther: string;
  staleSince: string;
  updated: string;
  refresh: string;
  refreshLabel: string;
  refreshing: string;
  loadedAnnouncement: string;
  showMore: string;
  showLess: string;
  copyLink: string;
  copyLinkLabel: string;
  linkCopied: string;
  linkNotCopied: string;
  workedSinceEmail: string;
  workedSinceSms: string;
  statusTime: string;
}

/** A status's short label and what it means on each channel, for a support agent reading a contact card. */
export interface StatusText {
  label: string;
  email: string;
  sms: string;
}

/** Every text the statuses module shows, in one language. */
export interface StatusStrings {
  statuses: Record<StatusKey, StatusText>;
  /** The label when the server sent no status text at all. */
  otherLabel: string;
  /** The explanation for a status the widget does not know; `{status}` is replaced by the server's text. */
  otherExplanation: string;
  /** The explanation when the server sent no status text at all. */
  missingExplanation: string;
  /** Added to a deferred email still inside its retry window; `{hours}` is replaced by the whole hours left. */
  deferredRetrying: string;
  /** Added to a deferred email whose retry window has closed. */
  deferredClosed: string;
  /** Read after the label of a status that a later one should follow (a final one has no such words). */
  pendingLabel: string;
}

/** Every text of one language: the interface's and the statuses'. One file per language, loaded where it is spoken. */
export interface LanguagePack {
  ui: UiStrings;
  statuses: StatusStrings;
}

/** Host texts that replace the built-in ones for one language; empty strings are ignored. */
export type StatusOverrides = Partial<Record<StatusKey, Partial<StatusText>>> & {
  otherLabel?: string;
  otherExplanation?: string;
  missingExplanation?: string;
  deferredRetrying?: string;
  deferredClosed?: string;
  pendingLabel?: string;
};

/** The host's own wording, per language: any label or explanation can be replaced. */
export type StringOverrides = Readonly<Record<string, { ui?: Partial<UiStrings>; statuses?: StatusOverrides }>>;

/** One interface text in the language in force, placeholders filled: what every view is handed. */
export type Text = (key: keyof UiStrings, values?: Readonly<Record<string, string | number>>) => string;

/** The interface words the first file shows: the rows', and the notices before the rest of the widget arrives. */
export type FirstUiKey =
  | 'listLabel'
  | 'loading'
  | 'empty'
  | 'errorTitle'
  | 'retry'
  | 'email'
  | 'sms'
  | 'unknownTime'
  | 'viewMessage'
  | 'viewMessageLabel'
  | 'transactional'
  | 'noText'
  | 'noContact'
  | 'notSetUp'
  | 'source';

/** One of the first file's words, placeholders filled: what its views are handed. */
export type FirstText = (key: FirstUiKey, values?: Readonly<Record<string, string | number>>) => string;

type PendingText = 'otherLabel' | 'pendingLabel';

/** A language's words that the first file needs (English is split between the first file and the rest). */
export interface FirstWords {
  ui: Pick<UiStrings, FirstUiKey>;
  statuses: Pick<StatusStrings, PendingText> & { statuses: Record<StatusKey, Pick<StatusText, 'label'>> };
}

/** The rest of a language's words. */
export interface RestWords {
  ui: Omit<UiStrings, FirstUiKey>;
  statuses: Omit<StatusStrings, PendingText | 'statuses'> & {
    statuses: Record<StatusKey, Omit<StatusText, 'label'>>;
  };
}

/** Frozen all the way down, so that no caller's override can leak into another widget's texts. */
export function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
