import { deepFreeze, type LanguagePack } from './pack.js';

/** Finnish: a pack of its own, fetched only when a list speaks it. The terms, and where they come from, are in docs/languages.md. */
export const fi: LanguagePack = deepFreeze({
  ui: {
    listLabel: 'Lähetetyt viestit',
    regionLabel: 'Yhteystiedon {contact} viestit',
    loading: 'Haetaan viestejä…',
    empty: 'Tälle yhteystiedolle ei ole vielä lähetetty sähköpostia eikä tekstiviestiä.',
    errorTitle: 'Viestejä ei voitu hakea.',
    retry: 'Yritä uudelleen',
    channelFailed: '{channel}: viestejä ei voitu hakea.',
    email: 'Sähköposti',
    sms: 'Tekstiviesti',
    unknownTime: 'Aika tuntematon',
    viewMessage: 'Näytä viesti',
    viewMessageLabel: 'Näytä viesti: {about} (avautuu uuteen ikkunaan)',
    summaryWithinLabel: '{outer}, joista {label}: {count}',
    transactional: 'Transaktioviesti',
    serverSaid: 'Vastaanottava palvelin vastasi:',
    noText: 'Ei aihetta eikä tekstiä',
    loadMore: 'Näytä vanhemmat viestit',
    contactLabel: 'Yhteystiedot',
    blocked: 'estetty',
    blockedInferred: 'estetty (päätelty pysyvästä palautuksesta)',
    blockedInferredSoftBounces: 'estetty – päätelty {limit} tilapäisestä palautuksesta {days} päivän aikana',
    softBounceWarning:
      '{count} tilapäistä palautusta viimeisten {days} päivän aikana – osoite estetään, kun niitä on {limit}',
    softBounceLimitPassed:
      '{count} tilapäistä palautusta viimeisten {days} päivän aikana: {limit} palautuksen raja on saavutettu, mutta osoitetta ei ole estetty',
    softBounceRule:
      'Yksittäinen tilapäinen palautus ei estä sähköpostiosoitetta, mutta {limit} palautusta {days} päivän sisällä estää, jos välillä ei ole toimitettu yhtään sähköpostia. Toimitettu sähköposti aloittaa laskennan alusta. Tilapäiset palautukset eivät koskaan estä puhelinnumeroa.',
    softBounceShow: 'Näytä nämä palautukset',
    unsubscribed: 'tilaus peruttu',
    unblock: 'Poista esto',
    unblockLabel: 'Poista osoitteen {address} esto',
    unblocking: 'Poistetaan estoa…',
    unblockingLabel: 'Poistetaan osoitteen {address} estoa…',
    unblockTitle: 'Poistetaanko osoitteen {address} esto?',
    unblockWarning:
      'Poista esto vain, jos tiedät osoitteen toimivan nyt. Jos virheelliseen osoitteeseen lähetetään uudelleen, lähettäjän maine sähköposti- ja tekstiviestipalvelujen silmissä kärsii, ja myöhemmät viestit kaikille voivat päätyä roskapostiin tai jäädä perille menemättä.',
    unblockSoftBounces:
      'Esto voi johtua myös toistuneista tilapäisistä palautuksista ({limit} palautusta {days} päivän sisällä), joten katso ensin alla olevat viimeisimmät viestit.',
    unblockConfirm: 'Poista esto',
    cancel: 'Peruuta',
    unblockFailed: '{address} on yhä estetty: {message}',
    unblocked: 'Osoitteen {address} esto on poistettu.',
    unblockNotSetUp: 'Eston poistoa ei ole otettu käyttöön tällä sivulla.',
    unblockErrorNotFound: 'Palvelu ei tunne tätä yhteystietoa tai osoitetta (HTTP 404).',
    unblockErrorNotAuthorised: 'Sinulla ei ole oikeutta poistaa estoja (HTTP {status}).',
    unblockErrorRateLimited: 'Eston poistopalvelu on ruuhkautunut; odota hetki ja yritä uudelleen (HTTP 429).',
    unblockErrorServer: 'Eston poistopalvelussa tapahtui virhe (HTTP {status}); mitään ei vahvistettu.',
    unblockErrorRefused: 'Eston poistopalvelu hylkäsi pyynnön (HTTP {status}).',
    unblockErrorTimeout: 'Eston poistopalvelu ei vastannut ajoissa, joten ei tiedetä, poistuiko esto.',
    unblockErrorNetwork: 'Yhteys palveluun katkesi ennen kuin mitään vahvistettiin.',
    unblockErrorWebPage: 'Palvelin vastasi verkkosivulla – oletko kirjautunut sisään?',
    unblockErrorRedirect: 'Palvelin ohjasi pyynnön muualle, yleensä kirjautumissivulle – oletko kirjautunut sisään?',
    unblockErrorUnreadable: 'Palvelun vastaus ei ollut vahvistus, jonka voisi lukea.',
    summaryLabel: 'Näytettyjen viestien tilat',
    summaryLabelFor: 'Yhteystiedon {contact} näytettyjen viestien tilat',
    messageCountOne: '{count} viesti',
    messageCountOther: '{count} viestiä',
    summaryWithin: 'joista {label}: {count}',
    summaryOther: 'Muu',
    refreshFailed: 'Viestejä ei voitu päivittää.',
    loadingMore: 'Haetaan vanhempia viestejä…',
    loadMoreFailed: 'Vanhempia viestejä ei voitu hakea.',
    noContact: 'Yhteystietoa ei ole valittu.',
    notSetUp: 'Päätepistettä ei ole määritetty, joten viestejä ei voi hakea.',
    filtersLabel: 'Suodata viestejä',
    allChannels: 'Kaikki',
    problemsOnly: 'Vain ongelmat',
    noMatches: 'Mikään näytetyistä viesteistä ei vastaa suodatinta.',
    showAll: 'Näytä kaikki',
    showingCount: 'Näytetään {shown}/{total}',
    searchLabel: 'Hae',
    searchPlaceholder: 'Nimi tai teksti',
    statusFilterLabel: 'Tila',
    allStatuses: 'Kaikki tilat',
    allLoaded: 'Kaikki viestit on haettu ({count}).',
    limitReached: 'Näytetään {count} uusinta: enempää palvelin ei anna.',
    source: 'Lähde: {source}',
    errorNotFound: 'Viestipalvelu ei tunne tätä yhteystietoa (HTTP 404).',
    errorNotAuthorised: 'Sinulla ei ole oikeutta nähdä tämän yhteystiedon viestejä (HTTP {status}).',
    errorRateLimited: 'Viestipalvelu on ruuhkautunut; yritä hetken päästä uudelleen (HTTP 429).',
    errorServer: 'Viestipalvelussa tapahtui virhe (HTTP {status}).',
    errorRefused: 'Viestipalvelu hylkäsi pyynnön (HTTP {status}).',
    errorTimeout: 'Viestipalvelu ei vastannut ajoissa.',
    errorNetwork: 'Viestipalveluun ei saatu yhteyttä.',
    errorUnreadable: 'Vastausta ei voitu lukea viestitietoina.',
    errorTooLarge: 'Vastaus on liian suuri näytettäväksi; pyydä vähemmän viestejä kerrallaan.',
    errorWebPage: 'Viestitietojen sijaan palautui verkkosivu; osoite voi olla väärä, tai istunto on voinut vanhentua.',
    errorSetUp: 'Viestiluetteloa ei ole määritetty oikein tällä sivulla.',
    technicalDetails: 'Tekniset tiedot',
    skippedOne: 'Yhtä viestiä ei voitu lukea, joten se jätettiin pois.',
    skippedOther: '{count} viestiä ei voitu lukea, joten ne jätettiin pois.',
    staleSince: 'Näkyvät tiedot voivat olla vanhentuneita: ne haettiin viimeksi {time}.',
    updated: 'Päivitetty {time}',
    refresh: 'Päivitä',
    refreshLabel: 'Päivitä viestit',
    refreshing: 'Päivitetään…',
    loadedAnnouncement: '{messages} haettu.',
    showMore: 'Näytä lisää',
    showLess: 'Näytä vähemmän',
  },
  statuses: {
    statuses: {
      delivered: {
        label: 'Toimitettu',
        email:
          'Vastaanottajan sähköpostipalvelin otti viestin vastaan. Toimitusta ei voi seurata pidemmälle, joten tila ei kerro, onko viesti luettu.',
        sms: 'Operaattori on vahvistanut, että tekstiviesti saapui vastaanottajan puhelimeen.',
      },
      opened: {
        label: 'Avattu',
        email:
          'Sähköposti toimitettiin ja avattiin. Avaukseksi lasketaan myös se, että sähköpostiohjelma lataa kuvat automaattisesti, joten tämä ei todista, että joku on lukenut viestin.',
        sms: 'Tekstiviestit eivät ilmoita avaamisesta, joten tämä tila kuuluu yleensä sähköpostille. Tulkitse se niin, että viesti on toimitettu puhelimeen.',
      },
      'soft-bounce': {
        label: 'Tilapäinen palautus',
        email:
          'Sähköposti pääsi vastaanottajan sähköpostipalvelimelle mutta palautui (soft bounce), esimerkiksi koska postilaatikko oli täynnä tai palvelin ei toiminut. Ongelma on tilapäinen, eikä yksittäinen tilapäinen palautus estä osoitetta: seuraava lähetys yrittää uudelleen. Jos palautuksia kuitenkin tulee toistuvasti, {limit} tilapäistä palautusta {days} päivän sisällä estää osoitteen.',
        sms: 'Tilapäinen ongelma esti tekstiviestin perillemenon, esimerkiksi vika operaattorin verkossa, sammutettu puhelin tai täysi viestimuisti. Jos operaattori ei onnistu useankaan yrityksen jälkeen, se ilmoittaa viestin epäonnistuneeksi. Tilapäiset palautukset eivät koskaan estä numeroa.',
      },
      blocked: {
        label: 'Torjuttu',
        email:
          'Vastaanottava osapuoli torjui sähköpostin, mikä lasketaan eräänlaiseksi tilapäiseksi palautukseksi. Tämä yksittäinen viesti ei estä yhteystiedon osoitetta: seuraava lähetys yrittää uudelleen, ja lähetyksen tilastoissa se lasketaan tilapäiseksi palautukseksi. Kuten muutkin tilapäiset palautukset, {limit} torjuntaa {days} päivän sisällä kuitenkin estää osoitteen.',
        sms: 'Torjuttu on sähköpostin tila ja eräänlainen tilapäinen palautus. Jos se näkyy tekstiviestillä, tulkitse se tilapäiseksi virheeksi, joka ei estä numeroa.',
      },
      'hard-bounce': {
        label: 'Pysyvä palautus',
        email:
          'Sähköposti palautui (hard bounce), koska osoite on virheellinen: verkkotunnusta ei ole olemassa tai vastaanottaja on tuntematon. Jo yksi pysyvä palautus estää osoitteen, eikä siihen lähetetä mitään ennen kuin joku poistaa eston.',
        sms: 'Tekstiviesti palautui, koska numeroa ei ole olemassa tai se ei ole kelvollinen. Jo yksi pysyvä palautus estää numeron, eikä siihen lähetetä tekstiviestejä ennen kuin joku poistaa eston.',
      },
      deferred: {
        label: 'Viivästynyt',
        email:
          'Vastaanottava verkkotunnus pidättää sähköpostia toistaiseksi. Toimitusta yritetään uudelleen 72 tunnin ajan, ja jos viesti ei ole mennyt perille siihen mennessä, siitä tulee tilapäinen palautus.',
        sms: 'Tekstiviestin toimitusta on lykätty, eikä se ole vielä päättynyt. Lopullisen tilan pitäisi tulla myöhemmin.',
      },
      unknown: {
        label: 'Tuntematon',
        email:
          'Tästä sähköpostista ei ole vielä saatu toimitusraporttia. Usein vastaanottava verkkotunnus ei yksinkertaisesti lähetä tilaraportteja, mikä on tavallista pienemmillä sähköpostipalveluilla ja yritysten verkkotunnuksissa. Raportti voi vielä tulla ja muuttaa tilaa.',
        sms: 'Operaattorilta ei ole vielä saatu toimitusraporttia. Lopullinen tila voi vielä tulla.',
      },
      'not-delivered': {
        label: 'Ei toimitettu',
        email: 'Sähköposti ei tavoittanut vastaanottajaa, eikä tarkempaa syytä kerrottu.',
        sms: 'Tekstiviesti ei tavoittanut puhelinta, tai sen voimassaoloaika päättyi ennen kuin se voitiin toimittaa.',
      },
      failed: {
        label: 'Epäonnistui',
        email: 'Sähköpostia ei voitu lähettää, eikä syytä kerrottu.',
        sms: 'Tekstiviestiä ei voitu toimittaa, eikä operaattori kertonut syytä.',
      },
      expired: {
        label: 'Vanhentunut',
        email: 'Sähköpostia ei voitu toimittaa 72 tunnin kuluessa, eikä uusia yrityksiä tehdä.',
        sms: 'Tekstiviestiä ei voitu toimittaa 48 tunnin kuluessa, eikä uusia yrityksiä tehdä.',
      },
      'control-group': {
        label: 'Kontrolliryhmä',
        email:
          'Jätettiin tarkoituksella lähettämättä: yhteystieto kuului lähetyksen kontrolliryhmään, joka jätetään lähetyksen ulkopuolelle, jotta sen vaikutus voidaan mitata.',
        sms: 'Jätettiin tarkoituksella lähettämättä: yhteystieto kuului lähetyksen kontrolliryhmään, joka jätetään lähetyksen ulkopuolelle, jotta sen vaikutus voidaan mitata.',
      },
      routed: {
        label: 'Välitetty',
        email: 'Viesti kulki usean osapuolen kautta, joten toimitustilaa ei ole saatavilla.',
        sms: 'Tekstiviesti välitettiin usean osapuolen kautta, joten toimitustilaa ei ole saatavilla.',
      },
    },
    otherLabel: 'Ei tilaa',
    otherExplanation:
      'Palvelin ilmoitti tilan ”{status}”. Sitä ei tunneta täällä, joten sitä ei voi selittää, mutta lähetystyökalu voi kertoa, mitä se tarkoittaa.',
    missingExplanation: 'Palvelin ei lähettänyt tälle viestille tilaa.',
    deferredRetrying: 'Uusia toimitusyrityksiä tehdään vielä enintään {hours} h.',
    deferredClosed: '72 tuntia on kulunut, joten viestin pitäisi pian näkyä tilapäisenä palautuksena.',
    pendingLabel: 'ei lopullinen: myöhempi tila on odotettavissa',
  },
});

// The loader in packs.ts reads every pack by this one name.
export default fi;
