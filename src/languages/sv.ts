import { deepFreeze, type LanguagePack } from './pack.js';

/** Swedish: a pack of its own, fetched only when a list speaks it (see packs.ts). */
export const sv: LanguagePack = deepFreeze({
  ui: {
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
    summaryLabelFor: 'Status för de visade meddelandena till {contact}',
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
  },
  statuses: {
    statuses: {
      delivered: {
        label: 'Levererat',
        email:
          'Mottagarens e-postserver tog emot mejlet. Längre än så kan leveransen inte följas, så statusen säger inget om huruvida mejlet har lästs.',
        sms: 'Operatören har bekräftat att sms:et kom fram till mottagarens telefon.',
      },
      opened: {
        label: 'Öppnat',
        email:
          'Mejlet levererades och har öppnats. E-postprogram som hämtar bilder automatiskt räknas också som en öppning, så det bevisar inte att någon har läst det.',
        sms: 'Sms rapporterar inte när de öppnas, så den här statusen hör normalt till e-post. Se det som att sms:et har levererats till telefonen.',
      },
      'soft-bounce': {
        label: 'Mjuk studs',
        email:
          'Mejlet nådde mottagarens e-postserver men skickades tillbaka (soft bounce), till exempel för att inkorgen var full eller servern låg nere. Felet är tillfälligt, och en enstaka mjuk studs spärrar inte adressen: nästa utskick försöker igen. Fortsätter de däremot spärrar {limit} mjuka studsar inom {days} dagar adressen.',
        sms: 'Ett tillfälligt problem stoppade sms:et (soft bounce), till exempel ett fel i operatörens nät, en avstängd telefon eller en full inkorg. Lyckas operatören inte efter flera försök rapporteras sms:et som misslyckat. Mjuka studsar spärrar aldrig numret.',
      },
      blocked: {
        label: 'Blockerat',
        email:
          'Den mottagande sidan avvisade mejlet, vilket räknas som en sorts mjuk studs. Trots namnet spärrar det här mejlet inte kontaktens adress: nästa utskick försöker igen, och i utskickets statistik räknas det som en mjuk studs. Precis som andra mjuka studsar spärrar dock {limit} stycken inom {days} dagar adressen.',
        sms: 'Blockerat är en e-poststatus och en sorts mjuk studs. Visas den på ett sms kan du se det som ett tillfälligt fel som inte spärrar numret.',
      },
      'hard-bounce': {
        label: 'Hård studs',
        email:
          'Mejlet kom tillbaka (hard bounce) eftersom adressen är ogiltig: domänen finns inte eller mottagaren är okänd. En enda hård studs spärrar adressen, och inget mer skickas dit förrän någon häver spärren.',
        sms: 'Sms:et kom tillbaka (hard bounce) eftersom mobilnumret är ogiltigt. En enda hård studs spärrar numret, och inga fler sms skickas dit förrän någon häver spärren.',
      },
      deferred: {
        label: 'Fördröjt',
        email:
          'Den mottagande domänen håller tillfälligt inne mejlet. Nya leveransförsök görs under 72 timmar, och har mejlet fortfarande inte kommit fram då blir det en mjuk studs.',
        sms: 'Leveransen av sms:et har skjutits upp och är inte klar än. Den slutliga statusen bör komma senare.',
      },
      unknown: {
        label: 'Okänd',
        email:
          'Ingen leveransrapport har kommit tillbaka för mejlet än. Ofta skickar den mottagande domänen helt enkelt inga statusrapporter, vilket är vanligt hos mindre e-postleverantörer och på företagsdomäner. En rapport kan fortfarande komma och ändra statusen.',
        sms: 'Ingen leveransrapport har kommit från operatören än. Den slutliga statusen kan fortfarande dyka upp.',
      },
      'not-delivered': {
        label: 'Ej levererat',
        email: 'Mejlet nådde inte mottagaren, och ingen närmare orsak angavs.',
        sms: 'Sms:et kom inte fram till telefonen, eller så gick dess giltighetstid ut innan det kunde levereras.',
      },
      failed: {
        label: 'Misslyckades',
        email: 'Det gick inte att skicka mejlet, och ingen orsak angavs.',
        sms: 'Sms:et kunde inte levereras, och operatören angav ingen orsak.',
      },
      expired: {
        label: 'Utgånget',
        email: 'Mejlet kunde inte levereras inom 72 timmar, och inga fler försök görs.',
        sms: 'Sms:et kunde inte levereras inom 48 timmar, och inga fler försök görs.',
      },
      'control-group': {
        label: 'Kontrollgrupp',
        email:
          'Skickades medvetet inte: kontakten ingick i utskickets kontrollgrupp, som hålls utanför så att utskickets effekt kan mätas.',
        sms: 'Skickades medvetet inte: kontakten ingick i utskickets kontrollgrupp, som hålls utanför så att utskickets effekt kan mätas.',
      },
      routed: {
        label: 'Vidarebefordrat',
        email: 'Meddelandet gick via flera parter på vägen, så det finns ingen leveransstatus.',
        sms: 'Sms:et förmedlades via flera parter på vägen, så det finns ingen leveransstatus.',
      },
    },
    otherLabel: 'Ingen status',
    otherExplanation:
      'Servern angav statusen ”{status}”. Den känns inte igen här och kan därför inte förklaras, men utskicksverktyget kan visa vad den betyder.',
    missingExplanation: 'Servern skickade ingen status för det här meddelandet.',
    deferredRetrying: 'Nya leveransförsök görs i upp till {hours} h till.',
    deferredClosed: 'De 72 timmarna har gått, så det bör snart rapporteras som en mjuk studs.',
    pendingLabel: 'inte slutlig: en senare status väntas',
  },
});

// The loader in packs.ts reads every pack by this one name.
export default sv;
