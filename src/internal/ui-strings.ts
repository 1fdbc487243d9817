import type { StatusOverrides } from '../statuses/describe.js';
import { resolveLanguage } from '../statuses/language.js';

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
  unsubscribed: string;
  unblock: string;
  unblockLabel: string;
  unblocking: string;
  unblockingLabel: string;
  unblockTitle: string;
  unblockWarning: string;
  unblockSoftBounces: string;
  unblockConfirm: string;
  cancel: string;
  unblockFailed: string;
  unblocked: string;
  unblockNotSetUp: string;
  unblockErrorNotFound: string;
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
  messageCountOne: string;
  messageCountOther: string;
  summaryWithin: string;
  summaryOther: string;
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
}

const en: UiStrings = {
  listLabel: 'Sent messages',
  regionLabel: 'Messages for {contact}',
  loading: 'Loading messages…',
  empty: 'No email or SMS has been sent to this contact yet.',
  errorTitle: 'The messages could not be loaded.',
  retry: 'Try again',
  channelFailed: '{channel} messages could not be loaded.',
  email: 'Email',
  sms: 'SMS',
  unknownTime: 'Time unknown',
  viewMessage: 'View message',
  viewMessageLabel: 'View message: {about} (opens in a new window)',
  summaryWithinLabel: '{outer}, of which {label}: {count}',
  transactional: 'Transactional',
  serverSaid: 'Receiving server said:',
  noText: 'No subject or text',
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
  unsubscribed: 'unsubscribed',
  unblock: 'Unblock',
  unblockLabel: 'Unblock {address}',
  unblocking: 'Unblocking…',
  unblockingLabel: 'Unblocking {address}…',
  unblockTitle: 'Unblock {address}?',
  unblockWarning:
    'Only unblock it if you know the address works now. Sending to an invalid address again harms the sender’s reputation with mail and SMS providers, so later messages to everyone may land in spam or be refused.',
  unblockSoftBounces:
    'A block can also come from soft bounces that kept repeating ({limit} within {days} days), so check the recent messages below first.',
  unblockConfirm: 'Unblock',
  cancel: 'Cancel',
  unblockFailed: '{address} is still blocked: {message}',
  unblocked: '{address} is unblocked.',
  unblockNotSetUp: 'Unblocking is not set up on this page.',
  unblockErrorNotFound: 'The service does not know this contact or address (HTTP 404).',
  unblockErrorNotAuthorised: 'You are not allowed to unblock addresses (HTTP {status}).',
  unblockErrorRateLimited: 'The unblock service is busy; wait a little and try again (HTTP 429).',
  unblockErrorServer: 'The unblock service ran into an error (HTTP {status}); nothing was confirmed.',
  unblockErrorRefused: 'The unblock service turned the request down (HTTP {status}).',
  unblockErrorTimeout: 'The unblock service gave no answer in time, so it is not known whether it worked.',
  unblockErrorNetwork: 'The connection to the unblock service broke before it confirmed anything.',
  unblockErrorWebPage: 'The server answered with a web page — are you signed in?',
  unblockErrorRedirect: 'The server sent the request elsewhere, usually to a sign-in page — are you signed in?',
  unblockErrorUnreadable: 'The unblock service’s answer was not a confirmation the widget can read.',
  summaryLabel: 'Statuses of the messages shown',
  messageCountOne: '{count} message',
  messageCountOther: '{count} messages',
  summaryWithin: 'of which {label}: {count}',
  summaryOther: 'Other',
  refreshFailed: 'The messages could not be updated.',
  loadingMore: 'Loading older messages…',
  loadMoreFailed: 'The older messages could not be loaded.',
  noContact: 'No contact is chosen.',
  notSetUp: 'No endpoint is set, so no messages can be loaded.',
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
  source: 'Via {source}',
  errorNotFound: 'The message service does not know this contact (HTTP 404).',
  errorNotAuthorised: 'You are not authorised to see this contact’s messages (HTTP {status}).',
  errorRateLimited: 'The message service is busy; try again in a moment (HTTP 429).',
  errorServer: 'The message service failed (HTTP {status}).',
  errorRefused: 'The message service refused the request (HTTP {status}).',
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
};

const sv: UiStrings = {
  listLabel: 'Skickade meddelanden',
  regionLabel: 'Meddelanden till {contact}',
  loading: 'Hämtar meddelanden…',
  empty: 'Inga mejl eller sms har skickats till kontakten ännu.',
  errorTitle: 'Meddelandena kunde inte hämtas.',
  retry: 'Försök igen',
  channelFailed: '{channel}-meddelanden kunde inte hämtas.',
  email: 'Mejl',
  sms: 'Sms',
  unknownTime: 'Okänd tid',
  viewMessage: 'Visa meddelandet',
  viewMessageLabel: 'Visa meddelandet: {about} (öppnas i ett nytt fönster)',
  summaryWithinLabel: '{outer}, varav {label}: {count}',
  transactional: 'Transaktionellt',
  serverSaid: 'Mottagande server svarade:',
  noText: 'Ingen ämnesrad eller text',
  loadMore: 'Visa äldre meddelanden',
  contactLabel: 'Kontaktuppgifter',
  blocked: 'spärrad',
  blockedInferred: 'spärrad (härlett från en hård studs)',
  blockedInferredSoftBounces: 'spärrad – härlett från {limit} mjuka studsar på {days} dagar',
  softBounceWarning: '{count} mjuka studsar de senaste {days} dagarna – vid {limit} spärras adressen',
  softBounceLimitPassed:
    '{count} mjuka studsar de senaste {days} dagarna: gränsen {limit} är nådd, men adressen är inte spärrad',
  softBounceRule:
    'En enstaka mjuk studs spärrar inte en e-postadress, men {limit} stycken inom {days} dagar gör det, om inget mejl har levererats däremellan. Ett levererat mejl gör att räkningen börjar om. Mjuka studsar spärrar aldrig ett mobilnummer.',
  softBounceShow: 'Visa studsarna',
  unsubscribed: 'avregistrerad',
  unblock: 'Häv spärren',
  unblockLabel: 'Häv spärren för {address}',
  unblocking: 'Häver spärren…',
  unblockingLabel: 'Häver spärren för {address}…',
  unblockTitle: 'Häva spärren för {address}?',
  unblockWarning:
    'Häv bara spärren om du vet att adressen fungerar nu. Att skicka till en ogiltig adress igen skadar avsändarens rykte hos e-post- och sms-leverantörer, så att senare utskick till alla kan hamna i skräpposten eller nekas.',
  unblockSoftBounces:
    'En spärr kan också komma av mjuka studsar som upprepats ({limit} inom {days} dagar), så titta först på de senaste meddelandena nedan.',
  unblockConfirm: 'Häv spärren',
  cancel: 'Avbryt',
  unblockFailed: '{address} är fortfarande spärrad: {message}',
  unblocked: 'Spärren för {address} är hävd.',
  unblockNotSetUp: 'Att häva spärrar är inte inställt på den här sidan.',
  unblockErrorNotFound: 'Tjänsten känner inte till den här kontakten eller adressen (HTTP 404).',
  unblockErrorNotAuthorised: 'Du har inte behörighet att häva spärrar (HTTP {status}).',
  unblockErrorRateLimited: 'Tjänsten för att häva spärrar är upptagen; vänta en stund och försök igen (HTTP 429).',
  unblockErrorServer: 'Tjänsten för att häva spärrar fick ett fel (HTTP {status}); inget bekräftades.',
  unblockErrorRefused: 'Tjänsten för att häva spärrar avvisade begäran (HTTP {status}).',
  unblockErrorTimeout: 'Tjänsten för att häva spärrar svarade inte i tid, så det är oklart om det lyckades.',
  unblockErrorNetwork: 'Anslutningen till tjänsten bröts innan något bekräftades.',
  unblockErrorWebPage: 'Servern svarade med en webbsida — är du inloggad?',
  unblockErrorRedirect: 'Servern skickade begäran vidare, oftast till en inloggningssida — är du inloggad?',
  unblockErrorUnreadable: 'Svaret från tjänsten var ingen bekräftelse som widgeten kan läsa.',
  summaryLabel: 'Status för de visade meddelandena',
  messageCountOne: '{count} meddelande',
  messageCountOther: '{count} meddelanden',
  summaryWithin: 'varav {label}: {count}',
  summaryOther: 'Övrigt',
  refreshFailed: 'Meddelandena kunde inte uppdateras.',
  loadingMore: 'Hämtar äldre meddelanden…',
  loadMoreFailed: 'De äldre meddelandena kunde inte hämtas.',
  noContact: 'Ingen kontakt är vald.',
  notSetUp: 'Ingen endpoint är angiven, så inga meddelanden kan hämtas.',
  filtersLabel: 'Filtrera meddelandena',
  allChannels: 'Alla',
  problemsOnly: 'Bara problem',
  noMatches: 'Inget visat meddelande matchar filtret.',
  showAll: 'Visa alla',
  showingCount: 'Visar {shown} av {total}',
  searchLabel: 'Sök',
  searchPlaceholder: 'Namn eller text',
  statusFilterLabel: 'Status',
  allStatuses: 'Alla statusar',
  allLoaded: 'Alla meddelanden är hämtade ({count}).',
  limitReached: 'De {count} senaste visas: fler lämnar servern inte ut.',
  source: 'Via {source}',
  errorNotFound: 'Meddelandetjänsten känner inte till den här kontakten (HTTP 404).',
  errorNotAuthorised: 'Du har inte behörighet att se kontaktens meddelanden (HTTP {status}).',
  errorRateLimited: 'Meddelandetjänsten är upptagen; försök igen om en stund (HTTP 429).',
  errorServer: 'Meddelandetjänsten fick ett fel (HTTP {status}).',
  errorRefused: 'Meddelandetjänsten nekade begäran (HTTP {status}).',
  errorTimeout: 'Meddelandetjänsten svarade inte i tid.',
  errorNetwork: 'Det gick inte att nå meddelandetjänsten.',
  errorUnreadable: 'Svaret gick inte att läsa som meddelandedata.',
  errorTooLarge: 'Svaret är för stort för att visas; be om färre meddelanden åt gången.',
  errorWebPage:
    'En webbsida kom tillbaka i stället för meddelandedata; adressen kan vara fel eller sessionen ha gått ut.',
  errorSetUp: 'Widgeten är inte rätt inställd på den här sidan.',
  technicalDetails: 'Tekniska detaljer',
  skippedOne: 'Ett meddelande gick inte att läsa och har utelämnats.',
  skippedOther: '{count} meddelanden gick inte att läsa och har utelämnats.',
  staleSince: 'Det som visas kan vara inaktuellt: det hämtades senast {time}.',
  updated: 'Uppdaterat {time}',
  refresh: 'Uppdatera',
  refreshLabel: 'Uppdatera meddelandena',
  refreshing: 'Uppdaterar…',
  loadedAnnouncement: 'Hämtade {messages}.',
  showMore: 'Visa mer',
  showLess: 'Visa mindre',
};

export const UI_STRINGS: Readonly<Record<string, UiStrings>> = { en, sv };

/** The host's own wording, per language: any label or explanation can be replaced. */
export type StringOverrides = Readonly<Record<string, { ui?: Partial<UiStrings>; statuses?: StatusOverrides }>>;

/** One interface text: the host's wording where it gave a non-blank one, else the built-in one, placeholders filled. */
export function uiText(
  strings: StringOverrides,
  lang: string,
  key: keyof UiStrings,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const own = strings[lang]?.ui?.[key];
  // A blank override would leave an empty button or notice: the built-in text stands instead.
  // A language the host added (`de`, or `sv-SE` beside the built-in `sv`) is filled in from the closest built-in one.
  const builtIn = UI_STRINGS[resolveLanguage(lang, Object.keys(UI_STRINGS))] ?? UI_STRINGS.en;
  return format(own?.trim() ? own : builtIn[key], values);
}

/** Fills `{name}` placeholders; unknown ones stay visible rather than vanish. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The host's wording on top of a provider's: per language, per text, the closer one wins. */
export function mergeStrings(outer: StringOverrides, inner: StringOverrides): StringOverrides {
  const merged: Record<string, { ui?: Partial<UiStrings>; statuses?: StatusOverrides }> = {};
  for (const lang of new Set([...Object.keys(outer), ...Object.keys(inner)])) {
    const a = outer[lang] ?? {};
    const b = inner[lang] ?? {};
    const statuses: Record<string, unknown> = { ...a.statuses, ...b.statuses };
    for (const key of Object.keys(statuses)) {
      const both = [a.statuses?.[key as keyof StatusOverrides], b.statuses?.[key as keyof StatusOverrides]];
      // Per-status texts are objects ({ label, email, sms }): merge them field by field.
      if (both.every((value) => value === undefined || typeof value === 'object')) {
        statuses[key] = Object.assign({}, ...both);
      }
    }
    merged[lang] = { ui: { ...a.ui, ...b.ui }, statuses: statuses as StatusOverrides };
  }
  return merged;
}

/** One interface text in the language in force, placeholders filled: what every view is handed. */
export type Text = (key: keyof UiStrings, values?: Readonly<Record<string, string | number>>) => string;
