import { deepFreeze, type LanguagePack } from './pack.js';

/**
 * Norwegian Bokmål: a pack of its own, fetched only when a list speaks it (`nb`, and `no` and `nn`, see
 * resolve-language.ts). The terms, and where they come from, are in docs/languages.md.
 */
export const nb: LanguagePack = deepFreeze({
  ui: {
    listLabel: 'Sendte meldinger',
    regionLabel: 'Meldinger til {contact}',
    loading: 'Henter meldinger…',
    empty: 'Ingen e-post eller SMS er sendt til denne kontakten ennå.',
    errorTitle: 'Meldingene kunne ikke hentes.',
    retry: 'Prøv igjen',
    channelFailed: '{channel}: meldingene kunne ikke hentes.',
    email: 'E-post',
    sms: 'SMS',
    unknownTime: 'Ukjent tidspunkt',
    viewMessage: 'Vis meldingen',
    viewMessageLabel: 'Vis meldingen: {about} (åpnes i et nytt vindu)',
    summaryWithinLabel: '{outer}, herav {label}: {count}',
    transactional: 'Transaksjonell',
    serverSaid: 'Mottakerserveren svarte:',
    noText: 'Uten emne eller tekst',
    loadMore: 'Vis eldre meldinger',
    contactLabel: 'Kontaktopplysninger',
    blocked: 'sperret',
    blockedInferred: 'sperret (utledet av en permanent retur)',
    blockedInferredSoftBounces: 'sperret – utledet av {limit} midlertidige returer på {days} dager',
    softBounceWarning: '{count} midlertidige returer de siste {days} dagene – ved {limit} blir adressen sperret',
    softBounceLimitPassed:
      '{count} midlertidige returer de siste {days} dagene: grensen på {limit} er nådd, men adressen er ikke sperret',
    softBounceRule:
      'Én midlertidig retur sperrer ikke en e-postadresse, men {limit} innen {days} dager gjør det, hvis ingen e-post er levert i mellomtiden. En levert e-post starter tellingen på nytt. Midlertidige returer sperrer aldri et mobilnummer.',
    softBounceShow: 'Vis disse returene',
    unsubscribed: 'avmeldt',
    unblock: 'Opphev sperren',
    unblockLabel: 'Opphev sperren for {address}',
    unblocking: 'Opphever sperren…',
    unblockingLabel: 'Opphever sperren for {address}…',
    unblockTitle: 'Oppheve sperren for {address}?',
    unblockWarning:
      'Opphev bare sperren hvis du vet at adressen virker nå. Å sende til en ugyldig adresse igjen skader avsenderens omdømme hos e-post- og SMS-leverandører, slik at senere utsendelser til alle kan havne i søppelposten eller bli avvist.',
    unblockSoftBounces:
      'En sperre kan også komme av midlertidige returer som har gjentatt seg ({limit} innen {days} dager), så se først på de siste meldingene nedenfor.',
    unblockConfirm: 'Opphev sperren',
    cancel: 'Avbryt',
    unblockFailed: '{address} er fortsatt sperret: {message}',
    unblocked: 'Sperren for {address} er opphevet.',
    unblockNotSetUp: 'Oppheving av sperrer er ikke satt opp på denne siden.',
    unblockErrorNotFound: 'Tjenesten kjenner ikke denne kontakten eller adressen (HTTP 404).',
    unblockErrorNotAuthorised: 'Du har ikke tilgang til å oppheve sperrer (HTTP {status}).',
    unblockErrorRateLimited: 'Tjenesten for oppheving av sperrer er opptatt; vent litt og prøv igjen (HTTP 429).',
    unblockErrorServer: 'Tjenesten for oppheving av sperrer fikk en feil (HTTP {status}); ingenting ble bekreftet.',
    unblockErrorRefused: 'Tjenesten for oppheving av sperrer avviste forespørselen (HTTP {status}).',
    unblockErrorTimeout:
      'Tjenesten for oppheving av sperrer svarte ikke i tide, så det er uvisst om sperren ble opphevet.',
    unblockErrorNetwork: 'Forbindelsen til tjenesten ble brutt før noe ble bekreftet.',
    unblockErrorWebPage: 'Serveren svarte med en nettside – er du logget inn?',
    unblockErrorRedirect: 'Serveren sendte forespørselen videre, som regel til en innloggingsside – er du logget inn?',
    unblockErrorUnreadable: 'Svaret fra tjenesten var ingen bekreftelse som lar seg lese.',
    summaryLabel: 'Status for de viste meldingene',
    summaryLabelFor: 'Status for de viste meldingene til {contact}',
    summaryLabelIn: 'Status for de viste meldingene i {list}',
    numberedName: '{name} ({number})',
    columnChannel: 'Kanal',
    columnName: 'Utsendelse',
    columnStatus: 'Status',
    columnText: 'Emne eller tekst',
    columnSent: 'Sendt',
    messageCountOne: '{count} melding',
    messageCountOther: '{count} meldinger',
    summaryWithin: 'herav {label}: {count}',
    summaryOther: 'Annet',
    refreshFailed: 'Meldingene kunne ikke oppdateres.',
    loadingMore: 'Henter eldre meldinger…',
    loadMoreFailed: 'De eldre meldingene kunne ikke hentes.',
    noContact: 'Ingen kontakt er valgt.',
    notSetUp: 'Det er ikke angitt noe endepunkt, så ingen meldinger kan hentes.',
    filtersLabel: 'Filtrer meldingene',
    allChannels: 'Alle',
    problemsOnly: 'Bare problemer',
    noMatches: 'Ingen av de viste meldingene passer til filteret.',
    showAll: 'Vis alle',
    showingCount: 'Viser {shown} av {total}',
    searchLabel: 'Søk',
    searchPlaceholder: 'Navn eller tekst',
    statusFilterLabel: 'Status',
    allStatuses: 'Alle statuser',
    allLoaded: 'Alle meldingene er hentet ({count}).',
    limitReached: 'De {count} nyeste vises: flere gir ikke serveren ut.',
    source: 'Sendt via {source}',
    errorNotFound: 'Meldingstjenesten kjenner ikke denne kontakten (HTTP 404).',
    errorNotAuthorised: 'Du har ikke tilgang til å se kontaktens meldinger (HTTP {status}).',
    errorRateLimited: 'Meldingstjenesten er opptatt; prøv igjen om litt (HTTP 429).',
    errorServer: 'Meldingstjenesten fikk en feil (HTTP {status}).',
    errorRefused: 'Meldingstjenesten avviste forespørselen (HTTP {status}).',
    errorTimeout: 'Meldingstjenesten svarte ikke i tide.',
    errorNetwork: 'Meldingstjenesten kunne ikke nås.',
    errorUnreadable: 'Svaret kunne ikke leses som meldingsdata.',
    errorTooLarge: 'Svaret er for stort til å vises; be om færre meldinger om gangen.',
    errorWebPage:
      'En nettside kom tilbake i stedet for meldingsdata; adressen kan være feil, eller økten kan ha utløpt.',
    errorSetUp: 'Meldingslisten er ikke riktig satt opp på denne siden.',
    technicalDetails: 'Tekniske detaljer',
    skippedOne: 'Én melding kunne ikke leses og er utelatt.',
    skippedOther: '{count} meldinger kunne ikke leses og er utelatt.',
    staleSince: 'Det som vises, kan være utdatert: det ble sist hentet {time}.',
    updated: 'Oppdatert {time}',
    refresh: 'Oppdater',
    refreshLabel: 'Oppdater meldingene',
    refreshing: 'Oppdaterer…',
    loadedAnnouncement: 'Hentet {messages}.',
    showMore: 'Vis mer',
    showLess: 'Vis mindre',
  },
  statuses: {
    statuses: {
      delivered: {
        label: 'Levert',
        email:
          'Mottakerens e-postserver tok imot e-posten. Lenger enn dit kan leveringen ikke følges, så statusen sier ikke noe om hvorvidt e-posten er lest.',
        sms: 'Operatøren har bekreftet at SMS-en kom fram til mottakerens telefon.',
      },
      opened: {
        label: 'Åpnet',
        email:
          'E-posten ble levert og deretter åpnet. E-postprogrammer som laster inn bilder automatisk, teller også som en åpning, så det beviser ikke at noen har lest den.',
        sms: 'En SMS melder ikke fra når den åpnes, så denne statusen hører vanligvis til e-post. Regn den som levert til telefonen.',
      },
      'soft-bounce': {
        label: 'Midlertidig retur',
        email:
          'E-posten nådde mottakerens e-postserver, men ble sendt i retur (soft bounce), for eksempel fordi innboksen var full eller serveren var nede. Feilen er midlertidig, og én midlertidig retur sperrer ikke adressen: neste utsendelse prøver igjen. Fortsetter returene likevel, sperrer {limit} midlertidige returer innen {days} dager adressen.',
        sms: 'Et midlertidig problem stoppet SMS-en, for eksempel en feil i operatørens nett, en avslått telefon eller en full innboks. Lykkes ikke operatøren etter flere forsøk, meldes SMS-en som mislykket. Midlertidige returer sperrer aldri nummeret.',
      },
      blocked: {
        label: 'Blokkert',
        email:
          'Mottakersiden avviste e-posten, noe som regnes som en slags midlertidig retur. Til tross for navnet sperrer ikke denne ene e-posten kontaktens adresse: neste utsendelse prøver igjen, og i utsendelsens statistikk telles den som en midlertidig retur. Som andre midlertidige returer sperrer likevel {limit} slike innen {days} dager adressen.',
        sms: 'Blokkert er en e-poststatus, en slags midlertidig retur. Står den på en SMS, kan du regne den som en midlertidig feil som ikke sperrer nummeret.',
      },
      'hard-bounce': {
        label: 'Permanent retur',
        email:
          'E-posten kom i retur (hard bounce) fordi adressen er ugyldig: domenet finnes ikke, eller mottakeren er ukjent. Én permanent retur sperrer adressen, og ingenting mer sendes dit før noen opphever sperren.',
        sms: 'SMS-en kom i retur fordi nummeret ikke finnes eller ikke er gyldig. Én permanent retur sperrer nummeret, og ingen flere SMS-er sendes dit før noen opphever sperren.',
      },
      deferred: {
        label: 'Utsatt',
        email:
          'Mottakerdomenet holder e-posten tilbake inntil videre. Nye leveringsforsøk gjøres i 72 timer, og har e-posten ennå ikke kommet fram da, blir den en midlertidig retur.',
        sms: 'Leveringen av SMS-en er utsatt og ikke fullført ennå. Den endelige statusen bør komme senere.',
      },
      unknown: {
        label: 'Ukjent',
        email:
          'Ingen leveringsrapport har kommet tilbake for denne e-posten ennå. Ofte sender mottakerdomenet rett og slett ingen statusrapporter, noe som er vanlig hos mindre e-postleverandører og på firmadomener. En rapport kan fortsatt komme og endre statusen.',
        sms: 'Ingen leveringsrapport har kommet fra operatøren ennå. Den endelige statusen kan fortsatt komme.',
      },
      'not-delivered': {
        label: 'Ikke levert',
        email: 'E-posten nådde ikke mottakeren, og ingen nærmere årsak ble oppgitt.',
        sms: 'SMS-en kom ikke fram til telefonen, eller gyldighetstiden gikk ut før den kunne leveres.',
      },
      failed: {
        label: 'Mislyktes',
        email: 'E-posten kunne ikke sendes, og ingen årsak ble oppgitt.',
        sms: 'SMS-en kunne ikke leveres, og operatøren oppga ingen årsak.',
      },
      expired: {
        label: 'Utløpt',
        email: 'E-posten kunne ikke leveres innen 72 timer, og det blir ikke gjort flere forsøk.',
        sms: 'SMS-en kunne ikke leveres innen 48 timer, og det blir ikke gjort flere forsøk.',
      },
      'control-group': {
        label: 'Kontrollgruppe',
        email:
          'Bevisst ikke sendt: kontakten var med i utsendelsens kontrollgruppe, som holdes utenfor slik at effekten av utsendelsen kan måles.',
        sms: 'Bevisst ikke sendt: kontakten var med i utsendelsens kontrollgruppe, som holdes utenfor slik at effekten av utsendelsen kan måles.',
      },
      routed: {
        label: 'Videreformidlet',
        email: 'Meldingen gikk via flere parter på veien, så ingen leveringsstatus er tilgjengelig.',
        sms: 'SMS-en ble formidlet videre gjennom flere parter, så ingen leveringsstatus er tilgjengelig.',
      },
    },
    otherLabel: 'Ingen status',
    otherExplanation:
      'Serveren oppga statusen «{status}». Den er ukjent her og kan derfor ikke forklares, men utsendelsesverktøyet kan vise hva den betyr.',
    missingExplanation: 'Serveren sendte ingen status for denne meldingen.',
    deferredRetrying: 'Nye leveringsforsøk gjøres i opptil {hours} t til.',
    deferredClosed: 'De 72 timene er over, så den bør snart bli meldt som en midlertidig retur.',
    pendingLabel: 'ikke endelig: en senere status ventes',
  },
});

// The loader in packs.ts reads every pack by this one name.
export default nb;
