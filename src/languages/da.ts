import { deepFreeze, type LanguagePack } from './pack.js';

/** Danish: a pack of its own, fetched only when a list speaks it. The terms, and where they come from, are in docs/languages.md. */
export const da: LanguagePack = deepFreeze({
  ui: {
    listLabel: 'Sendte beskeder',
    regionLabel: 'Beskeder til {contact}',
    loading: 'Henter beskeder…',
    empty: 'Der er endnu ikke sendt nogen e-mail eller sms til denne kontakt.',
    errorTitle: 'Beskederne kunne ikke hentes.',
    retry: 'Prøv igen',
    channelFailed: '{channel}: beskederne kunne ikke hentes.',
    email: 'E-mail',
    sms: 'SMS',
    unknownTime: 'Ukendt tidspunkt',
    viewMessage: 'Vis beskeden',
    viewMessageLabel: 'Vis beskeden: {about} (åbnes i et nyt vindue)',
    summaryWithinLabel: '{outer}, heraf {label}: {count}',
    transactional: 'Transaktionel',
    serverSaid: 'Modtagerserveren svarede:',
    noText: 'Uden emne eller tekst',
    loadMore: 'Vis ældre beskeder',
    contactLabel: 'Kontaktoplysninger',
    blocked: 'spærret',
    blockedInferred: 'spærret (udledt af en permanent afvisning)',
    blockedInferredSoftBounces: 'spærret – udledt af {limit} midlertidige afvisninger på {days} dage',
    softBounceWarning: '{count} midlertidige afvisninger de seneste {days} dage – ved {limit} bliver adressen spærret',
    softBounceLimitPassed:
      '{count} midlertidige afvisninger de seneste {days} dage: grænsen på {limit} er nået, men adressen er ikke spærret',
    softBounceRule:
      'Én midlertidig afvisning spærrer ikke en e-mailadresse, men {limit} inden for {days} dage gør det, hvis der ikke er leveret nogen e-mail ind imellem. En leveret e-mail starter optællingen forfra. Midlertidige afvisninger spærrer aldrig et mobilnummer.',
    softBounceShow: 'Vis disse afvisninger',
    unsubscribed: 'afmeldt',
    unblock: 'Ophæv spærring',
    unblockLabel: 'Ophæv spærringen af {address}',
    unblocking: 'Ophæver spærringen…',
    unblockingLabel: 'Ophæver spærringen af {address}…',
    unblockTitle: 'Ophæv spærringen af {address}?',
    unblockWarning:
      'Ophæv kun spærringen, hvis du ved, at adressen virker nu. At sende til en ugyldig adresse igen skader afsenderens omdømme hos e-mail- og sms-udbydere, så senere udsendelser til alle kan havne i spamfilteret eller blive afvist.',
    unblockSoftBounces:
      'En spærring kan også skyldes midlertidige afvisninger, der er blevet ved ({limit} inden for {days} dage), så se først på de seneste beskeder herunder.',
    unblockConfirm: 'Ophæv spærring',
    cancel: 'Annuller',
    unblockFailed: '{address} er stadig spærret: {message}',
    unblocked: 'Spærringen af {address} er ophævet.',
    unblockNotSetUp: 'Ophævelse af spærringer er ikke sat op på denne side.',
    unblockErrorNotFound: 'Tjenesten kender ikke denne kontakt eller adresse (HTTP 404).',
    unblockErrorNotAuthorised: 'Du har ikke adgang til at ophæve spærringer (HTTP {status}).',
    unblockErrorRateLimited: 'Tjenesten til ophævelse af spærringer er optaget; vent lidt, og prøv igen (HTTP 429).',
    unblockErrorServer: 'Tjenesten til ophævelse af spærringer fik en fejl (HTTP {status}); intet blev bekræftet.',
    unblockErrorRefused: 'Tjenesten til ophævelse af spærringer afviste anmodningen (HTTP {status}).',
    unblockErrorTimeout:
      'Tjenesten til ophævelse af spærringer svarede ikke i tide, så det vides ikke, om spærringen blev ophævet.',
    unblockErrorNetwork: 'Forbindelsen til tjenesten blev afbrudt, før noget blev bekræftet.',
    unblockErrorWebPage: 'Serveren svarede med en webside – er du logget ind?',
    unblockErrorRedirect: 'Serveren sendte anmodningen videre, som regel til en loginside – er du logget ind?',
    unblockErrorUnreadable: 'Svaret fra tjenesten var ikke en bekræftelse, der kan læses.',
    summaryLabel: 'Status for de viste beskeder',
    summaryLabelFor: 'Status for de viste beskeder til {contact}',
    messageCountOne: '{count} besked',
    messageCountOther: '{count} beskeder',
    summaryWithin: 'heraf {label}: {count}',
    summaryOther: 'Andet',
    refreshFailed: 'Beskederne kunne ikke opdateres.',
    loadingMore: 'Henter ældre beskeder…',
    loadMoreFailed: 'De ældre beskeder kunne ikke hentes.',
    noContact: 'Der er ikke valgt nogen kontakt.',
    notSetUp: 'Der er ikke angivet noget slutpunkt, så der kan ikke hentes beskeder.',
    filtersLabel: 'Filtrer beskederne',
    allChannels: 'Alle',
    problemsOnly: 'Kun problemer',
    noMatches: 'Ingen af de viste beskeder passer til filteret.',
    showAll: 'Vis alle',
    showingCount: 'Viser {shown} af {total}',
    searchLabel: 'Søg',
    searchPlaceholder: 'Navn eller tekst',
    statusFilterLabel: 'Status',
    allStatuses: 'Alle statusser',
    allLoaded: 'Alle beskeder er hentet ({count}).',
    limitReached: 'De {count} nyeste vises: flere udleverer serveren ikke.',
    source: 'Sendt via {source}',
    errorNotFound: 'Beskedtjenesten kender ikke denne kontakt (HTTP 404).',
    errorNotAuthorised: 'Du har ikke adgang til at se kontaktens beskeder (HTTP {status}).',
    errorRateLimited: 'Beskedtjenesten er optaget; prøv igen om lidt (HTTP 429).',
    errorServer: 'Beskedtjenesten fik en fejl (HTTP {status}).',
    errorRefused: 'Beskedtjenesten afviste anmodningen (HTTP {status}).',
    errorTimeout: 'Beskedtjenesten svarede ikke i tide.',
    errorNetwork: 'Beskedtjenesten kunne ikke nås.',
    errorUnreadable: 'Svaret kunne ikke læses som beskeddata.',
    errorTooLarge: 'Svaret er for stort til at blive vist; bed om færre beskeder ad gangen.',
    errorWebPage:
      'Der kom en webside tilbage i stedet for beskeddata; adressen kan være forkert, eller sessionen kan være udløbet.',
    errorSetUp: 'Beskedlisten er ikke sat rigtigt op på denne side.',
    technicalDetails: 'Tekniske detaljer',
    skippedOne: 'Én besked kunne ikke læses og er udeladt.',
    skippedOther: '{count} beskeder kunne ikke læses og er udeladt.',
    staleSince: 'Det viste kan være forældet: det blev sidst hentet {time}.',
    updated: 'Opdateret {time}',
    refresh: 'Opdater',
    refreshLabel: 'Opdater beskederne',
    refreshing: 'Opdaterer…',
    loadedAnnouncement: '{messages} hentet.',
    showMore: 'Vis mere',
    showLess: 'Vis mindre',
  },
  statuses: {
    statuses: {
      delivered: {
        label: 'Leveret',
        email:
          'Modtagerens mailserver tog imod e-mailen. Længere kan leveringen ikke følges, så statussen siger intet om, hvorvidt e-mailen er blevet læst.',
        sms: 'Operatøren har bekræftet, at sms’en nåede frem til modtagerens telefon.',
      },
      opened: {
        label: 'Åbnet',
        email:
          'E-mailen blev leveret og derefter åbnet. Mailprogrammer, der henter billeder automatisk, tæller også som en åbning, så det beviser ikke, at nogen har læst den.',
        sms: 'En sms melder ikke tilbage, når den åbnes, så denne status hører normalt til e-mail. Betragt den som leveret til telefonen.',
      },
      'soft-bounce': {
        label: 'Midlertidig afvisning',
        email:
          'E-mailen nåede modtagerens mailserver, men blev sendt retur (soft bounce), for eksempel fordi indbakken var fuld, eller serveren var nede. Fejlen er midlertidig, og én midlertidig afvisning spærrer ikke adressen: næste udsendelse prøver igen. Bliver afvisningerne dog ved, spærrer {limit} midlertidige afvisninger inden for {days} dage adressen.',
        sms: 'Et midlertidigt problem stoppede sms’en, for eksempel en fejl i operatørens net, en slukket telefon eller en fuld indbakke. Lykkes det ikke for operatøren efter flere forsøg, meldes sms’en som mislykket. Midlertidige afvisninger spærrer aldrig nummeret.',
      },
      blocked: {
        label: 'Blokeret',
        email:
          'Modtagersiden afviste e-mailen, hvilket tæller som en slags midlertidig afvisning. Trods navnet spærrer denne ene e-mail ikke kontaktens adresse: næste udsendelse prøver igen, og i udsendelsens statistik tælles den som en midlertidig afvisning. Ligesom andre midlertidige afvisninger spærrer {limit} af dem inden for {days} dage dog adressen.',
        sms: 'Blokeret er en e-mailstatus, en slags midlertidig afvisning. Står den på en sms, kan du betragte den som en midlertidig fejl, der ikke spærrer nummeret.',
      },
      'hard-bounce': {
        label: 'Permanent afvisning',
        email:
          'E-mailen kom retur (hard bounce), fordi adressen er ugyldig: domænet findes ikke, eller modtageren er ukendt. Én permanent afvisning spærrer adressen, og der sendes ikke mere dertil, før nogen ophæver spærringen.',
        sms: 'Sms’en kom retur, fordi nummeret ikke findes eller ikke er gyldigt. Én permanent afvisning spærrer nummeret, og der sendes ikke flere sms’er dertil, før nogen ophæver spærringen.',
      },
      deferred: {
        label: 'Udskudt',
        email:
          'Modtagerdomænet holder indtil videre e-mailen tilbage. Der gøres nye leveringsforsøg i 72 timer, og er e-mailen stadig ikke kommet igennem til den tid, bliver den en midlertidig afvisning.',
        sms: 'Leveringen af sms’en er udskudt og endnu ikke afsluttet. Den endelige status bør komme senere.',
      },
      unknown: {
        label: 'Ukendt',
        email:
          'Der er endnu ikke kommet nogen leveringsrapport for denne e-mail. Ofte sender modtagerdomænet simpelthen ingen statusrapporter, hvilket er almindeligt hos mindre e-mailudbydere og på firmadomæner. En rapport kan stadig komme og ændre statussen.',
        sms: 'Der er endnu ikke kommet nogen leveringsrapport fra operatøren. Den endelige status kan stadig komme.',
      },
      'not-delivered': {
        label: 'Ikke leveret',
        email: 'E-mailen nåede ikke frem til modtageren, og der blev ikke angivet nogen nærmere årsag.',
        sms: 'Sms’en nåede ikke frem til telefonen, eller dens gyldighedsperiode udløb, før den kunne leveres.',
      },
      failed: {
        label: 'Mislykkedes',
        email: 'E-mailen kunne ikke sendes, og der blev ikke angivet nogen årsag.',
        sms: 'Sms’en kunne ikke leveres, og operatøren angav ingen årsag.',
      },
      expired: {
        label: 'Udløbet',
        email: 'E-mailen kunne ikke leveres inden for 72 timer, og der gøres ikke flere forsøg.',
        sms: 'Sms’en kunne ikke leveres inden for 48 timer, og der gøres ikke flere forsøg.',
      },
      'control-group': {
        label: 'Kontrolgruppe',
        email:
          'Bevidst ikke sendt: kontakten var med i udsendelsens kontrolgruppe, som holdes udenfor, så udsendelsens effekt kan måles.',
        sms: 'Bevidst ikke sendt: kontakten var med i udsendelsens kontrolgruppe, som holdes udenfor, så udsendelsens effekt kan måles.',
      },
      routed: {
        label: 'Videreformidlet',
        email: 'Beskeden gik gennem flere parter på vejen, så der er ingen leveringsstatus.',
        sms: 'Sms’en blev formidlet videre gennem flere parter, så der er ingen leveringsstatus.',
      },
    },
    otherLabel: 'Ingen status',
    otherExplanation:
      'Serveren angav statussen »{status}«. Den kendes ikke her og kan derfor ikke forklares, men udsendelsesværktøjet kan vise, hvad den betyder.',
    missingExplanation: 'Serveren sendte ingen status for denne besked.',
    deferredRetrying: 'Der gøres nye leveringsforsøg i op til {hours} t mere.',
    deferredClosed: 'De 72 timer er gået, så den bør snart blive meldt som en midlertidig afvisning.',
    pendingLabel: 'ikke endelig: en senere status ventes',
  },
});

// The loader in packs.ts reads every pack by this one name.
export default da;
