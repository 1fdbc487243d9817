import type { RestWords } from './pack.js';

/** The English words that come with the rest of the widget: every explanation, notice, button and announcement. */
export const enRest: RestWords = {
  ui: {
    regionLabel: 'Messages for {contact}',
    channelFailed: '{channel} messages could not be loaded.',
    summaryWithinLabel: '{outer}, of which {label}: {count}',
    serverSaid: 'Receiving server said:',
    loadMore: 'Show older messages',
    contactLabel: 'Contact details',
    blocked: 'blocked',
    blockedInferred: 'blocked (inferred from a hard bounce)',
    blockedInferredSoftBounces: 'blocked — inferred from {limit} soft bounces in {days} days',
    softBounceWarning: '{count} soft bounces in the last {days} days — the address gets blocked at {limit}',
    softBounceLimitPassed:
      '{count} soft bounces in the last {days} days: the limit of {limit} is reached, yet the address is not blocked',
    softBounceRule:
      'One soft bounce does not block an email address, but {limit} of them within {days} days, with no email delivered in between, do. A delivered email starts the count again. Soft bounces never block a phone number.',
    softBounceShow: 'Show these bounces',
    blockStoryHardBounce: 'Blocked since {date}, when “{name}” came back as a hard bounce.',
    blockStorySoftBounces:
      'Blocked since {date}, after {count} soft bounces within {days} days (the first on {first}).',
    blockStoryUnexplained:
      'No bounce in the loaded messages explains this block: it may come from an older message, or have been set in the sending platform.',
    blockStoryLastDelivery: 'The last message delivered to it was sent on {date}.',
    blockStoryShow: 'Show the message',
    blockStoryShowLabel: 'Show the message that blocked {address}',
    unsubscribed: 'unsubscribed',
    unblock: 'Unblock',
    unblockLabel: 'Unblock {address}',
    unblocking: 'Unblocking…',
    unblockingLabel: 'Unblocking {address}…',
    unblockTitle: 'Unblock {address}?',
    unblockWarning:
      'Only unblock it if you know the address works now. Sending to an invalid address again harms the sender’s reputation with mail and SMS providers, so later messages to everyone may land in spam or be refused.',
    unblockSoftBounces:
      'A block can also come from soft bounces that kept repeating ({limit} within {days} days), so look through the latest messages first.',
    unblockRecentEmail: 'Latest emails to this contact',
    unblockRecentSms: 'Latest texts to this contact',
    unblockConfirm: 'Unblock',
    cancel: 'Cancel',
    unblockFailed: '{address} is still blocked: {message}',
    unblocked: '{address} is unblocked.',
    unblockNotSetUp: 'Unblocking is not set up on this page.',
    unblockErrorNotFound: 'The unblock service does not know this contact or address.',
    unblockErrorSignedOut: 'You seem to be signed out: sign in again, then try once more.',
    unblockErrorNotAuthorised: 'Your account is not allowed to unblock addresses.',
    unblockErrorRateLimited: 'The unblock service is busy; wait a little and try again.',
    unblockErrorServer: 'The unblock service is failing at the moment; nothing was confirmed.',
    unblockErrorRefused: 'The unblock service turned the request down.',
    unblockErrorTimeout: 'The unblock service gave no answer in time, so it is not known whether it worked.',
    unblockErrorNetwork: 'The connection to the unblock service broke before it confirmed anything.',
    unblockErrorWebPage: 'The server answered with a web page — are you signed in?',
    unblockErrorRedirect: 'The server sent the request elsewhere, usually to a sign-in page — are you signed in?',
    unblockErrorUnreadable: 'The unblock service’s answer was not a confirmation the widget can read.',
    summaryLabel: 'Statuses of the messages shown',
    summaryLabelFor: 'Statuses of the messages shown for {contact}',
    summaryLabelIn: 'Statuses of the messages shown in {list}',
    numberedName: '{name} ({number})',
    columnChannel: 'Channel',
    columnName: 'Send-out',
    columnStatus: 'Status',
    columnText: 'Subject or text',
    columnSent: 'Sent',
    messageCountOne: '{count} message',
    messageCountOther: '{count} messages',
    summaryWithin: 'of which {label}: {count}',
    summaryOther: 'Other',
    summaryMore: '+{count} more',
    summaryFewer: 'Fewer',
    refreshFailed: 'The messages could not be updated.',
    loadingMore: 'Loading older messages…',
    loadMoreFailed: 'The older messages could not be loaded.',
    filtersLabel: 'Filter the messages',
    allChannels: 'All',
    problemsOnly: 'Only problems',
    noMatches: 'No message shown matches the filter.',
    showAll: 'Show all',
    showingCount: 'Showing {shown} of {total}',
    searchLabel: 'Search',
    searchPlaceholder: 'Name or text',
    statusFilterLabel: 'Status',
    allStatuses: 'All statuses',
    allLoaded: 'All messages are loaded ({count}).',
    limitReached: 'The newest {count} are shown: the most the server hands out.',
    errorNotFound: 'This contact was not found in the message service.',
    errorSignedOut: 'You seem to be signed out: sign in again, then try once more.',
    errorNotAuthorised: 'Your account has no access to this contact’s messages.',
    errorRateLimited: 'The message service is busy; try again in a moment.',
    errorServer: 'The message service is failing at the moment; try again in a little while.',
    errorRefused: 'The message service turned the request down.',
    errorTimeout: 'The message service did not answer in time.',
    errorNetwork: 'The message service could not be reached.',
    errorUnreadable: 'The answer could not be read as message data.',
    errorTooLarge: 'The answer is too large to show; ask for fewer messages at a time.',
    errorWebPage:
      'A web page came back instead of message data; the address may be wrong, or the session may have ended.',
    errorSetUp: 'The widget is not set up correctly on this page.',
    technicalDetails: 'Technical details',
    skippedOne: 'One message could not be read and was left out.',
    skippedOther: '{count} messages could not be read and were left out.',
    staleSince: 'What is shown may be out of date: it was last loaded {time}.',
    updated: 'Updated {time}',
    refresh: 'Refresh',
    refreshLabel: 'Refresh the messages',
    refreshing: 'Refreshing…',
    loadedAnnouncement: 'Loaded {messages}.',
    showMore: 'Show more',
    showLess: 'Show less',
    copyLink: 'Copy link',
    copyLinkLabel: 'Copy link: {about}',
    linkCopied: 'Link copied',
    linkNotCopied: 'The link could not be copied; open it with View message and copy it from there.',
    workedSinceEmail: 'The address has worked since: an email sent to it on {date}, “{name}”, was delivered.',
    workedSinceSms: 'The number has worked since: a text sent to it on {date}, “{name}”, was delivered.',
    statusTime: 'Status last changed {date}.',
  },
  statuses: {
    statuses: {
      delivered: {
        email:
          'The recipient’s mail server accepted the email. Tracking ends there, so this says nothing about whether it was read.',
        sms: 'The operator confirmed that the text message arrived on the recipient’s phone.',
      },
      opened: {
        email:
          'The email was delivered and then opened. Mail apps that load images automatically also count as an open, so this does not prove that someone read it.',
        sms: 'Text messages do not report when they are opened, so this status normally belongs to email. Treat it as delivered to the phone.',
      },
      'soft-bounce': {
        email:
          'The receiving mail server accepted the email at first, then returned it, for example because the inbox was full or the server was down. The problem is temporary, and one soft bounce does not block the address: the next send-out tries again. Should they keep coming, though, {limit} soft bounces within {days} days block it.',
        sms: 'A temporary problem stopped the text, such as a fault in the operator network, a phone that is switched off or a full message inbox. If the operator keeps failing after several tries, it reports the text as failed. Soft bounces never block the number.',
      },
      blocked: {
        email:
          'The receiving side turned the email away, which counts as a kind of soft bounce. Despite the name, this one message does not block the contact’s address: the next send-out tries again, and send-out statistics count it as a soft bounce. Like other soft bounces, though, {limit} of them within {days} days block it.',
        sms: 'Blocked is an email status, a kind of soft bounce. On a text message, treat it as a temporary failure that does not block the number.',
      },
      'hard-bounce': {
        email:
          'The email came back because the address is invalid: the domain does not exist or the mailbox is unknown. A single hard bounce blocks the address, and nothing more is sent to it until someone unblocks it.',
        sms: 'The text was returned because the number does not exist or is not valid. A single hard bounce blocks the number, and no more texts go to it until someone unblocks it.',
      },
      deferred: {
        email:
          'The receiving domain is holding the email back for now. Delivery is retried for 72 hours; if the email still has not got through by then, it becomes a soft bounce.',
        sms: 'Delivery of this text was postponed and has not finished yet. The final status should follow later.',
      },
      unknown: {
        email:
          'No delivery report has come back for this email yet. Often the receiving domain simply sends no status reports, which is common with smaller email providers and company domains. A report may still arrive and change this status.',
        sms: 'No delivery report has come back from the operator yet. The final status may still arrive.',
      },
      'not-delivered': {
        email: 'The email did not reach the recipient, and no further reason was given.',
        sms: 'The text did not reach the phone, or its validity period ran out before it could be delivered.',
      },
      failed: {
        email: 'The email could not be sent, and no reason was given.',
        sms: 'The text could not be delivered, and the operator gave no reason.',
      },
      expired: {
        email: 'The email could not be delivered within 72 hours, and no more attempts will be made.',
        sms: 'The text could not be delivered within 48 hours, and no more attempts will be made.',
      },
      'control-group': {
        email:
          'Deliberately not sent: the contact was in this send-out’s control group, which is held back so that the effect of the send-out can be measured.',
        sms: 'Deliberately not sent: the contact was in this send-out’s control group, which is held back so that the effect of the send-out can be measured.',
      },
      routed: {
        email: 'The message passed through several parties on its way, so no delivery status is available.',
        sms: 'The text was handed on through several parties on its way, so no delivery status is available.',
      },
    },
    otherExplanation:
      'The server gave the status “{status}”, which this widget does not know and so cannot explain. The sending platform can tell you what it means.',
    missingExplanation: 'The server sent no status for this message.',
    deferredRetrying: 'Retrying continues for up to {hours} h more.',
    deferredClosed: 'The 72 hours are over, so it should soon be reported as a soft bounce.',
  },
};
